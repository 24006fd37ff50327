// Helpers for the explorer's end-to-end tests: the served data, and waiting for the app.
import type { Page } from 'playwright-core';
import type { Timeline } from '../../src/model';

/** The data file the built app serves (the seed data written by `npm run extract`). */
export async function servedData(page: Page): Promise<Timeline> {
  const res = await page.request.get(new URL('data/timeline.json', page.url()).href);
  return (await res.json()) as Timeline;
}

export async function waitForEvents(page: Page): Promise<void> {
  await page.waitForSelector('.event-list [data-event-id]');
}

export async function listedIds(page: Page): Promise<string[]> {
  return page.$$eval('.event-list [data-event-id]', (els) =>
    els.map((e) => e.getAttribute('data-event-id') ?? ''),
  );
}

export const sorted = (a: readonly string[]) => [...a].sort();

/** The event the seed articles date to 22 July 2024 (the talks in Washington). */
export function july22(t: Timeline) {
  const e = t.events.find((x) => x.date.value === '2024-07-22');
  if (!e) throw new Error('the data has no event on 2024-07-22');
  return e;
}
