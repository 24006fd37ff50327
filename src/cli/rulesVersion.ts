// The version of the rules an extraction was made with: a hash of the extractor's code and
// rule data (src/extract/**, and src/model/** it builds on) and of the runtime whose ICU
// data it uses (Hijri dates come from Intl). Any edit there makes every cached result stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = ['../extract', '../model'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** 16 hex digits; throws when the sources cannot be read (the caller then runs uncached). */
export function rulesVersion(): string {
  const h = createHash('sha256');
  h.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''}\0`);
  for (const dir of SOURCES)
    for (const f of files(dir)) {
      h.update(`${relative(join(dir, '..'), f)}\0`);
      h.update(readFileSync(f));
      h.update('\0');
    }
  return h.digest('hex').slice(0, 16);
}
