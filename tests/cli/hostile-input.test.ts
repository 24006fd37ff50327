// Issue 13, parts 1–3, as a user meets them: odd articles cost only themselves, inputs that
// hang or exhaust a reader are named and skipped, and what used to come out wrong without a
// word comes out right or is named. Each run is bounded (see helpers.ts) so a hang fails.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { integrityProblems, type Timeline } from '../../src/model';
import {
  articleFolder,
  noStackTraces,
  readTimeline,
  runExtract,
  seedIds,
  tempRoot,
  windows1256,
  type RunResult,
} from './helpers';

let root = '';
let remove = () => {};
beforeAll(() => {
  ({ root, remove } = tempRoot('extract-hostile-'));
});
afterAll(() => remove());

const run = (...args: string[]) => runExtract(join(root, 'cache'), args);
const write = (dir: string, name: string, text: string | Uint8Array) =>
  writeFileSync(join(dir, name), text);
const sidecar = (dir: string, id: string, meta: object) =>
  write(dir, `${id}.meta.json`, JSON.stringify(meta));
const linesAbout = (r: RunResult, name: string) => r.lines.filter((l) => l.includes(name));
const mentionsOf = (t: Timeline, articleId: string) =>
  t.events.flatMap((e) => e.mentions.filter((m) => m.articleId === articleId));
const undatedOf = (t: Timeline, articleId: string) =>
  t.undated.filter((u) => u.articleId === articleId);

describe('part 1: one odd article costs only itself', () => {
  let r: RunResult;
  let t: Timeline;
  beforeAll(() => {
    const dir = articleFolder(root, 'part1');
    // dates past the contract's last year
    write(
      dir,
      'far-future.txt',
      'عنوان\nقال المتحدث إن الوفد يصل غدا إلى بغداد، وإن الاتفاق يوقع في العام المقبل بعد مفاوضات طويلة.\n',
    );
    sidecar(dir, 'far-future', { published: '9999-12-31' });
    // no id at all
    write(dir, '.txt', 'عنوان\nوصل الوفد العراقي إلى واشنطن أمس.\n');
    // «İ» lowercases to two chars
    write(
      dir,
      'dotted-i.txt',
      'عنوان\nزار وفد من İstanbul وİzmir بغداد في 3 مارس 2024 لبحث التعاون الأمني.\n',
    );
    sidecar(dir, 'dotted-i', { published: '2024-03-05' });
    // people whose names have no ASCII form, one with a space and one with a tab
    write(
      dir,
      'greek-1.txt',
      'عنوان\nوقال عضو البرلمان العراقي، Ωμέγα Δέλτα، في 3 مارس 2024 إن القرار نهائي.\n',
    );
    write(
      dir,
      'greek-2.txt',
      'عنوان\nوقال عضو البرلمان العراقي، Ψαλμός\tΚάππα، في 3 مارس 2024 إن القرار نهائي.\n',
    );
    sidecar(dir, 'greek-1', { published: '2024-03-05' });
    sidecar(dir, 'greek-2', { published: '2024-03-05' });
    // two article ids with one 32-bit FNV hash, and two statements of one day whose dates
    // stand at the same offset: their events' ids collided
    const statements = {
      a651y: 'قال المتحدث في 3 مارس 2024 إنه سيعود إلى البصرة.',
      a1c544: 'قال الوزيرة في 3 مارس 2024 إن المصنع سيغلق أبوابه.',
    };
    for (const [id, text] of Object.entries(statements)) {
      write(dir, `${id}.txt`, `عنوان\n${text}\n`);
      sidecar(dir, id, { published: '2024-03-05' });
    }
    // 126,000 dated mentions in one article (spreads of them overflowed the stack)
    write(dir, 'many-dates.txt', `عنوان\n${'في 2024 '.repeat(126_000)}\n`);
    sidecar(dir, 'many-dates', { published: '2024-07-22' });
    const out = join(root, 'part1.json');
    r = run('--input', dir, '--output', out);
    t = readTimeline(out);
  }, 300_000);

  test('the run writes every good article, and names the one it cannot read', () => {
    expect(r.status, r.stderr).toBe(1);
    expect(t.articles.map((a) => a.id).sort()).toEqual(
      [
        ...seedIds,
        'a1c544',
        'a651y',
        'dotted-i',
        'far-future',
        'greek-1',
        'greek-2',
        'many-dates',
      ].sort(),
    );
    expect(integrityProblems(t)).toEqual([]);
    expect(linesAbout(r, '/.txt')).toEqual([expect.stringContaining('no article id')]);
    expect(noStackTraces(r)).toEqual([]);
  });

  test('9999-12-31 with «غدا» and «العام المقبل»: those two are undated, with the reason', () => {
    expect(undatedOf(t, 'far-future').map((u) => [u.timex.text, u.reason])).toEqual([
      ['غدا', expect.stringMatching(/0000–9999/)],
      ['في العام المقبل', expect.stringMatching(/0000–9999/)],
    ]);
  });

  test('two «İ» in a paragraph: offsets still slice to the date', () => {
    const [m] = mentionsOf(t, 'dotted-i');
    const text = t.articles.find((a) => a.id === 'dotted-i')!.paragraphs[1]!.text;
    expect(text.slice(m!.timex.start, m!.timex.end)).toBe('في 3 مارس 2024');
    expect(m!.sentence).toEqual({ start: 0, end: text.length });
  });

  test('a role followed by words with no Arabic name introduces nobody; the articles come out', () => {
    // names that transliterate to nothing once gave every such person the id «-»; a name is now
    // made of name words (names.json), so these are no people at all (ids: tests/extract/actors)
    expect(t.actors.filter((a) => /[ΑΩΨ]/.test(a.name.ar))).toEqual([]);
    expect(t.actors.every((a) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.id))).toBe(true);
    for (const id of ['greek-1', 'greek-2'])
      expect(t.events.some((e) => e.mentions.some((m) => m.articleId === id))).toBe(true);
  });

  test('article ids whose hashes collide: two events, two ids', () => {
    const events = t.events.filter((e) =>
      e.mentions.some((m) => m.articleId === 'a651y' || m.articleId === 'a1c544'),
    );
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });

  test('126,000 dated mentions in one article all come out', () => {
    const mentions = mentionsOf(t, 'many-dates');
    expect(mentions).toHaveLength(126_000);
    expect(mentions.every((m) => m.timex.text === 'في 2024' && m.timex.value === '2024')).toBe(
      true,
    );
  });
});

describe('part 2: inputs that would hang or exhaust a reader', () => {
  let dir = '';
  beforeAll(() => {
    dir = articleFolder(root, 'part2');
    const outside = join(root, 'outside');
    mkdirSync(outside);
    write(outside, 'elsewhere.txt', 'عنوان\nوصل الوفد العراقي إلى واشنطن في 3 مارس 2024.\n');
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    symlinkSync(join(outside, 'elsewhere.txt'), join(dir, 'outside.txt'));
    symlinkSync(`${seedIds[0]}.txt`, join(dir, 'inside.txt'));
    symlinkSync(join(root, 'nowhere.txt'), join(dir, 'broken.txt'));
    mkdirSync(join(dir, 'a-folder.txt'));
    write(dir, 'too-big.txt', `عنوان\n${'وصل الوفد العراقي إلى واشنطن. '.repeat(60_000)}`); // 3.3 MB
  });

  const reasons = {
    'zero.txt': 'a symbolic link out of the input folder (to /dev/zero)',
    'fifo.txt': 'a FIFO (named pipe), not a regular file',
    'outside.txt': 'not followed (--follow-symlinks reads it)',
    'broken.txt': 'broken link',
    'a-folder.txt': 'a folder, not a regular file',
    'too-big.txt': 'over the limit of 2.0 MB; not read (--max-article-mb changes it)',
  };

  test('regular files only, a size limit, no link out of the folder: each named, the rest written', () => {
    const out = join(root, 'part2.json');
    const r = run('--input', dir, '--output', out, '--max-article-mb', '2');
    expect(r.status, r.stderr).toBe(1);
    for (const [name, why] of Object.entries(reasons))
      expect(linesAbout(r, `/${name}`), r.stderr).toEqual([expect.stringContaining(why)]);
    // a link within the folder is followed: it is an article of its own
    expect(
      readTimeline(out)
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual([...seedIds, 'inside'].sort());
    expect(noStackTraces(r)).toEqual([]);
  }, 300_000);

  test('--follow-symlinks reads a link out of the folder, but still no device', () => {
    const out = join(root, 'part2-follow.json');
    const r = run('--input', dir, '--output', out, '--follow-symlinks');
    expect(r.status, r.stderr).toBe(1);
    expect(linesAbout(r, '/zero.txt')).toEqual([
      expect.stringContaining('a character device, not a regular file'),
    ]);
    expect(linesAbout(r, '/outside.txt')).toEqual([]);
    expect(readTimeline(out).articles.map((a) => a.id)).toContain('outside');
  }, 300_000);
});

describe('part 2: inputs that were quadratic finish and come out right', () => {
  // Each is read in one run; the run's bound (helpers.ts) is what a machine five times
  // slower than this one needs. How fast they go is the benchmark's business.
  const published = '2024-07-22';
  const cases = {
    // one 2 MB paragraph without a full stop, a date in every clause
    unpunctuated:
      'وقال الوزير إن الوفد العراقي وصل إلى واشنطن في 3 مارس 2024 لبحث الاتفاق الأمني مع الجانب الأميركي '.repeat(
        11_800,
      ),
    'question-marks': `هل وصل الوفد العراقي إلى واشنطن أمس بعد تأخير طويل${'؟'.repeat(200_000)}`,
    dots: `وصل الوفد العراقي إلى واشنطن أمس بعد تأخير طويل${'.'.repeat(200_000)}`,
    'said-iraq-today': 'قال العراق اليوم، '.repeat(10_000),
    yesterday: 'أمس '.repeat(45_000),
  };
  let t: Timeline;
  let r: RunResult;
  beforeAll(() => {
    const dir = articleFolder(root, 'linear', false);
    for (const [id, paragraph] of Object.entries(cases)) {
      write(dir, `${id}.txt`, `عنوان\n${paragraph}\n`);
      sidecar(dir, id, { published });
    }
    const out = join(root, 'linear.json');
    r = run('--input', dir, '--output', out);
    t = readTimeline(out);
  }, 300_000);

  test('all of them come out', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(t.articles.map((a) => a.id).sort()).toEqual(Object.keys(cases).sort());
    expect(integrityProblems(t)).toEqual([]);
  });

  test('the 2 MB paragraph: every clause is a mention of 3 March 2024', () => {
    const mentions = mentionsOf(t, 'unpunctuated');
    expect(mentions).toHaveLength(11_800);
    expect(new Set(mentions.map((m) => m.timex.value))).toEqual(new Set(['2024-03-03']));
  });

  test.each(['question-marks', 'dots'])('%s: one sentence, its run of marks at the end', (id) => {
    const [m, ...rest] = mentionsOf(t, id);
    const text = t.articles.find((a) => a.id === id)!.paragraphs[1]!.text;
    expect(rest).toEqual([]);
    expect(m?.timex).toMatchObject({ text: 'أمس', value: '2024-07-21' });
    expect(m?.sentence).toEqual({ start: 0, end: text.length });
  });

  test('«قال العراق اليوم، » 10,000 times: 10,000 mentions of the day, each with Iraq', () => {
    const mentions = mentionsOf(t, 'said-iraq-today');
    expect(mentions).toHaveLength(10_000);
    expect(
      mentions.every((m) => m.timex.value === published && m.actors.some((a) => a.id === 'iraq')),
    ).toBe(true);
  });

  test('«أمس» 45,000 times: 45,000 mentions of the day before', () => {
    const mentions = mentionsOf(t, 'yesterday');
    expect(mentions).toHaveLength(45_000);
    expect(mentions.every((m) => m.timex.text === 'أمس' && m.timex.value === '2024-07-21')).toBe(
      true,
    );
  });
});

describe('part 3: what came out wrong without a word', () => {
  let r: RunResult;
  let t: Timeline;
  beforeAll(() => {
    const dir = articleFolder(root, 'part3');
    const said = 'عنوان\nقال المتحدث باسم الحكومة اليوم إن الوفد وصل إلى بغداد.\n';
    write(dir, 'null-date.txt', said);
    sidecar(dir, 'null-date', { published: '0001-01-01' });
    write(dir, 'bom-sidecar.txt', said);
    write(dir, 'bom-sidecar.meta.json', '\ufeff{"published": "2024-07-22", "outlet": "المدى"}');
    write(dir, 'cp1256-sidecar.txt', said);
    write(
      dir,
      'cp1256-sidecar.meta.json',
      windows1256('{"published": "2024-07-22", "outlet": "الشرق الأوسط"}'),
    );
    write(dir, 'UPPER.TXT', said);
    write(dir, 'utf16-bom.txt', Buffer.from(`\ufeff${said}`, 'utf16le'));
    write(dir, 'utf16-bare.txt', Buffer.from(said, 'utf16le'));
    const out = join(root, 'part3.json');
    r = run('--input', dir, '--output', out);
    t = readTimeline(out);
  }, 300_000);

  test('published 0001-01-01 dates «اليوم» to that day, not 1901', () => {
    expect(mentionsOf(t, 'null-date').map((m) => m.timex.value)).toEqual(['0001-01-01']);
  });

  test('a sidecar with a BOM is read', () => {
    expect(t.articles.find((a) => a.id === 'bom-sidecar')).toMatchObject({
      published: '2024-07-22',
      outlet: 'المدى',
    });
    expect(linesAbout(r, 'bom-sidecar')).toEqual([]);
  });

  test('a Windows-1256 sidecar is refused, by name, not read as mojibake', () => {
    expect(linesAbout(r, 'cp1256-sidecar')).toEqual([
      expect.stringMatching(/cp1256-sidecar\.meta\.json: .*Windows-1256/),
    ]);
    expect(t.articles.map((a) => a.id)).not.toContain('cp1256-sidecar');
  });

  test('NAME.TXT is named, with the name to give it', () => {
    expect(linesAbout(r, 'UPPER.TXT')).toEqual([expect.stringContaining('rename it UPPER.txt')]);
  });

  test('UTF-16, with a BOM or without, is called UTF-16 (and refused: the contract reads UTF-8)', () => {
    expect(linesAbout(r, 'utf16-bom.txt')).toEqual([
      expect.stringMatching(/UTF-16 .*with a byte-order mark/),
    ]);
    expect(linesAbout(r, 'utf16-bare.txt')).toEqual([
      expect.stringMatching(/UTF-16 .*no byte-order mark/),
    ]);
  });

  test('the run says which were skipped, and writes the rest', () => {
    expect(r.status, r.stderr).toBe(1);
    expect(t.articles.map((a) => a.id).sort()).toEqual(
      [...seedIds, 'bom-sidecar', 'null-date'].sort(),
    );
    expect(noStackTraces(r)).toEqual([]);
  });
});

describe('part 3: outputs and folders that cannot be used', () => {
  test('--output under a file: one clear line, exit 2, nothing written', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    const r = run('--output', join(file, 'sub', 'timeline.json'));
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([
      `nothing written: ${join(file, 'sub', 'timeline.json')}: cannot be written: ${file} is a file, not a folder`,
    ]);
  });

  test('--output that is a folder: one clear line', () => {
    const r = run('--output', root);
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([expect.stringContaining('is a folder; --output takes a file path')]);
  });

  test('an unreadable input folder: one clear line, the previous output kept', () => {
    // root reads any folder: the run drops to nobody for this one
    const asRoot = process.getuid?.() === 0;
    const base = join(root, 'locked-case');
    const locked = articleFolder(base, 'locked');
    const outDir = join(base, 'out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'timeline.json'), 'previous');
    chmodSync(root, 0o755);
    chmodSync(base, 0o755);
    chmodSync(outDir, 0o777);
    chmodSync(locked, 0o000);
    const r = runExtract(
      join(root, 'cache'),
      ['--no-cache', '--input', locked, '--output', join(outDir, 'timeline.json')],
      asRoot ? { uid: 65534, gid: 65534 } : {},
    );
    chmodSync(locked, 0o755);
    expect(r.lines).toEqual([
      `nothing written: ${locked}: input folder is not readable (permission denied)`,
    ]);
    expect(r.status).toBe(1);
    expect(readdirSync(outDir)).toEqual(['timeline.json']);
  });

  test('temporary files that a killed run left beside the output are removed; a live run’s stay', () => {
    const outDir = join(root, 'stale');
    mkdirSync(outDir);
    const dead = join(outDir, 'timeline.json.999999999.tmp'); // above any pid_max
    const deadCompanion = join(outDir, 'timeline.bin.999999999.tmp');
    const live = join(outDir, `timeline.json.${process.pid}.tmp`);
    const other = join(outDir, 'timeline.json.draft');
    for (const f of [dead, deadCompanion, live, other]) writeFileSync(f, 'half a timeline');
    const r = run('--output', join(outDir, 'timeline.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(deadCompanion)).toBe(false);
    // The JSON and its companion (timeline.bin) are written; the others are not ours to remove.
    expect(readdirSync(outDir).sort()).toEqual(
      [
        'timeline.bin',
        'timeline.json',
        'timeline.json.draft',
        `timeline.json.${process.pid}.tmp`,
      ].sort(),
    );
    // A whole CLI run: a limit that a busy machine still meets, as for the other runs here.
  }, 60_000);
});
