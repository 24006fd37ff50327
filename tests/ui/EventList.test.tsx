// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { eventTimes, orderedVisible } from '../../src/search/order';
import { EventList } from '../../src/ui/EventList';
import { fixtureTimeline as timeline } from '../fixtures/timeline';
import { renderWith } from './setup';
import { asStore } from '../fixtures/store';

afterEach(cleanup);

const times = eventTimes(asStore(timeline));

function show(visible: Uint32Array | null, selectedId: string | null = null) {
  const onSelect = vi.fn();
  const r = renderWith(
    <EventList
      timeline={asStore(timeline)}
      ordered={orderedVisible(times, visible)}
      selectedId={selectedId}
      onSelect={onSelect}
    />,
  );
  return { ...r, onSelect };
}

const ids = (c: HTMLElement) =>
  [...c.querySelectorAll('[data-event-id]')].map((b) => b.getAttribute('data-event-id'));

test('lists the events chronologically, grouped by year', () => {
  const { container } = show(null);
  expect([...container.querySelectorAll('h3.year')].map((h) => h.textContent)).toEqual([
    '2003',
    '2011',
    '2014',
    '2024',
  ]);
  expect(ids(container)).toEqual([
    'ev-2003-invasion',
    'ev-2011-withdrawal',
    'ev-2014-coalition',
    'ev-2024-01-sudani',
    'ev-2024-w16-visit',
    'ev-2024-07-22-talks',
  ]);
  expect(screen.getByText('سبتمبر 2014')).toBeTruthy();
});

test('shows only the visible events', () => {
  const { container } = show(Uint32Array.of(0, 4));
  expect(ids(container)).toEqual(['ev-2003-invasion', 'ev-2024-w16-visit']);
});

test('one tab stop on the selected event; arrows, Home and End move focus; click selects', () => {
  const { container, onSelect } = show(null, 'ev-2014-coalition');
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-event-id]')];
  expect(buttons.filter((b) => b.tabIndex === 0).map((b) => b.dataset.eventId)).toEqual([
    'ev-2014-coalition',
  ]);
  expect(buttons[2]!.getAttribute('aria-current')).toBe('true');
  buttons[2]!.focus();
  fireEvent.keyDown(buttons[2]!, { key: 'ArrowDown' });
  expect(document.activeElement).toBe(buttons[3]);
  fireEvent.keyDown(buttons[3]!, { key: 'Home' });
  expect(document.activeElement).toBe(buttons[0]);
  fireEvent.keyDown(buttons[0]!, { key: 'End' });
  expect(document.activeElement).toBe(buttons[5]);
  fireEvent.click(buttons[5]!);
  expect(onSelect).toHaveBeenCalledWith('ev-2024-07-22-talks');
});
