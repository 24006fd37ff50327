// The timeline view in the built app with the seed data, in real Chromium.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Timeline } from '../../src/model';
import { launch } from './browser';
import { baseUrl, openPage } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test-results/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function data(page: Page): Promise<Timeline> {
  const res = await page.request.get(new URL('data/timeline.json', page.url()).href);
  return (await res.json()) as Timeline;
}

/** Waits two animation frames, so a window change has been drawn. */
const frames = (page: Page) =>
  page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
/** Until a gesture's frames have been painted and the view has caught up with them. */
async function settle(page: Page) {
  await frames(page);
  await page.waitForFunction(() => !document.querySelector('.tl-plot.is-moving'));
  await frames(page);
}

async function drawnIds(page: Page): Promise<string[]> {
  const ids = await page.$$eval('.tl-svg [data-id]', (els) =>
    els.map((e) => e.getAttribute('data-id') ?? ''),
  );
  return [...new Set(ids)].sort();
}

/** Screen x of an event's first mark. */
async function xOf(page: Page, id: string): Promise<number> {
  const x = await page.locator(`.tl-svg [data-id="${id}"]`).first().getAttribute('data-x');
  return Number(x);
}

const tickLabels = (page: Page) =>
  page.$$eval('.tl-axis text', (els) => els.map((e) => e.textContent ?? ''));

function byYear(t: Timeline, year: string): string {
  const e = t.events.find((x) => x.date.start.startsWith(year));
  if (!e) throw new Error(`the seed data has no event in ${year}`);
  return e.id;
}

/** The «+N» counts drawn where marks have no room. */
async function counted(page: Page): Promise<number> {
  const texts = await page.$$eval('.tl-count', (els) => els.map((e) => e.textContent ?? ''));
  return texts.reduce((n, t) => n + Number(t.replace('+', '')), 0);
}

/**
 * Every event is drawn: as a mark in the whole view, or counted there and drawn as a mark once
 * zoomed into its crowded year and month.
 */
async function expectAllDrawn(page: Page, t: Timeline, path: string) {
  const all = t.events.map((e) => e.id).sort();
  const whole = await drawnIds(page);
  const missing = all.filter((id) => !whole.includes(id));
  expect(await counted(page)).toBeGreaterThanOrEqual(missing.length);
  const seen = new Set(whole);
  for (const [from, to] of [
    ['2024-01-01', '2025-01-01'],
    ['2024-07-01', '2024-08-01'],
  ]) {
    await page.goto(
      new URL(`${path}${path.includes('?') ? '&' : '?'}from=${from}&to=${to}`, page.url()).href,
    );
    await page.waitForSelector('.tl-svg [data-id]');
    for (const id of await drawnIds(page)) seen.add(id);
  }
  expect([...seen].sort()).toEqual(all);
}

async function showAll(page: Page, label: string) {
  await page.click(`.tl button:has-text("${label}")`);
  await settle(page);
}

test('Arabic: every seed event is drawn, and time runs right to left', async () => {
  const { page, errors } = await openPage(browser);
  await page.waitForSelector('.tl-svg [data-id]');
  const t = await data(page);
  // The first window opens on the 2024 cluster: the four earlier events are announced at its edge.
  expect(await page.textContent('.tl-edge-before')).toBe('4 أحداث قبل 2024');
  await page.screenshot({ path: 'test-results/screenshots/timeline-ar-default.png' });
  await page.click('.tl-edge-before');
  await settle(page);
  expect(await drawnIds(page)).toContain(byYear(t, '2003'));

  await showAll(page, 'عرض الكل');
  const x2003 = await xOf(page, byYear(t, '2003'));
  const x2014 = await xOf(page, byYear(t, '2014'));
  const x2024 = await xOf(page, byYear(t, '2024'));
  expect(x2003).toBeGreaterThan(x2014);
  expect(x2014).toBeGreaterThan(x2024);
  await page.locator('.tl').screenshot({ path: 'test-results/screenshots/timeline-ar-all.png' });
  await expectAllDrawn(page, t, '/');
  expect(errors).toEqual([]);
});

test('English: the axis flips, time runs left to right', async () => {
  const { page, errors } = await openPage(browser, '/?lang=en');
  await page.waitForSelector('.tl-svg [data-id]');
  expect(await page.getAttribute('.tl', 'dir')).toBe('ltr');
  const t = await data(page);
  expect(await page.textContent('.tl-edge-before')).toBe('4 events before 2024');
  await showAll(page, 'Show all');
  const x2003 = await xOf(page, byYear(t, '2003'));
  const x2014 = await xOf(page, byYear(t, '2014'));
  const x2024 = await xOf(page, byYear(t, '2024'));
  expect(x2003).toBeLessThan(x2014);
  expect(x2014).toBeLessThan(x2024);
  await page.locator('.tl').screenshot({ path: 'test-results/screenshots/timeline-en-all.png' });
  await expectAllDrawn(page, t, '/?lang=en');
  expect(errors).toEqual([]);
});

test('the first view spreads out the events it shows: none hidden in a «+N», over most of the plot', async () => {
  const { page } = await openPage(browser);
  await page.waitForSelector('.tl-svg [data-id]');
  const t = await data(page);
  const shown = await drawnIds(page);
  const in2024 = t.events.filter((e) => e.date.start.startsWith('2024')).map((e) => e.id);
  expect(shown).toEqual([...in2024].sort());
  expect(await counted(page)).toBe(0);
  const xs = await page.$$eval('.tl-svg [data-primary="true"]', (els) =>
    els.map((e) => Number(e.getAttribute('data-x'))),
  );
  const width = (await page.locator('.tl-plot').boundingBox())!.width;
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width / 2);
});

test('zooming with the wheel and the keyboard changes the ticks: years, then months', async () => {
  const { page, errors } = await openPage(browser, '/?from=2014-01-01&to=2025-01-01');
  await page.waitForSelector('.tl-svg [data-id]');
  const years = await tickLabels(page);
  expect(years.length).toBeGreaterThan(3);
  expect(years.every((l) => /^\d{4}$/.test(l))).toBe(true);

  const box = (await page.locator('.tl-plot').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, -300);
    await settle(page);
  }
  const zoomed = await tickLabels(page);
  expect(zoomed).not.toEqual(years);
  expect(zoomed.some((l) => /[\u0600-\u06FF]/.test(l))).toBe(true); // month names
  await page.locator('.tl').screenshot({ path: 'test-results/screenshots/timeline-ar-wheel.png' });

  await page.focus('.tl-plot');
  for (let i = 0; i < 8; i++) await page.keyboard.press('-');
  await settle(page);
  const out = await tickLabels(page);
  expect(out).not.toEqual(zoomed);
  expect(out.every((l) => /^\d{4}$/.test(l))).toBe(true);
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await settle(page);
  expect(await tickLabels(page)).not.toEqual(out);
  expect(errors).toEqual([]);
});

test('dragging pans the window; two fingers pinch to zoom', async () => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ar',
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(new URL('/', baseUrl()).href);
  await page.waitForSelector('.tl-svg [data-id]');
  const box = (await page.locator('.tl-plot').boundingBox())!;
  const y = box.y + 150;
  const firstTick = () => page.$eval('.tl-axis text', (e) => Number(e.getAttribute('data-tick')));
  const before = await firstTick();
  // Dragging rightwards in Arabic brings later dates into view.
  await page.mouse.move(box.x + 100, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 100 + i * 20, y);
  await page.mouse.up();
  await settle(page);
  const afterDrag = await page.$$eval('.tl-axis text', (els) =>
    els.map((e) => Number(e.getAttribute('data-tick'))),
  );
  expect(Math.min(...afterDrag)).toBeGreaterThan(before);

  const span = async () => {
    const ticks = await page.$$eval('.tl-axis text', (els) =>
      els.map((e) => Number(e.getAttribute('data-tick'))),
    );
    return (Math.max(...ticks) - Math.min(...ticks)) / (ticks.length - 1);
  };
  const stepBefore = await span();
  const cdp = await context.newCDPSession(page);
  const cx = box.x + box.width / 2;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - d, y, id: 1 },
              { x: cx + d, y, id: 2 },
            ],
    });
  await touch('touchStart', 20);
  for (let d = 30; d <= 300; d += 30) await touch('touchMove', d);
  await touch('touchEnd', 0);
  await settle(page);
  // Spreading the fingers zooms in: the ticks get closer in time.
  expect(await span()).toBeLessThan(stepBefore);
  await context.close();
});

/** Canvas pixels in a lane colour (strongly saturated): marks, not the grey bands. */
const inkedPixels = (page: Page) =>
  page.$eval('.tl-canvas', (c) => {
    const canvas = c as HTMLCanvasElement;
    const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) > 80)
        n++;
    return n;
  });
const opacity = (page: Page, selector: string) =>
  page.$eval(selector, (e) => Number(getComputedStyle(e).opacity));

test('a gesture is painted on the canvas alone; the SVG takes over when it pauses', async () => {
  // The page's clock is ours: mid-gesture checks cannot race the settle timer, however slow
  // the machine. Time runs freely while the app loads, then only when the test moves it.
  const { page, errors } = await openPage(browser, '/', undefined, (p) => p.clock.install());
  await page.waitForSelector('.tl-svg [data-id]');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  // The leftmost mark: the drag moves it rightwards, still inside the plot.
  const xs = await Promise.all(
    (await drawnIds(page)).map(async (d) => [d, await xOf(page, d)] as const),
  );
  const [id, x0] = xs.reduce((a, b) => (b[1] < a[1] ? b : a));
  expect(await inkedPixels(page)).toBe(0); // at rest the few marks are SVG elements

  const box = (await page.locator('.tl-plot').boundingBox())!;
  const y = box.y + 150;
  await page.mouse.move(box.x + 100, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + 100 + i * 20, y);
  await page.clock.runFor(40); // a couple of frames, far less than the pause that settles it
  // Mid-gesture: the marks and the axis are on the canvas, the SVG's copies hidden.
  expect(await page.$('.tl-plot.is-moving')).not.toBeNull();
  expect(await inkedPixels(page)).toBeGreaterThan(50);
  expect(await opacity(page, '.tl-axis')).toBe(0);
  expect(await opacity(page, '.tl-live')).toBe(0);
  await page.locator('.tl').screenshot({ path: 'test-results/screenshots/timeline-ar-moving.png' });

  await page.mouse.up();
  await page.clock.runFor(1000); // the gesture has paused: the view catches up
  await page.clock.resume();
  await settle(page);
  expect(await opacity(page, '.tl-axis')).toBe(1);
  expect(await opacity(page, '.tl-live')).toBe(1);
  expect(await inkedPixels(page)).toBe(0);
  // The SVG has caught up: dragging rightwards in Arabic moved the marks rightwards.
  expect(await xOf(page, id)).toBeGreaterThan(x0 + 10);
  await page
    .locator('.tl')
    .screenshot({ path: 'test-results/screenshots/timeline-ar-settled.png' });
  expect(errors).toEqual([]);
});

test('keyboard: roving focus follows the reading direction and Enter selects', async () => {
  const { page } = await openPage(browser);
  await page.waitForSelector('.tl-svg [data-id]');
  await showAll(page, 'عرض الكل');
  const t = await data(page);
  const inOrder = [...t.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  // A busy page (a slow phone, a loaded machine): keys arrive while an earlier render's effects
  // are still pending. That once left the focus behind on the old mark after End, so the keys
  // run on a CPU slowed 6× (the test waits for the focus, never for a time).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.focus('.tl-svg [tabindex="0"]');
  // Focus moves once the view has caught up with the key: wait for it to land (or time out).
  const focusOn = (id: string) =>
    page.waitForFunction((want) => document.activeElement?.getAttribute('data-id') === want, id);
  await focusOn(inOrder[0]!.id);
  await page.keyboard.press('ArrowLeft'); // later in Arabic
  await focusOn(inOrder[1]!.id);
  await page.keyboard.press('End');
  await focusOn(inOrder.at(-1)!.id);
  await page.keyboard.press('Enter');
  await settle(page);
  expect(
    await page.getAttribute(
      `.tl-svg [data-id="${inOrder.at(-1)!.id}"][data-primary="true"]`,
      'aria-pressed',
    ),
  ).toBe('true');
  await page.locator('.tl').screenshot({ path: 'test-results/screenshots/timeline-ar-focus.png' });
});

test('a narrow screen keeps the timeline usable', async () => {
  const { page, errors } = await openPage(browser, '/', { width: 390, height: 844 });
  await page.waitForSelector('.tl-svg [data-id]');
  const box = (await page.locator('.tl-plot').boundingBox())!;
  expect(box.width).toBeGreaterThan(200);
  await page.locator('.tl').screenshot({ path: 'test-results/screenshots/timeline-ar-390.png' });
  expect(errors).toEqual([]);
});
