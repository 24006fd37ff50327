// The companion file (docs/data-contract.md): the same timeline as the JSON, read back exactly,
// and held to the same schema: whatever damage reading lets through still passes the schema.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { integrityProblems, timelineSchema, type Timeline } from '../../src/model';
import {
  isUtf8,
  CompanionError,
  encodeCompanion,
  MAX_HEADER_BYTES,
  readHeader,
} from '../../src/model/companion';
import { storeProblems, strictBody, strictHead } from '../../src/model/companionCheck';
import { openCompanion, storeOf, TimelineStore } from '../../src/model/store';
import { generateTimeline } from '../../src/synthetic';
import { fixtureTimeline } from '../fixtures/timeline';
import { smallTimeline } from '../timeline/fixtures';

const small = (): Timeline =>
  timelineSchema.parse(JSON.parse(readFileSync('tests/timeline/fixtures/small.json', 'utf8')));

const cases: [string, () => Timeline][] = [
  ['the component fixture', () => timelineSchema.parse(fixtureTimeline)],
  ['the small timeline', () => smallTimeline],
  ['small.json', small],
  ['a generated timeline', () => timelineSchema.parse(generateTimeline({ events: 600, seed: 7 }))],
];

/** The loading worker's way: header, strict head, strict body, a store over them. */
function strictOpen(bytes: Uint8Array<ArrayBuffer>): TimelineStore {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const header = readHeader(
    new Uint8Array(buffer, 0, Math.min(buffer.byteLength, MAX_HEADER_BYTES)),
  );
  if (header.totalBytes !== buffer.byteLength) throw new CompanionError('truncated');
  const head = strictHead(buffer, header);
  strictBody(buffer, header, head, 0);
  const store = new TimelineStore(header, head);
  store.attachBody(buffer, 0);
  return store;
}

describe.each(cases)('%s', (_, make) => {
  test('reads back as the schema gives it, key order included', () => {
    const t = make();
    const back = strictOpen(encodeCompanion(t)).toTimeline();
    expect(back).toEqual(timelineSchema.parse(t));
    expect(JSON.stringify(back)).toBe(JSON.stringify(timelineSchema.parse(t)));
  });

  test('the same timeline gives the same bytes', () => {
    const t = make();
    const a = Buffer.from(encodeCompanion(t));
    expect(a.equals(Buffer.from(encodeCompanion(structuredClone(t))))).toBe(true);
  });

  test('the integrity checks find the same on the store as on the objects', () => {
    const t = structuredClone(make());
    // Damage that only the integrity checks see: a day off the calendar, a timex that does not
    // match its text, an unknown actor, a relation to nowhere.
    t.events[0]!.date.start = '2024-02-30';
    t.events[0]!.mentions[0]!.timex.text += 'x';
    t.events[1]!.actors.push('nobody');
    t.events[1]!.relations = [{ type: 'anticipates', event: 'missing' }];
    const expected = integrityProblems(t);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(storeProblems(storeOf(t))).toEqual(expected);
  });
});

test('the store answers the explorer’s questions without building the timeline', () => {
  const t = timelineSchema.parse(fixtureTimeline);
  const s = storeOf(t);
  expect(s.eventCount).toBe(t.events.length);
  t.events.forEach((e, i) => {
    expect(s.eventIndex(e.id)).toBe(i);
    expect(s.summary(i)).toBe(e.summary.ar);
    expect(s.date(i)).toEqual(e.date);
    expect(s.eventActors(i)).toEqual(e.actors);
    expect(s.mentions(i)).toEqual(e.mentions);
  });
  expect(s.eventIndex('no-such-event')).toBe(-1);
  const k = s.articleIndex(t.articles[1]!.id);
  expect(s.fullArticle(k)).toEqual(t.articles[1]);
  const cited = s.articleMentions(k).map((x) => x.mention);
  expect(cited).toEqual(
    t.events.flatMap((e) => e.mentions.filter((m) => m.articleId === t.articles[1]!.id)),
  );
});

test('the head alone draws; the sources wait for the body', async () => {
  const bytes = encodeCompanion(timelineSchema.parse(fixtureTimeline));
  const buffer = bytes.buffer as ArrayBuffer;
  const header = readHeader(bytes);
  const s = new TimelineStore(header, strictHead(buffer.slice(0, header.headBytes), header));
  expect(s.summary(0)).toBe(fixtureTimeline.events[0]!.summary.ar);
  expect(s.hasSources).toBe(false);
  expect(s.articleCount).toBe(0);
  expect(() => s.mentions(0)).toThrow(/not arrived/);
  let told = 0;
  s.subscribe(() => told++);
  s.attachBody(buffer.slice(header.headBytes));
  await s.sources;
  expect(told).toBe(1);
  expect(s.mentions(0)).toEqual(fixtureTimeline.events[0]!.mentions);
});

test('a file that is not a whole companion is refused, naming why', () => {
  const bytes = encodeCompanion(smallTimeline);
  const wrong = (b: Uint8Array<ArrayBuffer>) => () => strictOpen(b);
  expect(wrong(new TextEncoder().encode('{"schemaVersion":1}'))).toThrow(
    /not a timeline companion/,
  );
  expect(wrong(bytes.slice(0, 16))).toThrow(CompanionError);
  expect(wrong(bytes.slice(0, bytes.length - 8))).toThrow(CompanionError);
  const version = bytes.slice();
  version[4] = 9;
  expect(wrong(version)).toThrow(/companion format 9/);
});

const damaged = encodeCompanion(timelineSchema.parse(fixtureTimeline));
const headBytes = readHeader(damaged).headBytes;

test.each([
  ['anywhere in the file', damaged.length - 1],
  ['in the header and the head', headBytes - 1],
])(
  'any damage %s is refused or still passes the schema (the same contract as the JSON)',
  (_, last) => {
    const bytes = damaged;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(last), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (flips) => {
          const b = bytes.slice();
          for (const [at, v] of flips) b[at] = v;
          let store: TimelineStore;
          try {
            store = strictOpen(b);
          } catch (e) {
            // Refused, with the companion's own error: never a crash of another kind.
            expect(e).toBeInstanceOf(CompanionError);
            return;
          }
          const t = store.toTimeline();
          const r = timelineSchema.safeParse(t);
          expect(r.success ? [] : r.error.issues).toEqual([]);
          expect(storeProblems(store).filter((p) => /^(events|articles)\[/.test(p))).toEqual([]);
        },
      ),
      { numRuns: 400, seed: 12 },
    );
  },
);

test('a lenient page read of the same bytes agrees with the strict one', () => {
  const t = timelineSchema.parse(fixtureTimeline);
  const bytes = encodeCompanion(t);
  expect(openCompanion(bytes.buffer as ArrayBuffer).toTimeline()).toEqual(t);
});

describe('isUtf8', () => {
  const fatal = (b: Uint8Array) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
      return true;
    } catch {
      return false;
    }
  };
  test('agrees with a fatal TextDecoder on text and on every kind of bad byte run', () => {
    const good = new TextEncoder().encode('أعلنت الحكومة في 22 تموز 2024 😀 €');
    expect(isUtf8(good)).toBe(true);
    const cases: number[][] = [
      [0x80], // a lone continuation byte
      [0xc0, 0xaf], // overlong «/»
      [0xc1, 0xbf],
      [0xe0, 0x80, 0xaf], // overlong, three bytes
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf0, 0x80, 0x80, 0xaf], // overlong, four bytes
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xf5, 0x80, 0x80, 0x80],
      [0xff],
      [0xd8], // cut short
      [0xe2, 0x82], // cut short
      [0xf0, 0x9f, 0x98], // cut short
      [0xd8, 0x41], // a lead byte without its continuation
      [0xe2, 0x82, 0xac], // «€»: fine
      [0xef, 0xbf, 0xbf], // U+FFFF: fine
      [0xf4, 0x8f, 0xbf, 0xbf], // U+10FFFF: fine
    ];
    for (const c of cases) {
      const b = Uint8Array.from([...good, ...c, 0x41]);
      expect(isUtf8(b), c.map((x) => x.toString(16)).join(' ')).toBe(fatal(b));
    }
  });
});
