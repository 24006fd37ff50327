// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useUrlState } from '../../src/state/useUrlState';

beforeEach(() => {
  window.history.replaceState(null, '', '/?data=bench%2Fbig.json');
  window.localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const params = () => new URLSearchParams(window.location.search);
const pending = () => document.documentElement.hasAttribute('data-url-pending');

test('reads the state from the URL, with the remembered language as fallback', () => {
  window.localStorage.setItem('timeline.lang', 'en');
  window.history.replaceState(null, '', '/?actors=us,iraq&match=all&event=e1');
  const { result } = renderHook(() => useUrlState());
  expect(result.current[0]).toMatchObject({
    actors: ['us', 'iraq'],
    match: 'all',
    event: 'e1',
    lang: 'en',
  });
});

test('discrete changes push a history entry at once and keep data=', () => {
  const { result } = renderHook(() => useUrlState());
  const before = window.history.length;
  act(() => result.current[1]({ actors: ['sudani'] }));
  expect(window.history.length).toBe(before + 1);
  expect(params().get('actors')).toBe('sudani');
  expect(params().get('data')).toBe('bench/big.json');
});

test('continuous changes update the state at once and replace the URL once settled', () => {
  const { result } = renderHook(() => useUrlState());
  const before = window.history.length;
  for (let k = 1; k <= 10; k++)
    act(() => result.current[1]({ window: { start: k * 1000, end: 1e12 } }, 'replace'));
  expect(result.current[0].window).toEqual({ start: 10_000, end: 1e12 });
  expect(params().has('from')).toBe(false);
  expect(pending()).toBe(true); // the signal that the address bar lags the view
  act(() => vi.advanceTimersByTime(400));
  expect(params().get('from')).toBe('1970-01-01T00:00');
  expect(pending()).toBe(false);
  expect(window.history.length).toBe(before);
});

test('a push carries a pending replace with it', () => {
  const { result } = renderHook(() => useUrlState());
  act(() => result.current[1]({ q: 'حوار' }, 'replace'));
  expect(pending()).toBe(true);
  act(() => result.current[1]({ event: 'e2' }));
  expect(params().get('q')).toBe('حوار');
  expect(params().get('event')).toBe('e2');
  expect(pending()).toBe(false);
});

test('popstate restores the state of that entry', () => {
  const { result } = renderHook(() => useUrlState());
  act(() => {
    window.history.pushState(null, '', '/?lang=ar&actors=iraq');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  expect(result.current[0].actors).toEqual(['iraq']);
});
