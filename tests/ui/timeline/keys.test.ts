import { expect, test } from 'vitest';
import { keyAction } from '../../../src/ui/timeline/keys';

test('arrow keys follow the reading direction', () => {
  expect(keyAction('ArrowLeft', 'rtl')).toEqual({ kind: 'step', later: true });
  expect(keyAction('ArrowRight', 'rtl')).toEqual({ kind: 'step', later: false });
  expect(keyAction('ArrowRight', 'ltr')).toEqual({ kind: 'step', later: true });
  expect(keyAction('ArrowLeft', 'ltr')).toEqual({ kind: 'step', later: false });
});

test('+ and − zoom by reciprocal factors; Home, End and Enter', () => {
  const zin = keyAction('+', 'rtl');
  const zout = keyAction('-', 'rtl');
  expect(zin?.kind === 'zoom' && zout?.kind === 'zoom' && zin.factor * zout.factor).toBeCloseTo(1);
  expect(zin?.kind === 'zoom' && zin.factor).toBeGreaterThan(1);
  expect(keyAction('Home', 'ltr')).toEqual({ kind: 'edge', last: false });
  expect(keyAction('End', 'rtl')).toEqual({ kind: 'edge', last: true });
  expect(keyAction('Enter', 'rtl')).toEqual({ kind: 'select' });
  expect(keyAction('a', 'rtl')).toBeNull();
});
