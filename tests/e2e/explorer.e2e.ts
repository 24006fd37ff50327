// The explorer's "must show" list, in real Chromium on the built app with the seed data.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { openPage } from './page';
import { july22, listedIds, servedData, sorted, waitForEvents } from './explorer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the page is right-to-left Arabic and lists every event', async () => {
  const { page, errors } = await openPage(browser);
  await waitForEvents(page);
  const data = await servedData(page);
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  expect(await page.textContent('h1')).toMatch(/^[\u0600-\u06FF]/);
  expect(sorted(await listedIds(page))).toEqual(sorted(data.events.map((e) => e.id)));
  expect(errors).toEqual([]);
});

test('filtering by «السوداني» leaves exactly his events; clearing restores all', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const data = await servedData(page);
  const sudani = data.actors.find((a) => a.name.ar.includes('السوداني'));
  expect(sudani).toBeDefined();
  const his = data.events.filter((e) => e.actors.includes(sudani!.id)).map((e) => e.id);
  expect(his.length).toBeGreaterThan(0);
  expect(his.length).toBeLessThan(data.events.length);

  await page.fill('input[type="search"] >> nth=1', 'السوداني');
  await page.check(`input[type="checkbox"][value="${sudani!.id}"]`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.event-list [data-event-id]').length === n,
    his.length,
  );
  expect(sorted(await listedIds(page))).toEqual(sorted(his));
  // The timeline draws the same set (its marks carry the event id).
  const drawn = await page.$$eval('.tl [data-id]', (els) => [
    ...new Set(els.map((e) => e.getAttribute('data-id'))),
  ]);
  expect(drawn.every((id) => his.includes(id!))).toBe(true);

  await page.click('button.clear');
  await page.waitForFunction(
    (n) => document.querySelectorAll('.event-list [data-event-id]').length === n,
    data.events.length,
  );
  expect(sorted(await listedIds(page))).toEqual(sorted(data.events.map((e) => e.id)));
});

test('the 22 July 2024 event shows its paragraph with the sentence highlighted; «اقرأ المقال» opens it there', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const data = await servedData(page);
  const event = july22(data);
  await page.click(`.event-list [data-event-id="${event.id}"]`);
  await page.waitForSelector('.details .event-heading');
  expect(await page.textContent('.details .event-heading')).toBe('22 يوليو 2024');

  const m = event.mentions[0]!;
  const text = data.articles
    .find((a) => a.id === m.articleId)!
    .paragraphs.find((p) => p.index === m.paragraph)!.text;
  const first = page.locator('.details .mention').first();
  expect(await first.locator('blockquote').textContent()).toBe(text);
  expect(await first.locator('mark.sentence').textContent()).toBe(
    text.slice(m.sentence.start, m.sentence.end),
  );
  expect(await first.locator('.timex').first().textContent()).toBe(m.timex.text);

  await first.getByRole('button', { name: 'اقرأ المقال' }).click();
  const target = page.locator('.reader .article-body p.target');
  await target.waitFor();
  expect(await target.getAttribute('id')).toBe(`p-${m.paragraph}`);
  expect(await target.textContent()).toBe(text);
  expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(viewport.height);
  // Dates in the reader link back to their events.
  const link = target.locator('a.timex-link').first();
  expect(await link.getAttribute('href')).toContain(`event=${event.id}`);
});

test('clicking the event on the timeline opens the same details and marks it in the list', async () => {
  // July 2024, where the dense 2024 marks stand apart (a window from the URL).
  const { page } = await openPage(browser, '/?from=2024-07-01&to=2024-08-01');
  await waitForEvents(page);
  const event = july22(await servedData(page));
  await page.click(`.tl [data-id="${event.id}"][data-primary="true"]`);
  await page.waitForSelector('.details .event-heading');
  expect(await page.textContent('.details .event-heading')).toBe('22 يوليو 2024');
  expect(await page.getAttribute(`.event-list [data-event-id="${event.id}"]`, 'aria-current')).toBe(
    'true',
  );
});

test('a copied URL reopens the same view, and back/forward walk the history', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const data = await servedData(page);
  const event = july22(data);
  const actor = event.actors[0]!;
  await page.check(`input[type="checkbox"][value="${actor}"]`);
  await page.click(`.event-list [data-event-id="${event.id}"]`);
  await page.waitForSelector('.details .event-heading');
  // Zoom in once: the window goes into the URL once it settles.
  await page.click('.tl-zoom button >> nth=0');
  // The app marks <html> while a settling change waits to reach the address bar.
  await page.waitForFunction(
    () =>
      new URLSearchParams(location.search).has('from') &&
      !document.documentElement.hasAttribute('data-url-pending'),
  );
  const status = await page.textContent('.window-status');
  const ids = await listedIds(page);
  const url = page.url();
  expect(new URL(url).searchParams.get('event')).toBe(event.id);

  const { page: again } = await openPage(browser, new URL(url).pathname + new URL(url).search);
  await waitForEvents(again);
  expect(await listedIds(again)).toEqual(ids);
  expect(await again.isChecked(`input[type="checkbox"][value="${actor}"]`)).toBe(true);
  expect(await again.textContent('.details .event-heading')).toBe('22 يوليو 2024');
  expect(await again.textContent('.window-status')).toBe(status);

  await page.goBack();
  await page.waitForSelector('.details-empty');
  await page.goBack();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.event-list [data-event-id]').length === n,
    data.events.length,
  );
  await page.goForward();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.event-list [data-event-id]').length === n,
    ids.length,
  );
});

test('switching to English flips the direction, the labels and the axis', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const tickOrder = () =>
    page.$$eval('.tl-axis text[data-tick]', (els) => {
      const ticks = els.map((e) => ({
        t: Number(e.getAttribute('data-tick')),
        x: e.getBoundingClientRect().x,
      }));
      ticks.sort((a, b) => a.t - b.t);
      return ticks.length > 1 ? Math.sign(ticks.at(-1)!.x - ticks[0]!.x) : 0;
    });
  expect(await tickOrder()).toBe(-1); // Arabic: later is further left
  await page.click('button.lang-switch');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.textContent('h1')).toBe('Timeline: Iraq and the United States');
  expect(await page.textContent('#list-title')).toBe('Event list');
  expect(await tickOrder()).toBe(1);
  // The choice is remembered for the next visit without a lang parameter.
  await page.goto(new URL('/', page.url()).href);
  await page.waitForSelector('h1');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
});

test('on a phone, choosing an event in the list brings its details into view', async () => {
  const { page } = await openPage(browser, '/', { width: 390, height: 844 });
  await waitForEvents(page);
  const event = july22(await servedData(page));
  await page.click(`.event-list [data-event-id="${event.id}"]`);
  await page.waitForSelector('.details .event-heading');
  // The page scrolls once the details are in; wait for that, not for a length of time.
  await page.waitForFunction(
    () => Math.abs(document.querySelector('aside.side')!.getBoundingClientRect().y) < 5,
  );
  const box = await page.locator('aside.side').boundingBox();
  expect(Math.abs(box!.y)).toBeLessThan(5);
});
