// The stylesheet serves both reading directions: logical properties only.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const css = readFileSync('src/styles/app.css', 'utf8');

test('no physical left/right properties or values in the app stylesheet', () => {
  const physical =
    /(?:margin|padding|border)-(?:left|right)\b|(?:^|[\s;{])(?:left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/gm;
  expect(css.match(physical) ?? []).toEqual([]);
});

test('light and dark schemes define the same colour tokens', () => {
  const tokens = (block: string) =>
    [...block.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]).sort();
  const light = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const darkStart = css.indexOf(':root {', css.indexOf('prefers-color-scheme: dark'));
  const dark = css.slice(darkStart, css.indexOf('}', darkStart));
  const colours = tokens(light).filter((t) => !t!.startsWith('--font') && t !== '--radius');
  expect(tokens(dark)).toEqual(colours);
});
