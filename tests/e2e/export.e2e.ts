// Export of the current, filtered view in real Chromium: CSV rows with their citations, the
// contract's JSON, the timeline as SVG and PNG with its marks, and the print stylesheet.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { integrityProblems, timelineSchema, type Timeline } from '../../src/model';
import { launch } from './browser';
import { openPage } from './page';
import { listedIds, servedData, sorted, waitForEvents } from './explorer-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function exported(page: Page, label: string): Promise<Buffer> {
  await page.click('.export-menu summary');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return readFileSync((await download.path())!);
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

/** Filters the seeds by «السوداني», the way a user would, and returns his events. */
async function filterSudani(page: Page, t: Timeline): Promise<string[]> {
  const sudani = t.actors.find((a) => a.name.ar.includes('السوداني'))!;
  const his = t.events.filter((e) => e.actors.includes(sudani.id)).map((e) => e.id);
  await page.check(`input[type="checkbox"][value="${sudani.id}"]`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.event-list [data-event-id]').length === n,
    his.length,
  );
  return his;
}

test('CSV of the filtered view: one row per mention, each citing its source sentence', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const t = await servedData(page);
  const his = await filterSudani(page, t);
  const bytes = await exported(page, 'جدول CSV مع المصادر');
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [head, ...rows] = parseCsv(text.slice(1));
  expect(head).toEqual([
    'التاريخ',
    'الدقة',
    'النوع',
    'الفاعلون',
    'الملخص',
    'المصدر',
    'عنوان المقال',
    'الرابط',
    'الفقرة',
    'الجملة المقتبسة',
  ]);
  const mentions = t.events
    .filter((e) => his.includes(e.id))
    .flatMap((e) => e.mentions.map((m) => ({ e, m })));
  expect(rows).toHaveLength(mentions.length);
  for (const row of rows) {
    const [value, , , actors, summary, outlet, title, url, paragraph, sentence] = row;
    const hit = mentions.find(({ e, m }) => {
      const a = t.articles.find((x) => x.id === m.articleId)!;
      const p = a.paragraphs.find((x) => x.index === m.paragraph)!;
      return (
        e.date.value === value &&
        e.summary.ar === summary &&
        String(m.paragraph) === paragraph &&
        p.text.slice(m.sentence.start, m.sentence.end) === sentence &&
        (a.outlet ?? '') === outlet &&
        a.title === title &&
        (a.url ?? '') === url
      );
    });
    expect(hit, row.join(' | ')).toBeDefined();
    expect(actors).toContain('محمد شياع السوداني');
  }
});

test('JSON of the filtered view is the contract, and loads on its own', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const t = await servedData(page);
  const his = await filterSudani(page, t);
  const view = timelineSchema.parse(
    JSON.parse((await exported(page, 'ملف JSON بصيغة البيانات')).toString('utf8')),
  );
  expect(sorted(view.events.map((e) => e.id))).toEqual(sorted(his));
  expect(integrityProblems(view)).toEqual([]);
  expect(view.title).toEqual(t.title);
  expect(sorted(await listedIds(page))).toEqual(sorted(his));
});

test('SVG and PNG of the timeline: non-empty, with the marks drawn', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  await page.waitForSelector('.tl-svg [data-id]');
  const onScreen = await page.locator('.tl-svg [data-primary="true"]').count();
  const svg = (await exported(page, 'صورة الخط الزمني (SVG)')).toString('utf8');
  expect(svg).toContain('<svg');
  const marks = svg.match(/data-primary="true"/g) ?? [];
  expect(marks.length).toBe(onScreen);
  expect(svg).toContain('الجانب الأميركي'); // the lane names
  // A standalone file: the colours are in it, not in a stylesheet.
  expect(svg).toMatch(/class="tl-mark[^"]*"[^>]*style="fill:/);

  const png = await exported(page, 'صورة الخط الزمني (PNG)');
  mkdirSync('test-results/screenshots', { recursive: true });
  writeFileSync('test-results/screenshots/export-timeline.png', png);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(200);
  // The marks are there: strongly coloured pixels, drawn by the lanes' colours.
  const coloured = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.max(d[i]!, d[i + 1]!, d[i + 2]!) - Math.min(d[i]!, d[i + 1]!, d[i + 2]!) > 90) n++;
    return n;
  }, png.toString('base64'));
  expect(coloured).toBeGreaterThan(1000);
});

test('print: the controls go, the timeline and the whole list stay', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  await page.emulateMedia({ media: 'print' });
  const shown = (sel: string) =>
    page.$eval(
      sel,
      (e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0,
    );
  expect(await shown('.tl-svg')).toBe(true);
  expect(await shown('.event-list')).toBe(true);
  expect(await shown('.filters')).toBe(false);
  expect(await shown('.collection-bar')).toBe(false);
  expect(await shown('.export-menu')).toBe(false);
  const overflow = await page.$eval('.list-scroll', (e) => e.scrollHeight - e.clientHeight);
  expect(overflow).toBeLessThanOrEqual(1);
});
