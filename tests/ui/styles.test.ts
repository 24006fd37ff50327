// The stylesheet serves both reading directions: logical properties only.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const files = readdirSync('src/styles').filter((f) => f.endsWith('.css'));
const css = files.map((f) => readFileSync(`src/styles/${f}`, 'utf8')).join('\n');

test('app.css imports every other sheet', () => {
  const app = readFileSync('src/styles/app.css', 'utf8');
  const imported = [...app.matchAll(/@import '\.\/([a-z-]+\.css)'/g)].map((m) => m[1]);
  expect(imported.sort()).toEqual(files.filter((f) => f !== 'app.css').sort());
});

test('no physical left/right properties or values in the stylesheets', () => {
  const physical =
    /(?:margin|padding|border)-(?:left|right)\b|(?:^|[\s;{])(?:left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/gm;
  expect(css.match(physical) ?? []).toEqual([]);
});

test('light and dark schemes define the same colour tokens', () => {
  const tokens = (block: string) =>
    [...block.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]).sort();
  const base = readFileSync('src/styles/base.css', 'utf8');
  const light = base.slice(base.indexOf(':root {'), base.indexOf('}', base.indexOf(':root {')));
  const darkStart = base.indexOf(':root {', base.indexOf('prefers-color-scheme: dark'));
  const dark = base.slice(darkStart, base.indexOf('}', darkStart));
  const colours = tokens(light).filter((t) => !t!.startsWith('--font') && t !== '--radius');
  expect(tokens(dark)).toEqual(colours);
});
