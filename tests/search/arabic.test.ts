import { describe, expect, test } from 'vitest';
import { matchForms, nameMatches, stripProclitics, tokenize } from '../../src/search/arabic';

describe('stripProclitics', () => {
  test.each([
    ['السوداني', 'سوداني'],
    ['للسوداني', 'سوداني'],
    ['والعراق', 'عراق'],
    ['بالعراق', 'عراق'],
    ['فالقوات', 'قوات'],
    ['وواشنطن', 'واشنطن'],
    ['لواشنطن', 'واشنطن'],
  ])('%s -> %s', (word, stem) => expect(stripProclitics(word)).toBe(stem));

  test('keeps short words whole rather than cutting them to nothing', () => {
    expect(stripProclitics('بين')).toBe('بين');
    expect(stripProclitics('الي')).toBe('الي');
  });
});

test('tokenize folds hamza, alef maqsura, taa marbuta and harakat', () => {
  expect(tokenize('أعلنت الحكومةُ العراقيّة، إلى')).toEqual(['اعلنت', 'الحكومه', 'العراقيه', 'الي']);
});

test('tokenize keeps a word whole across tatweel, bidi marks and harakat', () => {
  expect(tokenize('الـعراق\u200f، و«واشنطن» عُقِدَ ٢٠١٤')).toEqual([
    'العراق',
    'و',
    'واشنطن',
    'عقد',
    '2014',
  ]);
});

test('matchForms gives the written and the stripped form', () => {
  expect(matchForms('الاميركيه')).toEqual(['الاميركيه', 'اميركيه']);
  expect(matchForms('حوار')).toEqual(['حوار']);
});

describe('nameMatches', () => {
  test('finds a name through the article, clitics and spelling variants', () => {
    expect(nameMatches('محمد شياع السوداني', 'السوداني')).toBe(true);
    expect(nameMatches('محمد شياع السوداني', 'للسوداني')).toBe(true);
    expect(nameMatches('ألينا رومانوسكي', 'الينا')).toBe(true);
    expect(nameMatches('الولايات المتحدة', 'المتحده')).toBe(true);
  });
  test('rejects names that do not contain the query', () => {
    expect(nameMatches('محمد شياع السوداني', 'رومانوسكي')).toBe(false);
  });
  test('an empty query matches everything', () => {
    expect(nameMatches('العراق', '  ')).toBe(true);
  });
});
