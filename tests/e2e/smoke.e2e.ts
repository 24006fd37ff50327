import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { openPage } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the built app opens in Arabic, right to left, without console errors', async () => {
  const { page, errors } = await openPage(browser);
  await page.waitForSelector('main');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  expect(await page.title()).toMatch(/[\u0600-\u06FF]/);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/smoke.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the built page carries a Content-Security-Policy', async () => {
  const { page } = await openPage(browser);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
});

test('the first drawn timeline is marked for the benchmarks', async () => {
  const { page } = await openPage(browser);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length === 1);
  const at = await page.evaluate(
    () => performance.getEntriesByName('timeline-drawn')[0]!.startTime,
  );
  expect(at).toBeGreaterThan(0);
});
