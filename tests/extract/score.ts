// Scores a timeline against a reference reading: mentions matched one-to-one on
// (article, paragraph, value), pairwise clustering over matched mentions, actor recall.
import type { Timeline } from '../../src/model';
import { normalizeArabic } from '../../src/extract/text';

export interface Reference {
  actors: Record<string, string[]>;
  events: {
    key: string;
    mentions: {
      article: string;
      paragraph: number;
      timex: string;
      value: string;
      actors: string[];
    }[];
  }[];
  optional: { article: string; paragraph: number; timex: string }[];
}

const norm = (s: string) =>
  normalizeArabic(s.normalize('NFKC'))
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  clusterF1: number;
  actorRecall: number;
  missed: string[];
  spurious: string[];
}

export function score(t: Timeline, ref: Reference): Score {
  const forms = Object.entries(ref.actors).map(([k, v]) => [k, new Set(v.map(norm))] as const);
  const keysOf = new Map<string, Set<string>>();
  for (const a of t.actors) {
    const mine = new Set([a.name.ar, a.name.en, ...a.aliases].map(norm).filter(Boolean));
    keysOf.set(
      a.id,
      new Set(forms.filter(([, f]) => [...mine].some((m) => f.has(m))).map(([k]) => k)),
    );
  }
  const articles = new Set(ref.events.flatMap((e) => e.mentions.map((m) => m.article)));
  const gold = ref.events.flatMap((e) => e.mentions.map((m) => ({ ...m, event: e.key })));
  const sys = t.events.flatMap((e) =>
    e.mentions
      .filter((m) => articles.has(m.articleId))
      .map((m) => ({ ...m, value: m.timex.value ?? e.date.value, event: e.id })),
  );
  const used = new Set<number>();
  const match = new Map<number, number>();
  const overlaps = (g: string, s: string) => {
    const [a, b] = [norm(g), norm(s)];
    return a && b && (a.includes(b) || b.includes(a));
  };
  for (const strict of [true, false])
    gold.forEach((g, gi) => {
      if (match.has(gi)) return;
      const si = sys.findIndex(
        (s, i) =>
          !used.has(i) &&
          s.articleId === g.article &&
          s.paragraph === g.paragraph &&
          s.value === g.value &&
          (!strict || overlaps(g.timex, s.timex.text)),
      );
      if (si >= 0) {
        used.add(si);
        match.set(gi, si);
      }
    });
  const spurious = sys
    .filter((_, i) => !used.has(i))
    .filter(
      (s) =>
        !ref.optional.some(
          (o) =>
            o.article === s.articleId &&
            o.paragraph === s.paragraph &&
            overlaps(o.timex, s.timex.text),
        ),
    )
    .map((s) => `${s.articleId}:${s.paragraph} ${s.timex.text} -> ${s.value}`);
  const tp = match.size;
  const precision = tp / (tp + spurious.length || 1);
  const recall = tp / gold.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pairs = [...match.entries()];
  let gp = 0;
  let sp = 0;
  let both = 0;
  for (let x = 0; x < pairs.length; x++)
    for (let y = x + 1; y < pairs.length; y++) {
      const sameG = gold[pairs[x]![0]]!.event === gold[pairs[y]![0]]!.event;
      const sameS = sys[pairs[x]![1]]!.event === sys[pairs[y]![1]]!.event;
      gp += +sameG;
      sp += +sameS;
      both += +(sameG && sameS);
    }
  const cP = sp ? both / sp : gp ? 0 : 1;
  const cR = gp ? both / gp : 1;
  const clusterF1 = cP + cR ? (2 * cP * cR) / (cP + cR) : 0;
  let want = 0;
  let got = 0;
  for (const [gi, si] of match) {
    const keys = new Set(sys[si]!.actors.flatMap((a) => [...(keysOf.get(a.id) ?? [])]));
    for (const k of gold[gi]!.actors) {
      want++;
      if (keys.has(k)) got++;
    }
  }
  const missed = gold
    .filter((_, gi) => !match.has(gi))
    .map((g) => `${g.article}:${g.paragraph} ${g.timex} -> ${g.value}`);
  return { precision, recall, f1, clusterF1, actorRecall: want ? got / want : 0, missed, spurious };
}
