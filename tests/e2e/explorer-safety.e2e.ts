// Broken data shows the error state with a retry; article text is data and never runs.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { baseUrl } from './page';
import { july22, servedData, waitForEvents } from './explorer-helpers';
import type { Timeline } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage() {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ar',
  });
  return context.newPage();
}

test('a corrupted data file shows the error in Arabic with a retry that recovers', async () => {
  const page = await newPage();
  let corrupt = true;
  await page.route('**/data/timeline.json', async (route) => {
    if (!corrupt) return route.continue();
    await route.fulfill({
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "articles": [',
    });
  });
  await page.goto(baseUrl());
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('ليس بصيغة JSON صالحة');
  corrupt = false;
  await page.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await waitForEvents(page);
});

test('a file that breaks the schema names the field; a missing ?data= file says so', async () => {
  const page = await newPage();
  await page.route('**/data/timeline.json', async (route) => {
    const data = (await (await route.fetch()).json()) as Timeline;
    (data.events[0] as { date: unknown }).date = { value: 'soon' };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
  });
  await page.goto(baseUrl());
  await page.getByRole('alert').waitFor();
  expect(await page.textContent('[role="alert"]')).toContain('لا يطابق مخطط البيانات');
  expect(await page.textContent('[role="alert"] code')).toMatch(/^events\[0\]\.date\./);

  await page.goto(new URL('?data=data/nothing-here.json', baseUrl()).href);
  await page.getByRole('alert').waitFor();
  expect(await page.textContent('[role="alert"]')).toContain('غير موجود');
});

test('article text with <img src=x onerror=alert(1)> is shown as text and runs nothing', async () => {
  const page = await newPage();
  const payload = '<img src=x onerror=alert(1)>';
  let target = { articleId: '', paragraph: 0, eventId: '' };
  await page.route('**/data/timeline.json', async (route) => {
    const data = (await (await route.fetch()).json()) as Timeline;
    const e = july22(data);
    const m = e.mentions[0]!;
    target = { articleId: m.articleId, paragraph: m.paragraph, eventId: e.id };
    const p = data.articles
      .find((a) => a.id === m.articleId)!
      .paragraphs.find((x) => x.index === m.paragraph)!;
    p.text = `${p.text} ${payload}`; // appended: every offset stays valid
    e.summary.ar = `${e.summary.ar} ${payload}`;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
  });
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(baseUrl());
  await waitForEvents(page);
  await page.goto(
    new URL(`?event=${target.eventId}&article=${target.articleId}&p=${target.paragraph}`, baseUrl())
      .href,
  );
  const para = page.locator('.reader .article-body p.target');
  await para.waitFor();
  expect(await para.textContent()).toContain(payload);
  expect(await page.textContent('.event-list')).toContain(payload);
  expect(await page.locator('main img').count()).toBe(0);
  // Nothing the payload could run exists anywhere on the page (no element from it, no inline
  // handler), so no later dialog or request can come of it: a check, not a wait.
  expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => /\/x$/.test(u))).toEqual([]);
  // Every request stayed on the app's own origin.
  expect(requests.filter((u) => new URL(u).origin !== new URL(baseUrl()).origin)).toEqual([]);
});

test('the served data file is the one the tests reason about', async () => {
  const page = await newPage();
  await page.goto(baseUrl());
  await waitForEvents(page);
  const data = await servedData(page);
  expect(data.schemaVersion).toBe(1);
  expect(data.events.length).toBeGreaterThan(0);
});
