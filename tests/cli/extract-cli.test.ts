// The extract command as a user runs it, on temp folders: bad articles are reported one
// line each and skipped while the good ones come out; the write is atomic and repeatable.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleFolder, readTimeline, runExtract, seedIds, tempRoot, windows1256 } from './helpers';
import { readHeader } from '../../src/model/companion';
import { timelineSchema } from '../../src/model/schema';
import { openCompanion } from '../../src/model/store';

let root = '';
let remove = () => {};
beforeAll(() => {
  ({ root, remove } = tempRoot('extract-cli-'));
});
afterAll(() => remove());

const run = (...args: string[]) => runExtract(join(root, 'cache'), args);
const folder = (name: string, withSeeds = true) => articleFolder(root, name, withSeeds);

const arabicArticle =
  'الحكومة العراقية تبحث مع واشنطن مستقبل التحالف\n' +
  'أعلن رئيس الوزراء العراقي، أمس الأحد، بدء جولة جديدة من الحوار مع الولايات المتحدة في بغداد.\n';

describe('bad articles', () => {
  // Each bad article, and the sidecar field its message must name.
  const bad: Record<string, { write: (dir: string) => void; field?: string }> = {
    'empty-file': { write: (d) => writeFileSync(join(d, 'empty-file.txt'), '') },
    'png-bytes': {
      write: (d) =>
        writeFileSync(
          join(d, 'png-bytes.txt'),
          Buffer.concat([
            Buffer.from(
              '89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61',
              'hex',
            ),
            Buffer.alloc(256, 0),
          ]),
        ),
    },
    'cp1256-bytes': {
      write: (d) => writeFileSync(join(d, 'cp1256-bytes.txt'), windows1256(arabicArticle)),
    },
    'english-only': {
      write: (d) =>
        writeFileSync(
          join(d, 'english-only.txt'),
          'US and Iraq hold security talks\nThe talks began on Monday, July 22, 2024, in Washington.\n',
        ),
    },
    'sidecar-json': {
      write: (d) => {
        writeFileSync(join(d, 'sidecar-json.txt'), arabicArticle);
        writeFileSync(join(d, 'sidecar-json.meta.json'), '{"published": "2024-07-22",');
      },
    },
    'sidecar-date': {
      field: 'published',
      write: (d) => {
        writeFileSync(join(d, 'sidecar-date.txt'), arabicArticle);
        writeFileSync(join(d, 'sidecar-date.meta.json'), '{"published": "2024-02-30"}');
      },
    },
    'sidecar-type': {
      field: 'outlet',
      write: (d) => {
        writeFileSync(join(d, 'sidecar-type.txt'), arabicArticle);
        writeFileSync(
          join(d, 'sidecar-type.meta.json'),
          '{"published": "2024-07-22", "outlet": 42}',
        );
      },
    },
  };

  let result: ReturnType<typeof run>;
  let out = '';
  beforeAll(() => {
    const dir = folder('bad');
    for (const b of Object.values(bad)) b.write(dir);
    out = join(root, 'bad-out', 'timeline.json');
    result = run('--input', dir, '--output', out);
  }, 180_000);

  test('exit 1, and the good articles still come out', () => {
    expect(result.status, result.stderr).toBe(1);
    expect(
      readTimeline(out)
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(seedIds);
  });

  test.each(Object.entries(bad))('%s: one stderr line names the file', (name, b) => {
    const mine = result.lines.filter((l) => l.includes(name));
    expect(mine, result.stderr).toHaveLength(1);
    if (b.field) expect(mine[0]).toContain(b.field);
  });

  test('no stack traces on stderr', () => {
    expect(result.lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
  });
});

describe('inputs the contract accepts', () => {
  test('a 5 MB article is read whole and comes out right', () => {
    const dir = folder('big', false);
    // three reports, each repeated on many lines: each must come out as one event with a
    // mention on every line that carries it (linking is linear, so this is quick)
    const reports = [
      [
        'أعلنت وزارة الدفاع الأميركية في 2 فبراير/ شباط 2024 تنفيذ ضربات على مواقع في العراق وسوريا.',
        '2024-02-02',
      ],
      [
        'وقال رئيس الوزراء العراقي إن الحوار مع واشنطن سيستأنف الأسبوع المقبل في بغداد.',
        '2024-W07',
      ],
      ['وتعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة مساء أمس، بحسب مصدر أمني.', '2024-02-04'],
    ] as const;
    const lines = ['مقال طويل عن العلاقات العراقية الأميركية'];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const line = `${reports[i % reports.length]![0]} (${i})`;
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    writeFileSync(join(dir, 'big-article.txt'), lines.join('\n'));
    writeFileSync(join(dir, 'big-article.meta.json'), '{"published": "2024-02-05"}');
    const out = join(root, 'big-out.json');
    const r = run('--input', dir, '--output', out);
    expect(r.status, r.stderr).toBe(0);
    const t = readTimeline(out);
    const article = t.articles.find((a) => a.id === 'big-article');
    expect(article?.paragraphs.map((p) => p.text)).toEqual(lines);
    reports.forEach(([, value], k) => {
      const carrying = lines.flatMap((_, p) =>
        p > 0 && (p - 1) % reports.length === k ? [p] : [],
      );
      const event = t.events.find((e) => e.date.value === value);
      expect(event?.mentions.map((m) => m.paragraph).sort((a, b) => a - b)).toEqual(carrying);
    });
  }, 330_000);

  test('BOM, \\r\\n, blank lines and padding: paragraphs per the contract, sidecar fields kept', () => {
    const dir = folder('bom', false);
    writeFileSync(
      join(dir, 'bom-crlf.txt'),
      '\ufeffعنوان الخبر\r\n\r\n  الفقرة الأولى، أمس الأحد.  \r\n\r\nالفقرة الثانية\r\n',
    );
    writeFileSync(
      join(dir, 'bom-crlf.meta.json'),
      '{"published": "2024-07-22", "outlet": "رووداو", "url": "https://example.org/a", "language": "ar"}',
    );
    // Not articles: another extension, and a .txt inside a sub-folder (the read is not recursive).
    writeFileSync(join(dir, 'notes.md'), 'ملاحظات');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'nested.txt'), arabicArticle);
    const out = join(root, 'bom-out.json');
    const r = run('--input', dir, '--output', out);
    expect(r.status, r.stderr).toBe(0);
    const t = readTimeline(out);
    expect(t.articles.map((a) => a.id)).toEqual(['bom-crlf']);
    const [a] = t.articles;
    expect(a?.paragraphs).toEqual([
      { index: 0, text: 'عنوان الخبر' },
      { index: 1, text: 'الفقرة الأولى، أمس الأحد.' },
      { index: 2, text: 'الفقرة الثانية' },
    ]);
    expect(a?.title).toBe('عنوان الخبر');
    expect([a?.published, a?.publishedSource, a?.outlet, a?.url]).toEqual([
      '2024-07-22',
      'sidecar',
      'رووداو',
      'https://example.org/a',
    ]);
  }, 180_000);
});

describe('writing the output', () => {
  test('exit 0 and byte-identical output on two runs', () => {
    const dir = folder('twice');
    const a = join(root, 'twice-a.json');
    const b = join(root, 'twice-b.json');
    const first = run('--input', dir, '--output', a);
    const second = run('--input', dir, '--output', b);
    expect([first.status, second.status], first.stderr + second.stderr).toEqual([0, 0]);
    expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
  }, 180_000);

  test('--output into a folder that does not exist yet, leaving no temp file beside it', () => {
    const dir = folder('fresh');
    const outDir = join(root, 'fresh-out', 'deeper');
    const r = run('--input', dir, '--output', join(outDir, 'timeline.json'));
    expect(r.status, r.stderr).toBe(0);
    // The JSON and its companion (model/companion.ts), no temp file.
    expect(readdirSync(outDir).sort()).toEqual(['timeline.bin', 'timeline.json']);
    expect(
      readTimeline(join(outDir, 'timeline.json'))
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(seedIds);
  }, 180_000);

  test('the companion beside the JSON reads back to the same timeline, tied to that JSON', () => {
    const dir = folder('companion');
    const out = join(root, 'companion-out', 'timeline.json');
    const r = run('--input', dir, '--output', out);
    expect(r.status, r.stderr).toBe(0);
    const json = readFileSync(out);
    const bin = readFileSync(join(root, 'companion-out', 'timeline.bin'));
    const buffer = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
    const timeline = timelineSchema.parse(JSON.parse(json.toString('utf8')));
    expect(timeline.events.length).toBeGreaterThan(0);
    // Read back as the page reads it, and held to the same schema as the JSON.
    expect(timelineSchema.parse(openCompanion(buffer).toTimeline())).toEqual(timeline);
    // Key order included: the same object the JSON gives through the schema.
    expect(JSON.stringify(openCompanion(buffer).toTimeline())).toBe(JSON.stringify(timeline));
    expect(readHeader(new Uint8Array(buffer)).jsonBytes).toBe(json.length);
  }, 60_000);

  test('a failed run leaves the previous output untouched', () => {
    const outDir = join(root, 'kept');
    mkdirSync(outDir);
    const out = join(outDir, 'timeline.json');
    writeFileSync(out, 'previous output');
    const missing = join(root, 'no-such-folder');
    expect(existsSync(missing)).toBe(false);
    const r = run('--input', missing, '--output', out);
    expect(r.status).not.toBe(0);
    expect(
      r.lines.some((l) => l.includes('no-such-folder')),
      r.stderr,
    ).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('previous output');
    expect(readdirSync(outDir)).toEqual(['timeline.json']);
  }, 180_000);
});
