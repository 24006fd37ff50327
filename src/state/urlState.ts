// The explorer's view as URL parameters, so a copied link reopens the same view.
// Parameters this module does not own (data=) are kept as they are.
import type { TimeWindow } from '../ui/timeline/props';

export type Language = 'ar' | 'en';
export type ActorMatch = 'any' | 'all';

export interface ArticleRef {
  id: string;
  paragraph: number;
  /** A span of that paragraph to mark (an undated expression), as `span=START-END`. */
  span?: { start: number; end: number };
}

export interface AppState {
  actors: string[];
  match: ActorMatch;
  q: string;
  /** null = the default window. */
  window: TimeWindow | null;
  event: string | null;
  lang: Language;
  article: ArticleRef | null;
}

const OWN = ['actors', 'match', 'q', 'from', 'to', 'event', 'lang', 'article', 'p', 'span'];

export const emptyState = (lang: Language = 'ar'): AppState => ({
  actors: [],
  match: 'any',
  q: '',
  window: null,
  event: null,
  lang,
  article: null,
});

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A day when the instant is midnight UTC, else the minute: readable and precise enough. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

export function parseInstant(s: string | null): number | null {
  const m = s === null ? null : TIME.exec(s);
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0));
  return Number.isFinite(ms) ? ms : null;
}

function parseSpan(s: string | null): { span?: { start: number; end: number } } {
  const m = s === null ? null : /^(\d{1,9})-(\d{1,9})$/.exec(s);
  if (!m || +m[1]! >= +m[2]!) return {};
  return { span: { start: +m[1]!, end: +m[2]! } };
}

export function parseState(search: string, fallbackLang: Language): AppState {
  const p = new URLSearchParams(search);
  const actors = (p.get('actors') ?? '').split(',').filter((a) => /^[a-z0-9-]+$/.test(a));
  const from = parseInstant(p.get('from'));
  const to = parseInstant(p.get('to'));
  const lang = p.get('lang');
  const articleId = p.get('article');
  const paragraph = Number(p.get('p') ?? '0');
  return {
    actors: [...new Set(actors)],
    match: p.get('match') === 'all' ? 'all' : 'any',
    q: p.get('q') ?? '',
    window: from !== null && to !== null && from < to ? { start: from, end: to } : null,
    event: p.get('event') || null,
    lang: lang === 'en' || lang === 'ar' ? lang : fallbackLang,
    article: articleId
      ? {
          id: articleId,
          paragraph: Number.isInteger(paragraph) && paragraph >= 0 ? paragraph : 0,
          ...parseSpan(p.get('span')),
        }
      : null,
  };
}

/** The query string for a state, keeping the parameters others own. */
export function serializeState(state: AppState, currentSearch = ''): string {
  const p = new URLSearchParams(currentSearch);
  for (const k of OWN) p.delete(k);
  p.set('lang', state.lang);
  if (state.actors.length > 0) p.set('actors', state.actors.join(','));
  if (state.match === 'all') p.set('match', 'all');
  if (state.q) p.set('q', state.q);
  if (state.window) {
    p.set('from', formatInstant(state.window.start));
    p.set('to', formatInstant(state.window.end));
  }
  if (state.event) p.set('event', state.event);
  if (state.article) {
    p.set('article', state.article.id);
    p.set('p', String(state.article.paragraph));
    if (state.article.span) p.set('span', `${state.article.span.start}-${state.article.span.end}`);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
