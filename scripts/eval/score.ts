// The reference scorer (../shared/tools/score.py) in TypeScript, step for step, with the detail
// behind each number kept: which mentions were missed or spurious, which pairs of mentions were
// split or merged, which actors were missed or extra. `npm run eval` prints both and checks
// that the numbers agree with score.py's.
import type { Timeline } from '../../src/model';

export interface GoldMention {
  article: string;
  paragraph: number;
  timex: string;
  value: string;
  actors: string[];
}

export interface Gold {
  actors: Record<string, string[]>;
  articles: { id: string }[];
  events: { key: string; value?: string; en?: string; mentions: GoldMention[] }[];
  optional?: { article: string; paragraph: number; timex: string }[];
}

/** A gold mention with its event key. */
export interface GoldItem extends GoldMention {
  event: string;
}

/** A system mention, as the scorer sees it. */
export interface SystemItem {
  article: string;
  paragraph: number;
  value: string;
  timex: string;
  /** Offset of the timex in its paragraph (to find the draft behind it). */
  start: number;
  event: string;
  /** The mention's own actors, or the event's when it lists none (as score.py). */
  actors: string[];
}

export interface Scores {
  mentionsGold: number;
  mentionsSystem: number;
  tp: number;
  fp: number;
  split: number;
  precision: number;
  recall: number;
  f1: number;
  clusterPrecision: number;
  clusterRecall: number;
  clusterF1: number;
  actorRecall: number;
  actorPrecision: number;
}

export interface ActorError {
  gold: number;
  system: number;
  missed: string[];
  extra: string[];
}

export interface ScoreDetail {
  scores: Scores;
  gold: GoldItem[];
  system: SystemItem[];
  /** gold index -> system index */
  match: Map<number, number>;
  missed: number[];
  spurious: number[];
  /** Pairs of gold indices: same gold event, different system events. */
  splitPairs: [number, number][];
  /** Pairs of gold indices: different gold events, one system event. */
  mergedPairs: [number, number][];
  actorErrors: ActorError[];
}

/** Harakat (U+064B–U+0652), tatweel and the superscript alef, which score.py drops. */
const DROPPED = (code: number) =>
  (code >= 0x064b && code <= 0x0652) || code === 0x0640 || code === 0x0670;

/** score.py's norm(): NFKC, no harakat or tatweel, one alef, ي for ى, ه for ة, lower case. */
export function norm(s: string | null | undefined): string {
  let t = (s ?? '').normalize('NFKC');
  t = [...t].filter((c) => !DROPPED(c.charCodeAt(0))).join('');
  t = t
    .replace(/[\u0623\u0625\u0622\u0671]/g, 'ا')
    .replaceAll('ى', 'ي')
    .replaceAll('ة', 'ه');
  t = t.toLowerCase().replaceAll('’', "'").replaceAll('‘', "'");
  t = t.replace(/[^\p{L}\p{N}_']+/gu, ' ');
  return t.trim();
}

export function score(system: Timeline, gold: Gold): ScoreDetail {
  const goldForms = Object.entries(gold.actors).map(([k, v]) => [k, new Set(v.map(norm))] as const);
  const systemKeys = new Map<string, Set<string>>();
  for (const a of system.actors) {
    const forms = new Set([norm(a.name.en), norm(a.name.ar), ...a.aliases.map(norm)]);
    forms.delete('');
    systemKeys.set(
      a.id,
      new Set(goldForms.filter(([, fs]) => [...forms].some((f) => fs.has(f))).map(([k]) => k)),
    );
  }

  const goldArticles = new Set(gold.articles.map((a) => a.id));
  const gm: GoldItem[] = gold.events.flatMap((e) =>
    e.mentions.map((m) => ({ ...m, event: e.key })),
  );
  const optional = (gold.optional ?? []).map(
    (o) => [o.article, o.paragraph, norm(o.timex)] as const,
  );

  const sm: SystemItem[] = [];
  for (const e of system.events)
    for (const m of e.mentions) {
      if (!goldArticles.has(m.articleId)) continue;
      const own = m.actors.map((x) => x.id);
      sm.push({
        article: m.articleId,
        paragraph: m.paragraph,
        value: m.timex.value ?? e.date.value,
        timex: m.timex.text,
        start: m.timex.start,
        event: e.id,
        actors: own.length ? own : e.actors,
      });
    }

  // one-to-one matching on (article, paragraph, value); among equal keys prefer the system
  // mention whose timex text overlaps
  const pool = new Map<string, number[]>();
  const key = (a: string, p: number, v: string) => `${a}\u0000${p}\u0000${v}`;
  sm.forEach((m, i) => {
    const k = key(m.article, m.paragraph, m.value);
    pool.set(k, [...(pool.get(k) ?? []), i]);
  });
  const match = new Map<number, number>();
  const overlap = (g: GoldItem, s: number) => {
    const a = norm(g.timex);
    const b = norm(sm[s]!.timex);
    return Boolean(a && b && (a.includes(b) || b.includes(a)));
  };
  for (const pass of [0, 1])
    gm.forEach((g, gi) => {
      if (match.has(gi)) return;
      const list = pool.get(key(g.article, g.paragraph, g.value));
      if (!list?.length) return;
      const pick = pass === 0 ? list.find((s) => overlap(g, s)) : list[0];
      if (pick === undefined) return;
      list.splice(list.indexOf(pick), 1);
      match.set(gi, pick);
    });

  const matchedSystem = new Set(match.values());
  const matchedGold = [...match.keys()].map((gi) => gm[gi]!);
  let fp = 0;
  let split = 0;
  const spurious: number[] = [];
  sm.forEach((m, i) => {
    if (matchedSystem.has(i)) return;
    const t = norm(m.timex);
    if (
      optional.some(
        ([a, p, o]) =>
          a === m.article && p === m.paragraph && t && (t.includes(o) || o.includes(t)),
      )
    )
      return;
    // one gold expression reported as two pieces of the same value: not a second happening
    if (
      t &&
      matchedGold.some(
        (g) =>
          g.article === m.article &&
          g.paragraph === m.paragraph &&
          g.value === m.value &&
          norm(g.timex).includes(t),
      )
    ) {
      split++;
      return;
    }
    fp++;
    spurious.push(i);
  });
  const tp = match.size;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = gm.length ? tp / gm.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const missed = gm.flatMap((_, gi) => (match.has(gi) ? [] : [gi]));

  // pairwise clustering over matched mentions
  const items = [...match.entries()].sort((a, b) => a[0] - b[0]);
  let gp = 0;
  let sp = 0;
  let both = 0;
  const splitPairs: [number, number][] = [];
  const mergedPairs: [number, number][] = [];
  for (let x = 0; x < items.length; x++)
    for (let y = x + 1; y < items.length; y++) {
      const [g1, s1] = items[x]!;
      const [g2, s2] = items[y]!;
      const sameG = gm[g1]!.event === gm[g2]!.event;
      const sameS = sm[s1]!.event === sm[s2]!.event;
      gp += +sameG;
      sp += +sameS;
      both += +(sameG && sameS);
      if (sameG && !sameS) splitPairs.push([g1, g2]);
      if (sameS && !sameG) mergedPairs.push([g1, g2]);
    }
  const cP = sp ? both / sp : gp === 0 ? 1 : 0;
  const cR = gp ? both / gp : 1;
  const cF = cP + cR ? (2 * cP * cR) / (cP + cR) : 0;

  // actors: the mention's own (the event's when it lists none); country-level extras are free
  let aTp = 0;
  let aGold = 0;
  let aFp = 0;
  const actorErrors: ActorError[] = [];
  for (const [gi, si] of match) {
    const want = new Set(gm[gi]!.actors);
    const got = new Set<string>();
    for (const id of new Set(sm[si]!.actors)) for (const k of systemKeys.get(id) ?? []) got.add(k);
    aGold += want.size;
    const hit = [...want].filter((k) => got.has(k));
    aTp += hit.length;
    const extra = [...got].filter((k) => !want.has(k) && k !== 'us' && k !== 'iraq');
    aFp += extra.length;
    const missedActors = [...want].filter((k) => !got.has(k));
    if (missedActors.length || extra.length)
      actorErrors.push({ gold: gi, system: si, missed: missedActors, extra });
  }
  const aR = aGold ? aTp / aGold : 0;
  const aP = aTp + aFp ? aTp / (aTp + aFp) : 0;

  return {
    scores: {
      mentionsGold: gm.length,
      mentionsSystem: sm.length,
      tp,
      fp,
      split,
      precision,
      recall,
      f1,
      clusterPrecision: cP,
      clusterRecall: cR,
      clusterF1: cF,
      actorRecall: aR,
      actorPrecision: aP,
    },
    gold: gm,
    system: sm,
    match,
    missed,
    spurious,
    splitPairs,
    mergedPairs,
    actorErrors,
  };
}

/** score.py's last line. */
export function summaryLine(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return (
    `mentions F1 ${f(s.f1)} (P ${f(s.precision)} R ${f(s.recall)}, ${s.tp}/${s.mentionsGold} gold, ` +
    `${s.fp} spurious, ${s.split} split) | clusters F1 ${f(s.clusterF1)} | ` +
    `actors R ${f(s.actorRecall)} P ${f(s.actorPrecision)}`
  );
}
