// Hostile and careless data files in the app (issue 13, part 4), in real Chromium: the ?data=
// guard, bidi isolation of article text, unbroken titles, a 300k-character paragraph, files
// that pass the schema but break the contract, the headers `npm start` sends, and no CSP
// violation on load.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '../../src/model';
import { launch } from './browser';
import { baseUrl } from './page';
import { july22, waitForEvents } from './explorer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1440) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ar' });
  return context.newPage();
}

/** Serves the seed data changed by `change` in place of data/timeline.json. */
async function serveChanged(page: Page, change: (t: Timeline) => void) {
  await page.route('**/data/timeline.json', async (route) => {
    const data = (await (await route.fetch()).json()) as Timeline;
    change(data);
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
  });
}

function paragraphOf(t: Timeline, m: { articleId: string; paragraph: number }) {
  return t.articles
    .find((a) => a.id === m.articleId)!
    .paragraphs.find((p) => p.index === m.paragraph)!;
}

test.each(['/.//evil.example/x.json', './/evil.example/x.json', 'x/..//evil.example/x.json'])(
  '?data=%s never leaves the site',
  async (data) => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(new URL(`?data=${encodeURIComponent(data)}`, baseUrl()).href);
    await page.getByRole('alert').waitFor();
    const origin = new URL(baseUrl()).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    // The file asked for is looked for on this site, where there is none.
    expect(requests.some((u) => u.endsWith('/evil.example/x.json'))).toBe(true);
    expect(await page.textContent('[role="alert"]')).toContain('غير موجود');
  },
);

/** In the page: is the text of this node kept from reordering the app's text around it? */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.includes('\u202E')) continue;
      let ok = false;
      for (let el = n.parentElement; el && el !== document.body; el = el.parentElement) {
        const cs = getComputedStyle(el);
        if (/isolate|plaintext/.test(cs.unicodeBidi)) {
          ok = true;
          break;
        }
        // A block ends the bidi paragraph: fine when nothing of the app's follows in it.
        if (!cs.display.startsWith('inline')) {
          ok = (el.textContent ?? '').endsWith(n.textContent);
          break;
        }
      }
      if (!ok) out.push(`${n.parentElement?.className ?? ''}: ${n.textContent.slice(0, 40)}`);
    }
    return out;
  });
}

/** The screen order of the digits of a year in an element's text: '2024' left to right. */
function digitsInOrder(page: Page, selector: string, year: string): Promise<boolean> {
  return page.$eval(
    selector,
    (el, y) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(y);
        if (at < 0) continue;
        const rect = (i: number) => {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getBoundingClientRect();
        };
        return rect(at).left < rect(at + y.length - 1).left;
      }
      throw new Error(`no ${y} in ${el.className}`);
    },
    year,
  );
}

test('an unterminated U+202E in article text is isolated in the details, reader, list, tooltip and filter', async () => {
  const page = await newPage();
  const RLO = '\u202E';
  let target = { eventId: '', articleId: '', paragraph: 0 };
  await serveChanged(page, (t) => {
    for (const a of t.articles) {
      a.outlet = `${RLO}قناة مجهولة`;
      a.title = `${a.title} ${RLO}`;
      for (const p of a.paragraphs) p.text = `${p.text} ${RLO}`; // appended: offsets stay valid
    }
    for (const e of t.events) e.summary.ar = `${e.summary.ar} ${RLO}`;
    for (const a of t.actors) a.name = { ar: `${a.name.ar}${RLO}`, en: `${a.name.en}${RLO}` };
    const e = july22(t);
    target = {
      eventId: e.id,
      articleId: e.mentions[0]!.articleId,
      paragraph: e.mentions[0]!.paragraph,
    };
  });
  await page.goto(baseUrl());
  await waitForEvents(page);
  await page.click(`.event-list [data-event-id="${target.eventId}"]`);
  await page.waitForSelector('.details .event-heading');
  // The timeline's tooltip for the selected event.
  await page.hover(`.tl-svg [data-id="${target.eventId}"][data-primary="true"]`);
  await page.waitForSelector('.tl-tooltip');
  expect(await leaks(page)).toEqual([]);
  // The app's «نُشر في 22 يوليو 2024» after the outlet still reads 2024, not 4202.
  expect(await digitsInOrder(page, '.details .mention-meta', '2024')).toBe(true);
  // The filter: the count after a name is the app's.
  const counts = await page.$$eval('.actor-list .count', (els) => els.map((e) => e.textContent));
  expect(counts.length).toBeGreaterThan(0);

  await page.click('.details button.read');
  await page.waitForSelector('.reader p.target');
  expect(await leaks(page)).toEqual([]);
  expect(await digitsInOrder(page, '.reader .mention-meta', '2024')).toBe(true);
});

test('a 60,000-character unbroken title wraps inside its panel', async () => {
  const page = await newPage(1280);
  const long = 'س'.repeat(60_000);
  let target = { eventId: '', articleId: '' };
  await serveChanged(page, (t) => {
    const e = july22(t);
    const a = t.articles.find((x) => x.id === e.mentions[0]!.articleId)!;
    a.title = long;
    a.paragraphs.find((p) => p.index === 0)!.text = long;
    target = { eventId: e.id, articleId: a.id };
  });
  await page.goto(baseUrl());
  await waitForEvents(page);
  await page.click(`.event-list [data-event-id="${target.eventId}"]`);
  await page.waitForSelector('.details .mention-title');
  const fits = (sel: string) =>
    page.$$eval(sel, (els) => els.map((e) => e.scrollWidth <= e.clientWidth + 1));
  expect(await fits('.details .mention-title')).not.toContain(false);
  await page.goto(
    new URL(`?event=${target.eventId}&article=${target.articleId}&p=0`, baseUrl()).href,
  );
  await page.waitForSelector('.reader .reader-title');
  expect(await fits('.reader .reader-title')).toEqual([true]);
  const pageWidth = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(pageWidth[0]).toBeLessThanOrEqual(pageWidth[1]!);
});

test('a 300,000-character paragraph: its event opens with the sentence and a part around it', async () => {
  const page = await newPage();
  let target = { eventId: '', sentence: '' };
  await serveChanged(page, (t) => {
    const e = july22(t);
    const m = e.mentions[0]!;
    const p = paragraphOf(t, m);
    target = { eventId: e.id, sentence: p.text.slice(m.sentence.start, m.sentence.end) };
    p.text = `${p.text} ${'وقال مصدر إن المحادثات مستمرة. '.repeat(10_000)}`; // ~300k characters
  });
  await page.goto(baseUrl());
  await waitForEvents(page);
  await page.click(`.event-list [data-event-id="${target.eventId}"]`);
  const quote = page.locator('.details .mention').first().locator('blockquote');
  await quote.waitFor();
  const shown = (await quote.textContent())!;
  expect(shown).toContain(target.sentence);
  expect(shown.length).toBeLessThan(5_000);
  expect(shown.endsWith('…')).toBe(true);

  await page
    .locator('.details .mention')
    .first()
    .getByRole('button', { name: 'اقرأ المقال' })
    .click();
  const para = page.locator('.reader p.target');
  await para.waitFor();
  expect((await para.textContent())!.length).toBeLessThan(5_000);
  // The whole paragraph is one click away.
  await para.getByRole('button', { name: /اعرض الفقرة كاملة/ }).click();
  await page.waitForFunction(
    () => (document.querySelector('.reader p.target')?.textContent?.length ?? 0) > 300_000,
  );
});

test('a file that passes the schema with impossible dates shows what is wrong', async () => {
  const page = await newPage();
  let ids: string[] = [];
  await serveChanged(page, (t) => {
    const [a, b] = t.events;
    a!.date = { ...a!.date, start: '2024-02-30', end: '2024-02-30' };
    b!.date = { ...b!.date, start: '2024-05-01', end: '2024-03-01' };
    ids = [a!.id, b!.id];
  });
  await page.goto(baseUrl());
  await waitForEvents(page);
  const alert = page.locator('.data-problems');
  await alert.waitFor();
  expect(await alert.locator('h2').textContent()).toBe('في ملف البيانات 3 مشكلات');
  await alert.locator('summary').click();
  const items = await alert.locator('li').allTextContents();
  expect(items).toEqual([
    `event ${ids[0]}: date start 2024-02-30 is not a day of the calendar`,
    `event ${ids[0]}: date end 2024-02-30 is not a day of the calendar`,
    `event ${ids[1]}: date starts 2024-05-01, after its end 2024-03-01`,
  ]);
});

test('npm start’s server sends the security headers, frame-ancestors among them', async () => {
  const page = await newPage();
  const res = (await page.goto(baseUrl()))!;
  const h = res.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("script-src 'self'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
});

test('no Content-Security-Policy violation on load', async () => {
  const page = await newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(baseUrl());
  await waitForEvents(page);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});
