import { expect, test } from 'vitest';
import { dataUrlFor } from '../../src/data/dataUrl';
import { DataLoadError } from '../../src/data/dataError';

const at = (search: string) => ({ href: `https://example.org/app/${search}`, search });

test('defaults to data/timeline.json under the base path', () => {
  expect(dataUrlFor(at(''), '/app/')).toBe('/app/data/timeline.json');
});

test('accepts a relative path on the same site', () => {
  expect(dataUrlFor(at('?data=bench/big.json'))).toBe('/app/bench/big.json');
  expect(dataUrlFor(at('?data=/data/other.json'))).toBe('/data/other.json');
});

test.each([
  'https://evil.example/x.json',
  '//evil.example/x.json',
  'javascript:alert(1)',
  '\\\\evil/x',
])('rejects %s', (data) => {
  expect(() => dataUrlFor(at(`?data=${encodeURIComponent(data)}`))).toThrow(DataLoadError);
});
