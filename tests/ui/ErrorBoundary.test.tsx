// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { initI18n } from '../../src/i18n';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('layout exploded');
}

test('a render error shows a message and a reload instead of a blank page', () => {
  initI18n('ar');
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  quiet.mockRestore();
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('حدث خطأ غير متوقع في الواجهة.');
  expect(alert.textContent).toContain('layout exploded');
  expect(screen.getByRole('button', { name: 'إعادة تحميل الصفحة' })).toBeTruthy();
});

test('children render normally when nothing fails', () => {
  render(
    <ErrorBoundary>
      <p>سليم</p>
    </ErrorBoundary>,
  );
  expect(screen.getByText('سليم')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
