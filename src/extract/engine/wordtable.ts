// A set of words looked up straight from the text, without slicing it into strings: a hash of
// the chars (computed from the last one back, so that a word without its first one or two
// chars, a clitic peeled off, costs nothing more) probes an open-addressing table.

/** Hash of text[from, to), built from the end: h(c·rest) = c + 31·h(rest). */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = to - 1; k >= from; k--) h = (text.charCodeAt(k) + Math.imul(h, 31)) | 0;
  return h;
}

export class WordTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private words: string[];
  private mask: number;
  size = 0;

  constructor(capacity = 64) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n).fill(-1);
    this.words = new Array<string>(n).fill('');
    this.mask = n - 1;
  }

  set(word: string, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const h = hashRange(word, 0, word.length);
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      if (this.vals[at] === -1) {
        this.keys[at] = h;
        this.vals[at] = value;
        this.words[at] = word;
        this.size++;
        return;
      }
      if (this.keys[at] === h && this.words[at] === word) {
        this.vals[at] = value;
        return;
      }
    }
  }

  get(word: string): number {
    return this.find(word, 0, word.length, hashRange(word, 0, word.length));
  }

  /** The value of text[from, to) (its hash given), or -1. */
  find(text: string, from: number, to: number, h: number): number {
    const len = to - from;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const v = this.vals[at]!;
      if (v === -1) return -1;
      if (this.keys[at] === h) {
        const w = this.words[at]!;
        if (w.length === len && text.startsWith(w, from)) return v;
      }
    }
  }

  private grow(): void {
    const old = { keys: this.keys, vals: this.vals, words: this.words };
    const n = this.keys.length * 2;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n).fill(-1);
    this.words = new Array<string>(n).fill('');
    this.mask = n - 1;
    this.size = 0;
    for (let k = 0; k < old.vals.length; k++)
      if (old.vals[k] !== -1) this.set(old.words[k]!, old.vals[k]!);
  }
}
