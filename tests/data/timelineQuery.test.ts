import { afterEach, expect, test, vi } from 'vitest';
import { loadTimeline } from '../../src/data/timelineQuery';
import { DataLoadError, formatPath } from '../../src/data/dataError';
import { freshFixture } from '../fixtures/timeline';

afterEach(() => vi.unstubAllGlobals());

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', async () => new Response(body, init));
}

async function failure(): Promise<DataLoadError> {
  try {
    await loadTimeline({ url: 'data/timeline.json' });
  } catch (e) {
    if (e instanceof DataLoadError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

test('loads and validates a good file', async () => {
  serve(JSON.stringify(freshFixture()), { headers: { 'content-type': 'application/json' } });
  expect((await loadTimeline({ url: 'data/timeline.json' })).store.eventCount).toBe(6);
});

test('a 404 or the app page served instead of the file is a missing file', async () => {
  serve('nope', { status: 404 });
  expect((await failure()).kind).toBe('missing');
  serve('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } });
  expect((await failure()).kind).toBe('missing');
});

test('other HTTP errors carry the status', async () => {
  serve('', { status: 500 });
  expect(await failure()).toMatchObject({ kind: 'http', detail: '500' });
});

test('text that is not JSON', async () => {
  serve('{"schemaVersion": 1,');
  expect((await failure()).kind).toBe('not-json');
});

test('a schema failure names the path of the bad field', async () => {
  const bad = freshFixture() as unknown as { events: { date: { value: string } }[] };
  bad.events[3]!.date.value = 'last week';
  serve(JSON.stringify(bad));
  const e = await failure();
  expect(e.kind).toBe('schema');
  expect(e.detail).toMatch(/^events\[3\]\.date\.value: /);
});

test('a network failure', async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  expect((await failure()).kind).toBe('network');
});

test('formatPath writes array indices in brackets', () => {
  expect(formatPath(['events', 0, 'mentions', 2, 'timex'])).toBe('events[0].mentions[2].timex');
  expect(formatPath([])).toBe('(root)');
});
