// Zero axe violations on the main views, and the screenshots we look at (1440 and 390 px).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch } from './browser';
import { baseUrl, openPage } from './page';
import { july22, servedData, waitForEvents } from './explorer-helpers';

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
