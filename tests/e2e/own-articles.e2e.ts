// A user's own articles in the browser, in real Chromium: pasted, dropped or chosen; linked with
// the loaded ones; kept over a reload; removed; a bad file named; a timeline file from disk.
// The articles are sentences written for these tests.
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

const BEIRUT = [
  'الحكومة اللبنانية تقر خطة للكهرباء',
  'أقرت الحكومة اللبنانية في جلستها في بيروت يوم 3 شباط 2025 خطة جديدة لقطاع الكهرباء.',
].join('\n');
const TUNIS = [
  'تونس توقع اتفاقا مع الاتحاد الأوروبي',
  'وقعت تونس والاتحاد الأوروبي في 16 تموز 2023 مذكرة تفاهم بشأن الهجرة والطاقة.',
].join('\n');
const BAGHDAD = [
  'وفد عراقي في واشنطن',
  'بدأ وفد عراقي برئاسة وزير الخارجية محادثات في واشنطن يوم 22 تموز 2024 بشأن مستقبل التحالف الدولي.',
].join('\n');

const listText = (page: Page) => page.textContent('.event-list');

async function openDialog(page: Page) {
  await page.getByRole('button', { name: /أضف مقالاتك/ }).click();
  await page.waitForSelector('dialog[open]');
}

/** Until the worker has linked the added articles and the list shows `text`. */
async function listed(page: Page, text: string) {
  await page.waitForFunction(
    (t) => document.querySelector('.event-list')?.textContent?.includes(t),
    text,
    { timeout: 60_000 },
  );
}

async function paste(page: Page, text: string, published: string, outlet = '') {
  const dialog = page.locator('dialog[open]');
  await dialog.getByLabel(/نص المقال/).fill(text);
  await dialog.getByLabel('تاريخ النشر').fill(published);
  if (outlet) await dialog.getByLabel('المصدر').fill(outlet);
  await dialog.getByRole('button', { name: 'أضف المقال' }).click();
}

/** Drops files on the dialog's drop zone as a user's drag from the desktop would. */
async function drop(page: Page, files: { name: string; text: string | number[] }[]) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(
        new File([typeof f.text === 'string' ? f.text : new Uint8Array(f.text)], f.name),
      );
    const zone = document.querySelector('dialog[open] .drop-zone')!;
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
  }, files);
}

test('a pasted article: its events appear, linked with the loaded ones, and are there after a reload', async () => {
  const { page, errors } = await openPage(browser);
  await waitForEvents(page);
  const seeds = await servedData(page);
  const july22 = seeds.events.find((e) => e.date.value === '2024-07-22')!;
  await openDialog(page);
  await paste(page, BEIRUT, '2025-02-04', 'جريدة الساحل');
  await paste(page, BAGHDAD, '2024-07-23');
  await listed(page, 'خطة جديدة لقطاع الكهرباء');
  const dialog = page.locator('dialog[open]');
  expect(await dialog.locator('.import-list li').count()).toBe(2);
  expect(await dialog.locator('.import-list').textContent()).toContain('جريدة الساحل');
  await page.keyboard.press('Escape');

  // The Baghdad article reports the seeds' talks of 22 July 2024: one event, two sources.
  await page.waitForFunction(
    (id) => document.querySelector(`.event-list [data-event-id="${id}"]`) !== null,
    july22.id,
  );
  await page.click(`.event-list [data-event-id="${july22.id}"]`);
  await page.waitForSelector('.details .corroboration');
  expect(await page.textContent('.details .corroboration')).toBe('ورد في مصدرين');
  expect(await page.locator('.details .source-group').count()).toBe(2);

  await page.reload();
  await waitForEvents(page);
  await listed(page, 'خطة جديدة لقطاع الكهرباء');
  expect(await page.locator('.collection-bar .badge').textContent()).toBe('2');
  expect(errors).toEqual([]);
});

test('two dropped files (one with its sidecar) are added; a bad one is named and costs nothing', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  await openDialog(page);
  await drop(page, [
    { name: 'beirut.txt', text: BEIRUT },
    { name: 'beirut.meta.json', text: '{"published": "2025-02-04", "outlet": "جريدة الساحل"}' },
    { name: 'tunis.txt', text: TUNIS },
  ]);
  await listed(page, 'مذكرة تفاهم بشأن الهجرة');
  await listed(page, 'خطة جديدة لقطاع الكهرباء');
  const items = page.locator('dialog[open] .import-list li');
  expect(await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-article-id')))).toEqual(
    ['beirut', 'tunis'],
  );
  expect(await items.first().textContent()).toContain('جريدة الساحل');

  await drop(page, [
    { name: 'bad.txt', text: [0x62, 0, 0x61, 0x64] },
    { name: 'old.txt', text: [0xd8, 0xa7, 0xff, 0xfe, 0x41] },
    { name: 'x.meta.json', text: '{' },
  ]);
  const alert = page.locator('dialog[open] .import-problems');
  await alert.waitFor();
  expect(await alert.locator('li').allTextContents()).toEqual([
    'bad.txt: binary file (contains NUL bytes), not a text article',
    'old.txt: not valid UTF-8 (save the article as UTF-8)',
    'x.meta.json: sidecar without its x.txt',
  ]);
  expect(await items.count()).toBe(2);
  await listed(page, 'مذكرة تفاهم بشأن الهجرة');
});

test('removing an article takes its events away, for good', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const before = (await servedData(page)).events.length;
  await openDialog(page);
  await paste(page, TUNIS, '2023-07-17');
  await listed(page, 'مذكرة تفاهم بشأن الهجرة');
  await page
    .locator('dialog[open] .import-list li')
    .getByRole('button', { name: /احذف المقال/ })
    .click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.event-list [data-event-id]').length === n,
    before,
  );
  expect(await listText(page)).not.toContain('مذكرة تفاهم بشأن الهجرة');
  expect(await page.locator('dialog[open] .import-list li').count()).toBe(0);
  await page.reload();
  await waitForEvents(page);
  expect(await page.locator('.event-list [data-event-id]').count()).toBe(before);
  expect(await page.locator('.collection-bar .badge').count()).toBe(0);
});

test('a timeline file made by the CLI opens from disk, with its own title', async () => {
  const { page } = await openPage(browser);
  await waitForEvents(page);
  const seeds = await servedData(page);
  const mine: Timeline = {
    ...seeds,
    title: { ar: 'أخباري', en: 'My news' },
    events: seeds.events.slice(0, 3),
  };
  await page.setInputFiles('.collection-bar input[type="file"]', {
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mine)),
  });
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'أخباري');
  expect(await page.locator('.event-list [data-event-id]').count()).toBe(3);
  expect(await page.textContent('.collection-bar')).toContain('mine.json');

  // A file that is not a timeline is named, and the one shown stays.
  await page.setInputFiles('.collection-bar input[type="file"]', {
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 1, "events": 3}'),
  });
  const alert = page.locator('.collection-bar [role="alert"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('notes.json');
  expect(await page.locator('.event-list [data-event-id]').count()).toBe(3);
});

test('with no data file on the site, own articles still make a timeline', async () => {
  const { page } = await openPage(browser, '/?data=data/none.json');
  await page.getByRole('alert').waitFor();
  await openDialog(page);
  await paste(page, TUNIS, '2023-07-17');
  await listed(page, 'مذكرة تفاهم بشأن الهجرة');
  expect(await page.textContent('h1')).toBe('الخط الزمني للأخبار');
  await page.goto(new URL('/', baseUrl()).href);
});
