// Participants a sentence refers to without naming them, as news writes them once a name has
// been given: the short form of a group's or a ministry's name («التنظيم»، «الوزارة»), a role
// noun for the one person the article gives that role («الناشط» for «الناشط الحقوقي X»), a
// kinship noun for the relative it names («أرملة …» for «Y زوجة Z»), and «البيان» for whoever
// issued the last statement. They are shown with a mention, not weighed when linking: a
// reference is a reading of the article, and the reports of one happening by other outlets
// name their participants themselves.
import type { ActorSpan } from './actors';
import type { Language } from './language';
import { normalizeArabic } from './text';
import { readings, tokensOf, type Token } from './tokens';
import type { GazetteerActor } from './types';

/** One paragraph as the article reader has it: its normalised text and the actors it names. */
export interface NamedParagraph {
  norm: string;
  /** Named actors, sorted by start (normalised offsets). */
  actors: readonly ActorSpan[];
}

/** The referring words of a language (markers.json), normalised. */
export interface ReferentWords {
  /** Heads of names («التنظيم») and the kinds of actor whose names they begin. */
  shortForms: ReadonlyMap<string, ReadonlySet<GazetteerActor['kind']>>;
  /** Role nouns by their first word, without «ال»; the rest of each is its qualifiers. */
  roles: ReadonlyMap<string, readonly string[][]>;
  /** Kinship nouns, without «ال», to their group («زوجة» and «أرملة» are one). */
  kin: ReadonlyMap<string, number>;
  /** The noun of a statement («بيان»). */
  statement: ReadonlySet<string>;
}

const bare = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

export function compileReferentWords(m: {
  shortForms: { words: string[]; kinds: GazetteerActor['kind'][] };
  roleReferents: { words: string[] };
  kinReferents: { groups: string[][] };
  statementReferents: { words: string[] };
}): ReferentWords {
  const kinds = new Set(m.shortForms.kinds);
  const roles = new Map<string, string[][]>();
  for (const phrase of m.roleReferents.words) {
    const [head, ...rest] = normalizeArabic(phrase).split(/\s+/).map(bare);
    if (!head) continue;
    roles.set(head, [...(roles.get(head) ?? []), rest]);
  }
  const kin = new Map<string, number>();
  m.kinReferents.groups.forEach((g, i) => {
    for (const w of g) kin.set(bare(normalizeArabic(w)), i);
  });
  return {
    shortForms: new Map(m.shortForms.words.map((w) => [bare(normalizeArabic(w)), kinds])),
    roles,
    kin,
    statement: new Set(m.statementReferents.words.map((w) => bare(normalizeArabic(w)))),
  };
}

/** Words between «بيان» and its issuer («بيان صادر عن …»); «لـ» is a clitic of the name. */
const ISSUED_BY = new Set(['صادر', 'صادره', 'عن', 'من']);

/** How many words may stand between a role noun and the name it introduces. */
const QUALIFIERS = 5;

/** The word a token reads as once its clitics are off, with or without «ال». */
function formsOf(t: Token): string[] {
  return readings(t.word).map((r) => r.form);
}

interface Definition {
  person: string;
  /** Words between the role noun and the name, without «ال», and the actors among them. */
  words: Set<string>;
  actors: Set<string>;
}

/**
 * For each paragraph, the actors its words refer to without naming them (normalised offsets
 * of the referring word), for the whole article at once: the lead often describes someone the
 * next paragraph names («كشف ناشط حقوقي …» then «وقال الناشط الحقوقي X»).
 */
export function findReferents(
  paragraphs: readonly NamedParagraph[],
  byId: (id: string) => GazetteerActor | undefined,
  lang: Language,
): ActorSpan[][] {
  const words = lang.referents;
  const isPerson = (id: string) => byId(id)?.kind === 'person';
  const parsed = paragraphs.map((p) => {
    const tokens = tokensOf(p.norm);
    // the named actor spans that hold each token
    const holders: ActorSpan[][] = tokens.map(() => []);
    let from = 0;
    for (const a of p.actors) {
      while (from < tokens.length && tokens[from]!.end <= a.start) from++;
      for (let k = from; k < tokens.length && tokens[k]!.start < a.end; k++) holders[k]!.push(a);
    }
    return { p, tokens, holders };
  });
  const gap = (norm: string, a: Token, b: Token) => norm.slice(a.end, b.start);
  const closes = (s: string) => /[.؟?!؛:()«»"“”]/.test(s);

  // definitions: «الناشط الحقوقي X»، «X، زوجة Z»
  const roleDefs = new Map<string, Definition[]>();
  const kinDefs = new Map<number, { person: string; of: string }[]>();
  const defining = new Set<Token>(); // role or kinship nouns that introduce a name
  const seenDefs = new Set<string>();
  const roleAt = (tokens: Token[], i: number): { head: string; len: number } | null => {
    for (const f of formsOf(tokens[i]!)) {
      const head = bare(f);
      const rests = words.roles.get(head);
      if (!rests) continue;
      // the longest of its phrases that the next words spell
      let len = 0;
      for (const rest of rests)
        if (
          rest.length + 1 > len &&
          rest.every((w, k) => bare(tokens[i + 1 + k]?.text ?? '') === w)
        )
          len = rest.length + 1;
      if (len) return { head, len };
    }
    return null;
  };
  const kinAt = (t: Token): number | undefined => {
    for (const f of formsOf(t)) {
      const g = words.kin.get(bare(f));
      if (g !== undefined) return g;
    }
    return undefined;
  };
  /** The person named from token j on within a few words (no sentence punctuation between). */
  const personAfter = (x: (typeof parsed)[number], j: number, reach: number) => {
    const { p, tokens, holders } = x;
    for (let k = j; k < Math.min(tokens.length, j + reach); k++) {
      if (k > j && closes(gap(p.norm, tokens[k - 1]!, tokens[k]!))) return null;
      const person = holders[k]!.find((a) => isPerson(a.id));
      if (person) return { id: person.id, at: k };
    }
    return null;
  };
  for (const x of parsed) {
    const { tokens, holders } = x;
    for (let i = 0; i < tokens.length; i++) {
      if (holders[i]!.some((a) => isPerson(a.id))) continue; // a gazetteer role: already a name
      const role = roleAt(tokens, i);
      if (role) {
        const named = personAfter(x, i + role.len, QUALIFIERS + 1);
        if (!named) continue;
        const between = new Set<string>();
        const actors = new Set<string>();
        for (let k = i + 1; k < named.at; k++) {
          between.add(bare(tokens[k]!.text));
          for (const a of holders[k]!) actors.add(a.id);
        }
        // each definition once: a long article repeats them, and every reference reads them all
        const key = `${role.head}\u0000${named.id}\u0000${[...between].sort().join(' ')}\u0000${[...actors].sort().join(' ')}`;
        if (!seenDefs.has(key)) {
          seenDefs.add(key);
          const defs = roleDefs.get(role.head);
          const def = { person: named.id, words: between, actors };
          if (defs) defs.push(def);
          else roleDefs.set(role.head, [def]);
        }
        defining.add(tokens[i]!);
        continue;
      }
      const g = kinAt(tokens[i]!);
      if (g === undefined) continue;
      // «X زوجة Z»: the person just before is the relative of the person just after
      const of = personAfter(x, i + 1, 3);
      // («رغد صدام حسين، ابنة صدام حسين»: the name before holds the possessor's)
      const prev =
        i > 0 && of ? holders[i - 1]!.find((a) => isPerson(a.id) && a.id !== of.id) : undefined;
      if (of && prev && !closes(gap(x.p.norm, tokens[i - 1]!, tokens[i]!))) {
        const key = `${g}\u0000${prev.id}\u0000${of.id}`;
        if (!seenDefs.has(key)) {
          seenDefs.add(key);
          const defs = kinDefs.get(g);
          const def = { person: prev.id, of: of.id };
          if (defs) defs.push(def);
          else kinDefs.set(g, [def]);
        }
        defining.add(tokens[i]!);
      }
    }
  }
  // the first word of each of an actor's names, worked out once per actor, not per short form
  const heads = new Map<string, Set<string>>();
  const headsOf = (a: GazetteerActor) => {
    let h = heads.get(a.id);
    if (!h) {
      h = new Set([a.name.ar, ...a.aliases].map((n) => normalizeArabic(n).split(/\s+/)[0]!));
      heads.set(a.id, h);
    }
    return h;
  };
  const one = <T>(xs: readonly T[], key: (x: T) => string): T | undefined =>
    xs.length && xs.every((x) => key(x) === key(xs[0]!)) ? xs[0] : undefined;

  // references, in reading order (a short form and «البيان» look back; roles and kin do not
  // need to: the article gives each of them to one person)
  // the actors named so far, by the first word of each of their names: a short form looks up
  // its head, not every actor the article has named
  const named = new Set<string>();
  const namedByHead = new Map<string, string[]>();
  const name = (id: string) => {
    if (named.has(id)) return;
    named.add(id);
    const a = byId(id);
    if (!a) return;
    for (const h of headsOf(a)) {
      const ids = namedByHead.get(h);
      if (ids) ids.push(id);
      else namedByHead.set(h, [id]);
    }
  };
  let issuer: string | null = null;
  return parsed.map((x) => {
    const { p, tokens, holders } = x;
    const out: ActorSpan[] = [];
    const at = (t: Token, id: string) => out.push({ id, start: t.start, end: t.end });
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      for (const a of holders[i]!) name(a.id);
      if (holders[i]!.length) continue;
      const forms = formsOf(t);
      const definite = forms.some((f) => f.startsWith('ال'));
      // what the next words name, if they follow at once: «الوزارة العراقية» is not a short form
      const nextNamed = (k: number) =>
        k < tokens.length && !closes(gap(p.norm, tokens[k - 1]!, tokens[k]!))
          ? holders[k]!.map((a) => a.id)
          : [];
      const form = forms.map(bare).find((f) => words.statement.has(f));
      if (form) {
        // «في بيان» after its issuer, «بيان لـ X», «بيان صادر عن X»: the issuer; «البيان» alone: the last one
        const after: string[] = [];
        for (let k = i + 1; k <= i + 3 && k < tokens.length && !after.length; k++) {
          if (/\S/.test(gap(p.norm, tokens[k - 1]!, tokens[k]!))) break;
          after.push(...holders[k]!.map((a) => a.id));
          if (!after.length && !ISSUED_BY.has(tokens[k]!.text)) break;
        }
        const own = after.find((id) => byId(id)?.kind !== 'media');
        if (definite && !own) {
          if (issuer) at(t, issuer);
        } else {
          // the issuer just before, through a parenthesis: «البعثة الأممية (يونامي) في بيان»
          let before: string | undefined;
          for (let k = i - 1; k >= 0 && k >= i - 8 && !before; k--) {
            if (closes(gap(p.norm, tokens[k]!, tokens[k + 1]!).replace(/[()]/g, ''))) break;
            before = holders[k]!.find((a) => byId(a.id)?.kind !== 'media')?.id;
          }
          issuer = own ?? before ?? issuer;
        }
        continue;
      }
      const head = forms.map(bare).find((f) => words.shortForms.has(f));
      if (head && definite && !nextNamed(i + 1).length) {
        const kinds = words.shortForms.get(head)!;
        const fits = (namedByHead.get(head) ?? []).filter((id) => kinds.has(byId(id)!.kind));
        if (fits.length === 1) at(t, fits[0]!);
        continue;
      }
      if (defining.has(t)) continue;
      const role = roleAt(tokens, i);
      if (role) {
        const defs = roleDefs.get(role.head) ?? [];
        // its own qualifiers («وزير الخارجية الأميركي») must be the definition's
        const mine = new Set<string>();
        const actors = new Set<string>();
        for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
          if (closes(gap(p.norm, tokens[k - 1]!, tokens[k]!))) break;
          const w = tokens[k]!.text;
          if (k >= i + role.len && !w.startsWith('ال') && !holders[k]!.length) break;
          mine.add(bare(w));
          for (const a of holders[k]!) actors.add(a.id);
        }
        if ([...actors].some((id) => isPerson(id))) continue; // it introduces someone else
        const fit = defs.filter(
          (d) =>
            [...actors].every((id) => d.actors.has(id)) && [...mine].every((w) => d.words.has(w)),
        );
        const d = one(fit, (f) => f.person);
        if (d) at(t, d.person);
        continue;
      }
      const g = kinAt(t);
      if (g !== undefined) {
        const of = personAfter(x, i + 1, 3);
        const fit = (kinDefs.get(g) ?? []).filter((d) => !of || d.of === of.id);
        const d = one(fit, (f) => f.person);
        if (d) at(t, d.person);
      }
    }
    return out;
  });
}
