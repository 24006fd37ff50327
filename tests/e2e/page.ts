// Opens a page on the built app and records console errors and page errors.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1440, height: 900 },
  /** Runs before the app loads (a controlled clock, say). */
  setup?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'ar' });
  const page = await context.newPage();
  // waits end on the app's signals; this only bounds a hang (30 s, playwright's default, is
  // short for a busy 2-core machine building pages under other work)
  page.setDefaultTimeout(120_000);
  await setup?.(page);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, baseUrl()).href);
  return { page, errors };
}
