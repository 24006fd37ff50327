// The filters: a text search over events and sources, and the actor filter.
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../model/schema';
import { actorKinds } from '../model/vocabulary';
import { actorEventCount, nameMatches, type ActorMatch } from '../search';
import type { ActorIndex } from '../search/actorIndex';
import type { Language } from '../state/urlState';
import { formatCount } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';

interface Props {
  timeline: { actors: readonly Actor[] };
  actorIndex: ActorIndex;
  lang: Language;
  q: string;
  onQuery: (q: string) => void;
  selected: readonly string[];
  match: ActorMatch;
  onToggleActor: (id: string) => void;
  onMatch: (m: ActorMatch) => void;
  onClear: () => void;
  /** Open by default on wide screens; folded on phones so the events come first. */
  defaultOpen: boolean;
  /** The query waits for the source texts, still on their way. */
  searchPending?: boolean;
}

export const FilterPanel = memo(function FilterPanel(props: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const hintId = useId();
  const active = props.selected.length > 0 || props.q.trim() !== '';
  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.title')}</h2>
      <div className="field">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input
          id={searchId}
          type="search"
          value={props.q}
          aria-describedby={hintId}
          onChange={(e) => props.onQuery(e.target.value)}
        />
        <p id={hintId} className="hint" role={props.searchPending ? 'status' : undefined}>
          {props.searchPending ? t('filters.searchWaiting') : t('filters.searchHint')}
        </p>
      </div>
      <button
        type="button"
        className="button clear"
        onClick={props.onClear}
        disabled={!active}
        aria-disabled={!active}
      >
        {t('filters.clear')}
      </button>
      <SelectedActors {...props} />
      <details className="actor-filter" open={props.defaultOpen}>
        <summary>
          <span>{t('filters.actors')}</span>
          {props.selected.length > 0 ? (
            <span className="badge">{props.selected.length}</span>
          ) : null}
        </summary>
        <ActorList {...props} />
      </details>
    </section>
  );
});

/** The chosen actors at a glance, each removable, however long the list below is. */
function SelectedActors({ timeline, selected, lang, onToggleActor }: Props) {
  const { t } = useTranslation();
  if (selected.length === 0) return null;
  const names = new Map(timeline.actors.map((a) => [a.id, a.name[lang]]));
  return (
    <ul className="chips selected-actors" aria-label={t('filters.selected')}>
      {selected.map((id) => {
        const name = names.get(id) ?? id;
        return (
          <li key={id}>
            <button
              type="button"
              className="chip"
              aria-label={t('filters.remove', { name })}
              onClick={() => onToggleActor(id)}
            >
              <bdi>{name}</bdi> <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ActorList({ timeline, actorIndex, lang, selected, match, onToggleActor, onMatch }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const [find, setFind] = useState('');
  const findId = useId();
  const groups = useMemo(() => {
    const byKind = new Map<string, { actor: Actor; count: number }[]>();
    for (const actor of timeline.actors) {
      const count = actorEventCount(actorIndex, actor.id);
      // An actor in no event (one that only names a side or an affiliation) filters nothing.
      if (count === 0 && !selected.includes(actor.id)) continue;
      const forms = [actor.name.ar, actor.name.en, ...actor.aliases];
      if (find.trim() && !forms.some((f) => nameMatches(f, find))) continue;
      const list = byKind.get(actor.kind) ?? [];
      list.push({ actor, count });
      byKind.set(actor.kind, list);
    }
    return actorKinds
      .filter((k) => byKind.has(k))
      .map((kind) => ({
        kind,
        actors: byKind
          .get(kind)!
          .sort(
            (a, b) =>
              b.count - a.count || a.actor.name[lang].localeCompare(b.actor.name[lang], lang),
          ),
      }));
  }, [timeline, actorIndex, find, lang, selected]);

  return (
    <div className="actor-list">
      <fieldset className="match">
        <legend>{t('filters.match')}</legend>
        {(['any', 'all'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="actor-match"
              value={m}
              checked={match === m}
              onChange={() => onMatch(m)}
            />
            {t(`filters.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={findId}>{t('filters.findActor')}</label>
        <input id={findId} type="search" value={find} onChange={(e) => setFind(e.target.value)} />
      </div>
      {groups.length === 0 ? <p className="hint">{t('filters.noActors')}</p> : null}
      {groups.map((g) => (
        <fieldset key={g.kind} className="actor-group">
          <legend>{t(`kinds.${g.kind}`)}</legend>
          <ul>
            {g.actors.map(({ actor, count }) => (
              <li key={actor.id}>
                <label className={count === 0 ? 'actor muted' : 'actor'}>
                  <input
                    type="checkbox"
                    value={actor.id}
                    checked={selected.includes(actor.id)}
                    onChange={() => onToggleActor(actor.id)}
                  />
                  <bdi className="actor-name">{actor.name[lang]}</bdi>
                  <span className="count">{formatCount(count, style)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
