// Bytes of an article or a sidecar -> text, per the contract: UTF-8, with or without BOM.
// Anything else is named for what it most likely is (UTF-16, Windows-1256, binary), so the
// user knows which conversion to run; it is never decoded by guess.

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { text: string } | { problem: string };

const startsWith = (b: Uint8Array, ...prefix: number[]) => prefix.every((x, i) => b[i] === x);

/** Share of UTF-16 code units that are Arabic letters or plain text, read in one byte order. */
function utf16Likeness(b: Uint8Array, littleEndian: boolean): { arabic: number; text: number } {
  let arabic = 0;
  let text = 0;
  const units = Math.floor(b.length / 2);
  for (let i = 0; i + 1 < b.length; i += 2) {
    const u = littleEndian ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!;
    if (u >= 0x0600 && u <= 0x06ff) arabic++;
    else if ((u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09) text++;
  }
  return { arabic: arabic / Math.max(1, units), text: (arabic + text) / Math.max(1, units) };
}

/** UTF-16 without a byte-order mark: most code units are Arabic letters or ASCII text. */
function bomlessUtf16(b: Uint8Array): 'little-endian' | 'big-endian' | null {
  if (b.length < 4 || b.length % 2 !== 0) return null;
  for (const le of [true, false]) {
    const l = utf16Likeness(b, le);
    if (l.arabic >= 0.2 && l.text >= 0.9) return le ? 'little-endian' : 'big-endian';
  }
  return null;
}

let cp1256: TextDecoder | null = null;
/** Invalid UTF-8 whose bytes read as mostly Arabic letters in the Windows Arabic code page. */
function looksWindows1256(b: Uint8Array): boolean {
  cp1256 ??= new TextDecoder('windows-1256');
  let high = 0;
  let arabic = 0;
  for (const c of cp1256.decode(b)) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) continue;
    high++;
    if (code >= 0x0600 && code <= 0x06ff) arabic++;
  }
  return high > 0 && arabic / high >= 0.8;
}

/** Where the first byte that is not UTF-8 stands, as a line and a byte offset. */
function firstBadByte(b: Uint8Array): string {
  let lo = 0;
  let hi = b.length;
  // the longest valid prefix, by bisection (a valid prefix may end inside a character)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  let line = 1;
  for (let i = 0; i < lo; i++) if (b[i] === 0x0a) line++;
  return `line ${line}, byte ${lo}`;
}

/** `what` names the thing in the advice: "the article", "the sidecar". */
export function decodeText(b: Uint8Array, what: string): Decoded {
  const save = `save ${what} as UTF-8`;
  if (startsWith(b, 0xff, 0xfe, 0, 0) || startsWith(b, 0, 0, 0xfe, 0xff))
    return { problem: `UTF-32 text, not UTF-8: ${save} (iconv -f UTF-32 -t UTF-8)` };
  if (startsWith(b, 0xff, 0xfe) || startsWith(b, 0xfe, 0xff)) {
    const order = b[0] === 0xff ? 'little-endian' : 'big-endian';
    return {
      problem: `UTF-16 text (${order}, with a byte-order mark), not UTF-8: ${save} (iconv -f UTF-16 -t UTF-8)`,
    };
  }
  const utf16 = bomlessUtf16(b);
  if (utf16)
    return {
      problem: `UTF-16 text (${utf16}, no byte-order mark), not UTF-8: ${save} (iconv -f UTF-16${utf16 === 'little-endian' ? 'LE' : 'BE'} -t UTF-8)`,
    };
  if (b.includes(0)) return { problem: `binary file (contains NUL bytes), not text` };
  try {
    return { text: utf8.decode(b) }; // the BOM, if any, is kept: the paragraph split drops it
  } catch {
    if (looksWindows1256(b))
      return {
        problem: `not UTF-8: the bytes read as Windows-1256 (Arabic Windows) text; ${save} (iconv -f WINDOWS-1256 -t UTF-8)`,
      };
    return { problem: `not valid UTF-8 (first bad byte at ${firstBadByte(b)}); ${save}` };
  }
}
