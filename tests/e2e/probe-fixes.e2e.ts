// What the feature probe of issue 11 found (a–h), each checked in real Chromium on the seeds,
// and the list of undated expressions.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '../../src/model';
import { launch } from './browser';
import { baseUrl, openPage } from './page';
import { servedData, waitForEvents } from './explorer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('a: «بصدام» with «صدام» marked keeps its joined letters, as wide as the word unmarked', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const t = await servedData(page);
  const e = t.events.find((x) => x.mentions.some((m) => m.actors.some((a) => a.id === 'saddam')))!;
  await page.click(`.event-list [data-event-id="${e.id}"]`);
  await page.waitForSelector('.details blockquote .actor-ref');
  const r = await page.evaluate(() => {
    const mark = [...document.querySelectorAll('.details blockquote .actor-ref')].find((el) =>
      el.textContent?.startsWith('صدام'),
    )!;
    const before = mark.previousSibling!; // the text that ends with «ب»
    const range = document.createRange();
    range.setStart(before, before.textContent!.length - 1);
    range.setEnd(mark.firstChild!, 'صدام'.length);
    const marked = range.getBoundingClientRect().width;
    const lines = new Set([...range.getClientRects()].map((x) => Math.round(x.top))).size;
    // The same word, unmarked, in the same paragraph's font.
    const plain = document.createElement('span');
    plain.textContent = 'بصدام';
    mark.parentElement!.append(plain);
    const unmarked = plain.getBoundingClientRect().width;
    plain.remove();
    return { marked, unmarked, lines, role: mark.getAttribute('role'), tag: mark.tagName };
  });
  expect(r.tag).toBe('SPAN');
  expect(r.role).toBe('button');
  expect(r.lines).toBe(1);
  expect(Math.abs(r.marked - r.unmarked)).toBeLessThan(0.5);
});

test('b: Escape after Enter on a mark closes the details and gives the focus back to the mark', async () => {
  const { page } = await openPage(browser);
  await page.waitForSelector('.tl-svg [data-id]');
  await page.focus('.tl-svg [data-primary="true"][tabindex="0"]');
  const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.details .event-heading');
  // The focus stays on the mark; Escape there closes the details.
  expect(await page.evaluate(() => document.activeElement!.getAttribute('data-id'))).toBe(id);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.details', { state: 'detached' });
  await page.waitForFunction((x) => document.activeElement?.getAttribute('data-id') === x, id);

  // Opened from the list, closed with the button: the focus goes back to the list item.
  await page.focus(`.event-list [data-event-id="${id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.details .event-heading');
  await page.click('.details .panel-head button');
  await page.waitForFunction(
    (x) => document.activeElement?.getAttribute('data-event-id') === x,
    id,
  );
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('c: search finds the spelling variants of one another', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const count = async (q: string) => {
    await page.fill('.filters input[type="search"] >> nth=0', q);
    await page.waitForFunction((v) => new URLSearchParams(location.search).get('q') === v, q);
    return page.locator('.event-list [data-event-id]').count();
  };
  const pairs = [
    ['الأميركية', 'الأمريكية'],
    ['أميركي', 'أمريكي'],
    ['إسرائيل', 'اسرائيل'],
    ['العسكري', 'العسكرى'],
    ['الأميركية', 'الامريكيه'],
  ];
  for (const [a, b] of pairs) {
    const n = await count(a!);
    expect(n, a).toBeGreaterThan(0);
    expect(await count(b!), b).toBe(n);
  }
});

test('d: month labels never run into each other, Levantine names included', async () => {
  for (const width of [1440, 1100, 390]) {
    const { page } = await openPage(browser, '/?from=2024-06-01&to=2025-06-01', {
      width,
      height: 900,
    });
    await page.waitForSelector('.tl-axis text');
    await page.selectOption('select >> nth=1', 'levant');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.tl-axis text')].some((t) =>
        /تشرين|كانون|حزيران|تموز|أيلول|آذار|نيسان|أيار|شباط|آب/.test(t.textContent ?? ''),
      ),
    );
    const boxes = await page.$$eval('.tl-axis text', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { l: r.left, r: r.right, text: e.textContent };
      }),
    );
    boxes.sort((a, b) => a.l - b.l);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.l, `${boxes[i - 1]!.text} | ${boxes[i]!.text} at ${width}`).toBeGreaterThan(
        boxes[i - 1]!.r,
      );
    await page.context().close();
  }
});

test('e: on a phone the timeline comes before the list, and every mark is at least 24×24 to tap', async () => {
  const { page } = await openPage(browser, '/', { width: 390, height: 844 });
  await page.waitForSelector('.tl-svg [data-id]');
  const tl = (await page.locator('.tl').boundingBox())!;
  const list = (await page.locator('.event-list').boundingBox())!;
  expect(tl.y).toBeLessThan(list.y);
  expect(tl.y).toBeLessThan(844); // on the first screen
  const sizes = await page.$$eval('.tl-svg [data-primary="true"]', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return [r.width, r.height];
    }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const [w, h] of sizes) {
    // 24 px, give or take the layout's sub-pixel rounding
    expect(w).toBeGreaterThan(23.99);
    expect(h).toBeGreaterThan(23.99);
  }
  // A tap at the edge of a mark's target selects it.
  const box = (await page.locator('.tl-svg [data-primary="true"]').first().boundingBox())!;
  const id = await page.locator('.tl-svg [data-primary="true"]').first().getAttribute('data-id');
  await page.mouse.click(box.x + box.width / 2, box.y + 2);
  await page.waitForFunction((x) => new URLSearchParams(location.search).get('event') === x, id);
});

test('g: the filter lists no actor without events', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const counts = await page.$$eval('.actor-list .count', (els) => els.map((e) => e.textContent));
  expect(counts.length).toBeGreaterThan(0);
  expect(counts).not.toContain('0');
});

test('h: the first Tab reaches a skip link to the timeline, and Enter lands there', async () => {
  const { page } = await openPage(browser);
  await page.waitForSelector('.tl-svg [data-id]');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'انتقل إلى الخط الزمني',
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'timeline');
  // From there one Tab reaches an event on the timeline.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-primary'))).toBe(
    'true',
  );
});

/** Adds an undated expression (the first word of a paragraph) to the served seeds. */
async function withUndated(
  page: Page,
): Promise<{ articleId: string; paragraph: number; text: string }> {
  let found = { articleId: '', paragraph: 0, text: '' };
  await page.route('**/data/timeline.json', async (route) => {
    const data = (await (await route.fetch()).json()) as Timeline;
    const a = data.articles[0]!;
    const p = a.paragraphs.find((x) => x.index === 2)!;
    const text = p.text.split(' ')[0]!;
    data.undated.push({
      articleId: a.id,
      paragraph: p.index,
      timex: { text, start: 0, end: text.length },
      reason: 'relative expression and the article has no publication date',
    });
    data.undated.push({
      articleId: a.id,
      paragraph: p.index,
      timex: { text, start: 0, end: text.length },
      reason: 'a decade: no TimeML value of this contract names it',
    });
    found = { articleId: a.id, paragraph: p.index, text };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
  });
  await page.goto(baseUrl());
  await waitForEvents(page);
  return found;
}

test('undated expressions are listed with their reason, and link to their sentence', async () => {
  const { page } = await openPage(browser);
  const u = await withUndated(page);
  const panel = page.locator('.undated');
  await panel.waitFor();
  expect(await panel.locator('h2').textContent()).toBe('تعابير زمنية لم تؤرَّخ (2)');
  const items = panel.locator('li');
  expect(await items.count()).toBe(2);
  expect(await items.nth(0).locator('.undated-text').textContent()).toBe(u.text);
  expect(await items.nth(0).locator('.undated-reason').textContent()).toBe(
    'تعبير نسبي، والمقال بلا تاريخ نشر يُحسب منه',
  );
  // A reason the UI has no words for is shown as the extractor gives it.
  expect(await items.nth(1).locator('.undated-reason').textContent()).toBe(
    'a decade: no TimeML value of this contract names it',
  );
  await items.nth(0).getByRole('button').click();
  const target = page.locator('.reader p.target');
  await target.waitFor();
  expect(await target.locator('mark.sentence').textContent()).toBe(u.text);
  const params = new URLSearchParams(new URL(page.url()).search);
  expect(params.get('article')).toBe(u.articleId);
  expect(params.get('span')).toBe(`0-${u.text.length}`);
});
