// Maps minified positions in the bench build back to source files, so the CPU profile
// names src/… functions instead of one-letter bundle names. Reads vite's hidden maps.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 VLQ (the source map v3 "mappings" field): one line of segments. */
function decodeLine(line: string): number[][] {
  const segments: number[][] = [];
  for (const part of line.split(',')) {
    if (!part) continue;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of part) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(values);
  }
  return segments;
}

export interface Original {
  source: string;
  line: number;
  name: string | null;
}

interface RawMap {
  sources: string[];
  names: string[];
  mappings: string;
}

/** Absolute segments per generated line: [column, source, line, column, name?]. */
function decode(map: RawMap): number[][][] {
  const state = [0, 0, 0, 0, 0];
  return map.mappings.split(';').map((line) => {
    state[0] = 0;
    return decodeLine(line).map((seg) => {
      const abs: number[] = [];
      seg.forEach((v, i) => {
        state[i] = (state[i] ?? 0) + v;
        abs.push(state[i] ?? 0);
      });
      return abs;
    });
  });
}

/** A resolver for positions in `<outDir>/assets/<file>.js` (0-based line and column). */
export function sourceResolver(outDir: string) {
  const cache = new Map<string, { map: RawMap; lines: number[][][] } | null>();
  return (file: string, line: number, column: number): Original | null => {
    if (!cache.has(file)) {
      const path = join(outDir, 'assets', `${file}.map`);
      const map = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RawMap) : null;
      cache.set(file, map ? { map, lines: decode(map) } : null);
    }
    const entry = cache.get(file);
    const segments = entry?.lines[line];
    if (!entry || !segments) return null;
    let found: number[] | undefined;
    for (const seg of segments) {
      if ((seg[0] ?? 0) > column) break;
      found = seg;
    }
    if (!found || found.length < 4) return null;
    const source = (entry.map.sources[found[1] ?? 0] ?? '').replace(/^(\.\.\/)+/, '');
    const name = found.length > 4 ? (entry.map.names[found[4] ?? 0] ?? null) : null;
    return { source, line: (found[2] ?? 0) + 1, name };
  };
}
