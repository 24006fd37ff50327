// Zero axe violations on the main views, and the screenshots we look at (1440 and 390 px).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch } from './browser';
import { baseUrl, openPage } from './page';
import { july22, servedData, waitForEvents } from './explorer-helpers';
import type { Timeline } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test-results/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function views(width: number, height: number, name: string) {
  const { page } = await openPage(browser, '/', { width, height });
  await waitForEvents(page);
  const found: Record<string, string[]> = {};
  found.start = await violations(page);
  await page.screenshot({ path: `test-results/screenshots/explorer-${name}.png`, fullPage: true });

  const event = july22(await servedData(page));
  await page.click(`.event-list [data-event-id="${event.id}"]`);
  await page.waitForSelector('.details .event-heading');
  found.details = await violations(page);
  // The click scrolled the list item into view; the picture shows the page from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screenshots/explorer-${name}-details.png` });

  await page.click('.details button.read');
  await page.waitForSelector('.reader p.target');
  found.reader = await violations(page);
  await page.screenshot({ path: `test-results/screenshots/explorer-${name}-reader.png` });

  await page.click('button.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  found.english = await violations(page);
  await page.screenshot({
    path: `test-results/screenshots/explorer-${name}-en.png`,
    fullPage: true,
  });
  return found;
}

test('no axe violations at 1440 px: start, details, reader, English', async () => {
  expect(await views(1440, 900, '1440')).toEqual({
    start: [],
    details: [],
    reader: [],
    english: [],
  });
});

test('no axe violations at 390 px: start, details, reader, English', async () => {
  expect(await views(390, 844, '390')).toEqual({ start: [], details: [], reader: [], english: [] });
});

test('no axe violations in the dark colour scheme', async () => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ar',
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  await page.goto(baseUrl());
  await waitForEvents(page);
  const event = july22(await servedData(page));
  await page.click(`.event-list [data-event-id="${event.id}"]`);
  await page.waitForSelector('.details .event-heading');
  await page.screenshot({ path: 'test-results/screenshots/explorer-1440-dark.png' });
  expect(await violations(page)).toEqual([]);
});

test('the error state has no axe violations either', async () => {
  const { page } = await openPage(browser, '/?data=data/missing.json');
  await page.getByRole('alert').waitFor();
  expect(await violations(page)).toEqual([]);
});

/** The new panels: the import dialog (with an added article), the export menu, the undated
 * list and the problems banner, in Arabic and English, on a desktop and a phone. */
async function panels(width: number, height: number, lang: 'ar' | 'en') {
  const { page } = await openPage(browser, `/?lang=${lang}`, { width, height });
  await page.route('**/data/timeline.json', async (route) => {
    const data = (await (await route.fetch()).json()) as Timeline;
    const a = data.articles[0]!;
    const p = a.paragraphs.find((x) => x.index === 1)!;
    const word = p.text.split(' ')[0]!;
    data.undated.push({
      articleId: a.id,
      paragraph: 1,
      timex: { text: word, start: 0, end: word.length },
      reason: 'relative expression and the article has no publication date',
    });
    data.events[0]!.date = { ...data.events[0]!.date, start: '2003-02-30' };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
  });
  await page.reload();
  await waitForEvents(page);
  await page.waitForSelector('.data-problems');
  await page.waitForSelector('.undated');
  const name = `panels-${lang}-${width}`;
  const found: Record<string, string[]> = {};
  found.page = await violations(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  await page.click('.export-menu summary');
  found.export = await violations(page);
  await page.locator('.stage').screenshot({ path: `test-results/screenshots/${name}-export.png` });
  await page.click('.export-menu summary');
  await page.click('.collection-bar button >> nth=0');
  await page.waitForSelector('dialog[open]');
  await page
    .locator('dialog[open] textarea')
    .fill('عنوان تجريبي\nقال المتحدث اليوم إن الاجتماع عقد في 3 آذار 2024 في بيروت.');
  await page.locator('dialog[open] button[type="submit"]').click();
  await page.waitForSelector('dialog[open] .import-list li');
  found.dialog = await violations(page);
  await page.screenshot({ path: `test-results/screenshots/${name}-dialog.png` });
  return found;
}

test.each([
  [1440, 900, 'ar'],
  [1440, 900, 'en'],
  [390, 844, 'ar'],
  [390, 844, 'en'],
] as const)('no axe violations in the new panels at %i×%i px, %s', async (w, h, lang) => {
  expect(await panels(w, h, lang)).toEqual({ page: [], export: [], dialog: [] });
});
