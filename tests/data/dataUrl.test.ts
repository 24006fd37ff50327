import { expect, test } from 'vitest';
import { dataUrlFor } from '../../src/data/dataUrl';
import { DataLoadError } from '../../src/data/dataError';

const at = (search: string) => ({ href: `https://example.org/app/${search}`, search });
const data = (d: string) => at(`?data=${encodeURIComponent(d)}`);

test('defaults to data/timeline.json under the base path', () => {
  expect(dataUrlFor(at(''), '/app/')).toBe('https://example.org/app/data/timeline.json');
});

test('accepts a relative path on the same site, as an absolute URL on it', () => {
  expect(dataUrlFor(data('bench/big.json'))).toBe('https://example.org/app/bench/big.json');
  expect(dataUrlFor(data('/data/other.json'))).toBe('https://example.org/data/other.json');
  expect(dataUrlFor(data('https://example.org/x.json'))).toBe('https://example.org/x.json');
});

test.each([
  'https://evil.example/x.json',
  '//evil.example/x.json',
  'javascript:alert(1)',
  '\\\\evil/x',
  'http://example.org/x.json', // another scheme is another origin
])('rejects %s', (d) => {
  expect(() => dataUrlFor(data(d))).toThrow(DataLoadError);
});

// Paths that resolve on this origin but whose path starts with «//»: handed to fetch as a
// path they would be protocol-relative and go to evil.example.
test.each(['/.//evil.example/x.json', './/evil.example/x.json', 'x/..//evil.example/x.json'])(
  '%s stays on this site',
  (d) => {
    const url = new URL(dataUrlFor(data(d)));
    expect(url.origin).toBe('https://example.org');
    // fetch resolves what it is given against the page: it must still be this origin.
    expect(new URL(url.href, 'https://example.org/app/').origin).toBe('https://example.org');
  },
);
