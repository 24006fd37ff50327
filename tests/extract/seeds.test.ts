// The seeds against the project's own reference reading (tests/extract/fixtures).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/extract';
import { integrityProblems, timelineSchema } from '../../src/model';
import reference from './fixtures/seed-reference.json';
import { score, type Reference } from './score';

function seedInputs() {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const id = f.slice(0, -4);
      const meta = JSON.parse(readFileSync(join('seeds', `${id}.meta.json`), 'utf8'));
      return { id, text: readFileSync(join('seeds', f), 'utf8'), meta };
    });
}

describe('the seed articles', () => {
  const { timeline } = extract(seedInputs());
  const s = score(timeline, reference as Reference);

  test('the output keeps the contract', () => {
    expect(integrityProblems(timelineSchema.parse(timeline))).toEqual([]);
  });
  test('every reference mention is found with its value, nothing spurious (F1 >= 0.95)', () => {
    expect(s.missed).toEqual([]);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });
  test('mentions of one happening are merged into one event (cluster F1 >= 0.90)', () => {
    expect(s.clusterF1).toBeGreaterThanOrEqual(0.9);
  });
  test('the actors of each mention are found (recall >= 0.90)', () => {
    expect(s.actorRecall).toBeGreaterThanOrEqual(0.9);
  });
  test('the same input gives the same output, byte for byte', () => {
    expect(JSON.stringify(extract(seedInputs()).timeline)).toBe(JSON.stringify(timeline));
  });
  test('the expected second dialogue anticipates the July dialogue', () => {
    const expected = timeline.events.find((e) =>
      e.mentions.some((m) => m.timex.text.includes('وقت لاحق')),
    );
    const target = timeline.events.find((e) => e.id === expected?.relations?.[0]?.event);
    expect(target?.date.value).toBe('2024-07-22');
  });
});
