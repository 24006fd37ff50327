// The rule patterns' little language, parsed into a tree. A pattern is a sequence of
// elements over tokens (see stream.ts):
//   word, 2001, /, '('     a literal token (quote marks the language uses: ( ) | [ ] ' : ? * + { } # ␣ ~)
//   NAME                   a list, a table, a number class, a set or a fragment (by name)
//   #  #4  #1-2            a number of any length, of 4 digits, of 1 to 2 digits
//   [،,]                   one mark among these characters
//   ␣  ~                   one or more spaces; any spaces (none included). Elements written side
//                          by side without either are glued («ال15», «1441هـ», «2019-03-14»)
//   slot:element           a named part of the match, what the rule's normaliser reads
//   ( a | b )  x?  x*  x+  x{0,2}
export type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'cap'; slot: string; node: Node }
  | { t: 'gap'; space: boolean }
  | { t: 'lit'; text: string }
  | { t: 'ref'; name: string }
  | { t: 'num'; min: number; max: number }
  | { t: 'set'; chars: string[] };

type Tok =
  | { k: 'op'; v: string }
  | { k: 'lit'; v: string }
  | { k: 'ref'; v: string }
  | { k: 'slot'; v: string }
  | { k: 'num'; min: number; max: number }
  | { k: 'set'; v: string[] }
  | { k: 'gap'; space: boolean }
  | { k: 'rep'; min: number; max: number };

const OPS = new Set(['(', ')', '|', '?', '*', '+']);
const isLetterOrDigit = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c);

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`pattern «${src}» at ${i}: ${why}`);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ') {
      i++;
    } else if (c === '␣' || c === '~') {
      out.push({ k: 'gap', space: c === '␣' });
      i++;
    } else if (OPS.has(c)) {
      out.push({ k: 'op', v: c });
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+),(\d+)\}/.exec(src.slice(i)) ?? fail('expected {m,n}');
      out.push({ k: 'rep', min: Number(m[1]), max: Number(m[2]) });
      i += m[0].length;
    } else if (c === '[') {
      const close = src.indexOf(']', i + 1);
      if (close < 0) fail('unclosed [');
      out.push({ k: 'set', v: [...src.slice(i + 1, close)] });
      i = close + 1;
    } else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) fail("unclosed '");
      out.push({ k: 'lit', v: src.slice(i + 1, close) });
      i = close + 1;
    } else if (c === '#') {
      const m = /^#(?:(\d+)(?:-(\d+))?)?/.exec(src.slice(i))!;
      const min = m[1] ? Number(m[1]) : 1;
      out.push({ k: 'num', min, max: m[2] ? Number(m[2]) : m[1] ? min : Infinity });
      i += m[0].length;
    } else if (isLetterOrDigit(c)) {
      let j = i;
      while (j < src.length && isLetterOrDigit(src[j]!)) j++;
      const w = src.slice(i, j);
      if (src[j] === ':') {
        if (!/^[a-z][a-z0-9]*$/.test(w)) fail(`slot names are lower-case ASCII: ${w}`);
        out.push({ k: 'slot', v: w });
        j++;
      } else if (/^[A-Z][A-Z0-9_]*$/.test(w) || (/^[A-Z]/.test(w) && src[j] === '_')) {
        while (j < src.length && /[A-Z0-9_]/.test(src[j]!)) j++;
        out.push({ k: 'ref', v: src.slice(i, j) });
      } else out.push({ k: 'lit', v: w });
      i = j;
    } else {
      out.push({ k: 'lit', v: c }); // a mark: / - . ، ,
      i++;
    }
  }
  return out;
}

/** Parses a pattern; throws with the pattern and the position on a syntax error. */
export function parsePattern(src: string): Node {
  const toks = lex(src);
  let p = 0;
  const fail = (why: string): never => {
    throw new Error(`pattern «${src}»: ${why}`);
  };
  const peek = () => toks[p];
  const isOp = (v: string) => {
    const t = peek();
    return t?.k === 'op' && t.v === v;
  };

  function alt(): Node {
    const options = [seq()];
    while (isOp('|')) {
      p++;
      options.push(seq());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }
  function seq(): Node {
    const items: Node[] = [];
    while (p < toks.length && !isOp('|') && !isOp(')')) items.push(item());
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }
  function item(): Node {
    let node = prim();
    for (;;) {
      const t = peek();
      if (t?.k === 'op' && (t.v === '?' || t.v === '*' || t.v === '+')) {
        p++;
        const [min, max] = t.v === '?' ? [0, 1] : t.v === '*' ? [0, Infinity] : [1, Infinity];
        node = { t: 'rep', node, min, max };
      } else if (t?.k === 'rep') {
        p++;
        node = { t: 'rep', node, min: t.min, max: t.max };
      } else return node;
    }
  }
  function prim(): Node {
    const t = toks[p++] ?? fail('unexpected end');
    switch (t.k) {
      case 'op':
        if (t.v !== '(') fail(`unexpected ${t.v}`);
        {
          const inner = alt();
          if (!isOp(')')) fail('missing )');
          p++;
          return inner;
        }
      case 'slot':
        return { t: 'cap', slot: t.v, node: prim() };
      case 'lit':
        return { t: 'lit', text: t.v };
      case 'ref':
        return { t: 'ref', name: t.v };
      case 'num':
        return { t: 'num', min: t.min, max: t.max };
      case 'set':
        return { t: 'set', chars: t.v };
      case 'gap':
        return { t: 'gap', space: t.space };
      case 'rep':
        return fail('a repetition needs something to repeat');
    }
  }

  const tree = alt();
  if (p < toks.length) fail(`unexpected ${JSON.stringify(toks[p])}`);
  return tree;
}

/** The slot names a pattern captures (fragments not expanded). */
export function slotsOf(node: Node, out = new Set<string>()): Set<string> {
  switch (node.t) {
    case 'seq':
      node.items.forEach((n) => slotsOf(n, out));
      break;
    case 'alt':
      node.options.forEach((n) => slotsOf(n, out));
      break;
    case 'rep':
      slotsOf(node.node, out);
      break;
    case 'cap':
      out.add(node.slot);
      slotsOf(node.node, out);
      break;
    default:
  }
  return out;
}
