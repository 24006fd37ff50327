import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  emptyState,
  formatInstant,
  parseInstant,
  parseState,
  serializeState,
  type AppState,
} from '../../src/state/urlState';

const full: AppState = {
  actors: ['sudani', 'us'],
  match: 'all',
  q: 'حوار أمني',
  window: { start: Date.UTC(2014, 0, 1), end: Date.UTC(2024, 6, 22, 13, 45) },
  event: 'ev-2024-07-22-talks',
  lang: 'en',
  article: { id: 'a-talks', paragraph: 2 },
};

test('a state survives the URL round trip', () => {
  expect(parseState(serializeState(full), 'ar')).toEqual(full);
  expect(parseState(serializeState(emptyState('en')), 'ar')).toEqual(emptyState('en'));
});

test('any state of ids, text and minute-aligned windows round-trips', () => {
  const minute = 60_000;
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }),
      fc.constantFrom('any', 'all'),
      fc.string(),
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.integer({ min: 1, max: 2_000_000 }),
      (actors, match, q, a, len) => {
        const s: AppState = {
          ...emptyState('ar'),
          actors,
          match: match as 'any' | 'all',
          q,
          window: { start: a * 10 * minute, end: (a * 10 + len) * minute },
        };
        expect(parseState(serializeState(s), 'en')).toEqual(s);
      },
    ),
  );
});

test('keeps parameters it does not own, such as data=', () => {
  const search = serializeState(full, '?data=bench%2Fbig.json&event=old');
  const p = new URLSearchParams(search);
  expect(p.get('data')).toBe('bench/big.json');
  expect(p.getAll('event')).toEqual(['ev-2024-07-22-talks']);
});

test('falls back for missing or malformed values', () => {
  const s = parseState(
    '?actors=US,ok,ok&match=most&from=2024-13-99&to=x&lang=fr&p=-1&article=a',
    'en',
  );
  expect(s.actors).toEqual(['ok']);
  expect(s.match).toBe('any');
  expect(s.window).toBeNull();
  expect(s.lang).toBe('en');
  expect(s.article).toEqual({ id: 'a', paragraph: 0 });
  expect(parseState('?from=2024-01-01&to=2014-01-01', 'ar').window).toBeNull();
});

test('instants are written as days at midnight and as minutes otherwise', () => {
  expect(formatInstant(Date.UTC(2014, 0, 1))).toBe('2014-01-01');
  expect(formatInstant(Date.UTC(2024, 6, 22, 9, 5))).toBe('2024-07-22T09:05');
  expect(parseInstant('2024-07-22T09:05')).toBe(Date.UTC(2024, 6, 22, 9, 5));
});
