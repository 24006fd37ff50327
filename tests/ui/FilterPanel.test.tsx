// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { buildActorIndex } from '../../src/search/actorIndex';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { fixtureTimeline as timeline } from '../fixtures/timeline';
import { renderWith } from './setup';
import { asStore } from '../fixtures/store';

afterEach(cleanup);

function show(selected: string[] = [], q = '', lang: 'ar' | 'en' = 'ar') {
  const handlers = {
    onQuery: vi.fn(),
    onToggleActor: vi.fn(),
    onMatch: vi.fn(),
    onClear: vi.fn(),
  };
  const r = renderWith(
    <FilterPanel
      timeline={timeline}
      actorIndex={buildActorIndex(asStore(timeline))}
      lang={lang}
      q={q}
      selected={selected}
      match="any"
      defaultOpen
      {...handlers}
    />,
    { lang },
  );
  return { ...r, ...handlers };
}

const groupNames = () =>
  [...document.querySelectorAll('fieldset')].map((g) => g.querySelector('legend')?.textContent);

test('actors are grouped by kind, each with its event count', () => {
  show();
  expect(groupNames()).toEqual(['إظهار الأحداث التي تضم', 'أشخاص', 'دول', 'منظمات ومؤسسات']);
  const sudani = screen.getByRole('checkbox', { name: /محمد شياع السوداني/ });
  expect(sudani.closest('label')!.querySelector('.count')!.textContent).toBe('2');
  const us = screen.getByRole('checkbox', { name: /الولايات المتحدة/ });
  const usEvents = timeline.events.filter((e) => e.actors.includes('us')).length;
  expect(us.closest('label')!.querySelector('.count')!.textContent).toBe(String(usEvents));
});

test('an actor in no event is not listed (it would filter nothing), unless it is selected', () => {
  expect(timeline.events.some((e) => e.actors.includes('resistance'))).toBe(false);
  show();
  expect(screen.queryByRole('checkbox', { name: /تنسيقية المقاومة/ })).toBeNull();
  cleanup();
  show(['resistance']);
  expect(screen.getByRole('checkbox', { name: /تنسيقية المقاومة/ })).toBeTruthy();
  expect(groupNames()).toContain('جماعات مسلحة');
});

test('finding an actor is Arabic-aware (clitics, hamza) and searches aliases', () => {
  show();
  fireEvent.change(screen.getByLabelText('ابحث عن فاعل'), { target: { value: 'للسوداني' } });
  expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toEqual([
    'sudani',
  ]);
  fireEvent.change(screen.getByLabelText('ابحث عن فاعل'), { target: { value: 'الينا' } });
  expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toEqual([
    'romanowski',
  ]);
  // an alias: «بغداد» names Iraq
  fireEvent.change(screen.getByLabelText('ابحث عن فاعل'), { target: { value: 'بغداد' } });
  expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toEqual([
    'iraq',
  ]);
  fireEvent.change(screen.getByLabelText('ابحث عن فاعل'), { target: { value: 'xyz' } });
  expect(screen.getByText('لا فاعل يطابق البحث.')).toBeTruthy();
});

test('checking actors, choosing any/all, searching and clearing call back', () => {
  const h = show(['sudani'], 'حوار');
  expect((screen.getByRole('checkbox', { name: /السوداني/ }) as HTMLInputElement).checked).toBe(
    true,
  );
  fireEvent.click(screen.getByRole('checkbox', { name: /^العراق/ }));
  expect(h.onToggleActor).toHaveBeenCalledWith('iraq');
  fireEvent.click(screen.getByRole('radio', { name: 'جميعهم' }));
  expect(h.onMatch).toHaveBeenCalledWith('all');
  fireEvent.change(screen.getByLabelText('ابحث في الأحداث والمصادر'), {
    target: { value: 'صدام' },
  });
  expect(h.onQuery).toHaveBeenCalledWith('صدام');
  fireEvent.click(screen.getByRole('button', { name: 'مسح التصفية' }));
  expect(h.onClear).toHaveBeenCalledOnce();
});

test('chosen actors show as removable chips above the list', () => {
  const h = show(['sudani', 'us']);
  const chips = screen.getByRole('list', { name: 'الفاعلون المختارون' });
  expect(
    within(chips)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label')),
  ).toEqual(['إزالة محمد شياع السوداني من التصفية', 'إزالة الولايات المتحدة من التصفية']);
  fireEvent.click(within(chips).getAllByRole('button')[1]!);
  expect(h.onToggleActor).toHaveBeenCalledWith('us');
});

test('the clear button is disabled when nothing filters', () => {
  show();
  expect((screen.getByRole('button', { name: 'مسح التصفية' }) as HTMLButtonElement).disabled).toBe(
    true,
  );
});

test('in English the names and kinds are English', () => {
  show([], '', 'en');
  const people = screen
    .getAllByRole('group')
    .find((g) => g.querySelector('legend')?.textContent === 'People')!;
  expect(
    within(people)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')!.querySelector('.actor-name')!.textContent),
  ).toEqual(['Mohammed Shia al-Sudani', 'Alina Romanowski']);
});
