// `npm run extract [-- --input DIR --output FILE]`: articles -> timeline JSON, per the
// data contract. The only place with file I/O for extraction.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../extract';
import { integrityProblems, timelineSchema } from '../model';
import { readArticles } from './articles';
import { readFolderMeta, withFolderMeta } from './folderMeta';

const usage = 'usage: npm run extract -- [--input DIR] [--output FILE]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', default: 'seeds' },
        output: { type: 'string', default: 'public/data/timeline.json' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const { articles, problems } = readArticles(args.input);
  for (const p of problems) console.error(p);
  if (articles.length === 0) {
    console.error(`nothing written: no readable article in ${args.input}`);
    return 1;
  }
  const folder = readFolderMeta(args.input);
  const linked = extract(articles);
  const timeline = withFolderMeta(linked.timeline, folder.meta);
  for (const w of [...folder.problems, ...linked.problems]) console.error(`warning: ${w}`);

  // Our own output must keep the contract; refuse to write one that does not.
  const parsed = timelineSchema.safeParse(timeline);
  const broken = parsed.success
    ? integrityProblems(parsed.data)
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (broken.length) {
    for (const b of broken.slice(0, 20))
      console.error(`internal error, output violates the contract: ${b}`);
    return 2;
  }

  const out = args.output;
  mkdirSync(dirname(out) || '.', { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(timeline, null, 2)}\n`);
    renameSync(tmp, out); // atomic on one file system: readers see the old file or the new one
  } catch (e) {
    rmSync(tmp, { force: true });
    console.error(`${out}: could not write (${(e as Error).message})`);
    return 1;
  }
  console.error(
    `${out}: ${timeline.events.length} events, ${timeline.actors.length} actors, ${timeline.undated.length} undated from ${articles.length} articles`,
  );
  return problems.length ? 1 : 0;
}

process.exitCode = main();
