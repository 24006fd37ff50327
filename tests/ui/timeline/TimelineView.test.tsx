// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { initI18n } from '../../../src/i18n';
import { defaultWindow } from '../../../src/timeline';
import { TimelineView } from '../../../src/ui/timeline/TimelineView';
import type { TimelineViewProps } from '../../../src/ui/timeline/props';
import { makeEvent, smallTimeline, withEvents } from '../../timeline/fixtures';
import { asStore } from '../../fixtures/store';

beforeAll(() => {
  initI18n('ar');
});
afterEach(() => {
  cleanup();
  initI18n('ar');
});

function setup(over: Partial<TimelineViewProps> = {}) {
  const props: TimelineViewProps = {
    timeline: asStore(smallTimeline),
    visible: null,
    lang: 'ar',
    digits: 'latn',
    months: 'egypt',
    window: defaultWindow,
    onWindowChange: vi.fn(),
    selectedEventId: null,
    onSelectEvent: vi.fn(),
    ...over,
  };
  const utils = render(<TimelineView {...props} />);
  return { ...utils, props };
}

const marks = () => screen.queryAllByRole('button').filter((b) => b.hasAttribute('data-event'));
const idOf = (el: Element | null) => el?.getAttribute('data-id');

describe('marks', () => {
  test('every event in the window is a button named by its date at its precision and summary', () => {
    setup();
    const names = marks().map((m) => m.getAttribute('aria-label'));
    expect(names).toContain('22 يوليو 2024: بدء حوار أمني بين العراق وأميركا في واشنطن');
    expect(names).toContain('سبتمبر 2014: التحالف الدولي بقيادة واشنطن');
    expect(names).toContain('2017: هزيمة تنظيم الدولة الإسلامية');
    expect(names.some((n) => n?.startsWith('أواخر أبريل 2024'))).toBe(true);
    expect(names.some((n) => n?.startsWith('أسبوع 15 أبريل 2024'))).toBe(true);
    // 2003 and 2011 are before the default window.
    expect(names.some((n) => n?.startsWith('2003'))).toBe(false);
  });

  test('the selected event is highlighted and pressed', () => {
    setup({ selectedEventId: 'e2024-07-22' });
    const sel = marks().find((m) => idOf(m) === 'e2024-07-22')!;
    expect(sel.getAttribute('aria-pressed')).toBe('true');
    expect(sel.getAttribute('class')).toContain('is-selected');
    expect(marks().filter((m) => m.getAttribute('aria-pressed') === 'true')).toHaveLength(1);
  });

  test('hovering a mark shows its date and summary beside it', () => {
    const { container } = setup();
    expect(container.querySelector('.tl-tooltip')).toBeNull();
    fireEvent.pointerMove(marks().find((x) => idOf(x) === 'e2014')!);
    expect(container.querySelector('.tl-tooltip')?.textContent).toBe(
      'سبتمبر 2014التحالف الدولي بقيادة واشنطن',
    );
    fireEvent.pointerLeave(container.querySelector('.tl-plot')!);
    expect(container.querySelector('.tl-tooltip')).toBeNull();
  });

  test('click and Enter select an event', () => {
    const { props } = setup();
    const m = marks().find((x) => idOf(x) === 'e2017')!;
    fireEvent.click(m);
    expect(props.onSelectEvent).toHaveBeenLastCalledWith('e2017');
    const n = marks().find((x) => idOf(x) === 'e2014')!;
    fireEvent.keyDown(n, { key: 'Enter' });
    expect(props.onSelectEvent).toHaveBeenLastCalledWith('e2014');
  });
});

describe('roving focus follows time in the reading direction', () => {
  test('exactly one mark is a tab stop: the earliest in view', () => {
    setup();
    const stops = marks().filter((m) => m.getAttribute('tabindex') === '0');
    expect(stops.map(idOf)).toEqual(['e2014']);
  });

  test('in Arabic ArrowLeft moves later in time, ArrowRight earlier', () => {
    setup();
    const first = marks().find((m) => m.getAttribute('tabindex') === '0')!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(idOf(document.activeElement)).toBe('e2017');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(idOf(document.activeElement)).toBe('e2024-01');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(idOf(document.activeElement)).toBe('e2017');
    expect(
      marks()
        .filter((m) => m.getAttribute('tabindex') === '0')
        .map(idOf),
    ).toEqual(['e2017']);
  });

  test('in English ArrowRight moves later in time', () => {
    initI18n('en');
    setup({ lang: 'en' });
    const first = marks().find((m) => m.getAttribute('tabindex') === '0')!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(idOf(document.activeElement)).toBe('e2017');
  });

  test('End jumps to the last event and Home to the first, even outside the window', () => {
    setup();
    const first = marks().find((m) => m.getAttribute('tabindex') === '0')!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'End' });
    expect(idOf(document.activeElement)).toBe('e2024-07-22');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(idOf(document.activeElement)).toBe('e2003');
  });
});

describe('window controls', () => {
  test('events before the window are announced and one click brings them into view', () => {
    const { props } = setup();
    const notice = screen.getByRole('button', { name: 'حدثان قبل 2014' });
    fireEvent.click(notice);
    const w = vi.mocked(props.onWindowChange).mock.calls.at(-1)![0];
    expect(w.start).toBeLessThanOrEqual(Date.UTC(2003, 0, 1));
    expect(w.end).toBeGreaterThanOrEqual(Date.UTC(2024, 6, 22));
  });

  test('the English notice says "2 events before 2014"', () => {
    initI18n('en');
    setup({ lang: 'en' });
    expect(screen.getByRole('button', { name: '2 events before 2014' })).toBeTruthy();
  });

  test('zoom buttons narrow and widen the window; show all fits every event', () => {
    const { props } = setup();
    const span = defaultWindow.end - defaultWindow.start;
    const calls = () => vi.mocked(props.onWindowChange).mock.calls;
    fireEvent.click(screen.getByRole('button', { name: 'تكبير' }));
    const zin = calls().at(-1)![0];
    expect(zin.end - zin.start).toBeLessThan(span);
    fireEvent.click(screen.getByRole('button', { name: 'تصغير' }));
    fireEvent.click(screen.getByRole('button', { name: 'تصغير' }));
    const zout = calls().at(-1)![0];
    expect(zout.end - zout.start).toBeGreaterThan(span * 0.99);
    fireEvent.click(screen.getByRole('button', { name: 'عرض الكل' }));
    const all = calls().at(-1)![0];
    expect(all.start).toBeLessThan(Date.UTC(2003, 0, 1));
    expect(all.end).toBeGreaterThan(Date.UTC(2024, 6, 22));
  });

  test('a window from the app shell replaces the view', () => {
    const { rerender, props } = setup();
    const july = { start: Date.UTC(2024, 6, 2), end: Date.UTC(2024, 7, 1) };
    rerender(<TimelineView {...props} window={july} />);
    expect(marks().map(idOf).sort()).toEqual(['e2024-07-10', 'e2024-07-21', 'e2024-07-22']);
  });

  test('wheel zooming is reported to the shell once, after the gesture settles', () => {
    vi.useFakeTimers(); // the settle timer runs on a clock the test moves
    try {
      const { props, container } = setup();
      const plot = container.querySelector('.tl-plot')!;
      for (let i = 0; i < 5; i++) fireEvent.wheel(plot, { deltaY: -100, clientX: 400 });
      expect(props.onWindowChange).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(400));
      expect(props.onWindowChange).toHaveBeenCalledTimes(1);
      const w = vi.mocked(props.onWindowChange).mock.calls[0]![0];
      expect(w.end - w.start).toBeLessThan(defaultWindow.end - defaultWindow.start);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a selection made elsewhere is brought into view', () => {
    const { rerender, props } = setup();
    rerender(<TimelineView {...props} selectedEventId="e2003" />);
    const sel = marks().find((m) => idOf(m) === 'e2003')!;
    expect(sel.getAttribute('aria-pressed')).toBe('true');
    const w = vi.mocked(props.onWindowChange).mock.calls.at(-1)![0];
    expect(w.start).toBeLessThanOrEqual(Date.UTC(2003, 0, 1));
  });

  test('a selection in the opening link does not move the window the link asks for', () => {
    const { props } = setup({ selectedEventId: 'e2003' });
    expect(props.onWindowChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'حدثان قبل 2014' })).toBeTruthy();
  });

  test('the filter hides events', () => {
    setup({ visible: Uint32Array.from([9]) });
    expect(marks().map(idOf)).toEqual(['e2024-07-22']);
    expect(screen.queryByRole('button', { name: /قبل 2014/ })).toBeNull();
  });
});

describe('many marks', () => {
  test('the mark under the pointer on the canvas becomes a real element', () => {
    const sides = [['us'], ['iraq'], ['coalition'], ['isis'], ['iran']];
    const events = Array.from({ length: 750 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 5) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return makeEvent(`m${i}`, d, d, 'day', sides[i % 5]);
    });
    const { container } = setup({
      timeline: asStore(withEvents(events)),
      window: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 5, 1) },
      // The selection is the tab stop, so m0 is not a real element until hovered.
      selectedEventId: 'm745',
    });
    expect(marks().map(idOf)).toEqual(['m745']);
    // m0 (1 January, first lane, first row) is drawn at the right edge of the 800 px plot.
    fireEvent.pointerMove(container.querySelector('.tl-plot')!, { clientX: 797, clientY: 48 });
    expect(marks().map(idOf)).toContain('m0');
    expect(container.querySelector('.tl-tooltip')).not.toBeNull();
  });

  test('a crowded frame goes to canvas, keeping the tab stop and the selection as real elements', () => {
    // 150 events in each of the five lanes: each lane fits (no density), but 750 marks in all.
    const sides = [['us'], ['iraq'], ['coalition'], ['isis'], ['iran']];
    const events = Array.from({ length: 750 }, (_, i) => {
      const day = Math.floor(i / 5);
      const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      return makeEvent(`m${i}`, d, d, 'day', sides[i % 5]);
    });
    const { container } = setup({
      timeline: asStore(withEvents(events)),
      window: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 5, 1) },
      selectedEventId: 'm7',
    });
    expect(container.querySelector('.tl-svg')!.getAttribute('data-marks')).toBe('canvas');
    const real = marks();
    expect(real.length).toBeLessThanOrEqual(2);
    expect(real.map(idOf)).toContain('m7');
    expect(real.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });
});
