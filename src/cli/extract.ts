// `npm run extract [-- --input DIR --output FILE …]`: articles -> timeline JSON, per the data
// contract. Each article is read, extracted and checked on its own (in worker threads, or
// from the cache), then all are linked once; see --help for the flags.
import type { ArticleExtraction } from '../extract';
import { assemble } from './assemble';
import { pruneCache } from './cache';
import { listArticles, shown } from './folder';
import { readFolderMeta, withFolderMeta } from './folderMeta';
import type { JobSettings } from './job';
import { help, parseOptions, type Options } from './options';
import {
  companionPath,
  outputProblem,
  removeStaleTemps,
  writeAtomic,
  writeCompanion,
} from './output';
import { runJobs } from './pool';
import { Progress } from './progress';
import { rulesVersion } from './rulesVersion';

const MB = 1_000_000;

/** The cache settings for this run, or null (--no-cache, or the rules cannot be versioned). */
function cacheSettings(o: Options, say: (line: string) => void): JobSettings['cache'] {
  if (!o.cacheDir) return null;
  try {
    return { dir: o.cacheDir, version: rulesVersion() };
  } catch (e) {
    say(
      `warning: running without the cache: the extractor's sources cannot be read to version it (${(e as Error).message})`,
    );
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv);
  if ('help' in parsed) {
    console.log(help());
    return 0;
  }
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const o = parsed.options;
  const unwritable = outputProblem(o.output);
  if (unwritable) {
    console.error(`nothing written: ${unwritable}`);
    return 2;
  }
  removeStaleTemps(o.output);
  const companion = companionPath(o.output);
  if (companion) removeStaleTemps(companion);

  const listing = listArticles(o.input);
  if ('fatal' in listing) {
    console.error(`nothing written: ${listing.fatal}`);
    return 1;
  }
  const progress = new Progress({
    total: listing.jobs.length,
    stream: process.stderr,
    quiet: o.quiet,
  });
  const say = (line: string) => progress.log(line);
  let skipped = listing.problems.length;
  for (const p of listing.problems) say(p);

  const settings: JobSettings = {
    limits: {
      maxArticleBytes: Math.floor(o.maxArticleMb * MB),
      followSymlinks: o.followSymlinks,
      root: listing.root,
    },
    cache: cacheSettings(o, say),
  };
  const results: ArticleExtraction[] = [];
  const used = new Set<string>();
  let written = 0;
  let fromCache = 0;
  const pathOf = new Map(listing.jobs.map((j) => [j.id, j.path]));
  try {
    await runJobs(listing.jobs, { threads: o.jobs, adapt: !o.jobsAsked }, settings, (out) => {
      for (const n of out.notes) say(n);
      if (out.kind === 'skipped') {
        skipped++;
        for (const p of out.problems) say(p);
      } else {
        results.push(out.result);
        if (out.cacheFile) used.add(out.cacheFile);
        if (out.cached) fromCache++;
        else if (out.cacheFile) written++;
      }
      progress.tick(out.bytes);
    });
  } catch (e) {
    progress.end();
    console.error(`nothing written: ${(e as Error).message}`);
    return 2;
  }
  if (results.length === 0) {
    progress.end();
    console.error(`nothing written: no readable article in ${shown(o.input)}`);
    return 1;
  }

  progress.stage(`linking ${results.length} articles`);
  let assembled;
  try {
    assembled = assemble(results);
  } catch (e) {
    progress.end();
    console.error(`nothing written: internal error: ${(e as Error).message}`);
    return 2;
  }
  // the folder's own description (collection.json): the title and the sides
  const folder = readFolderMeta(o.input);
  const timeline = withFolderMeta(assembled.timeline, folder.meta);
  const { setAside } = assembled;
  const warnings = [...folder.problems, ...assembled.warnings];
  for (const a of setAside)
    say(
      `${shown(pathOf.get(a.id) ?? a.id)}: skipped: the linked output broke the data contract at its ${a.problem}; please report this`,
    );
  skipped += setAside.length;
  for (const w of warnings) say(`warning: ${w}`);

  progress.stage('writing');
  const json = `${JSON.stringify(timeline, null, 2)}\n`;
  const failed = writeAtomic(o.output, json);
  if (failed) {
    progress.end();
    console.error(`nothing written: ${failed}`);
    return 2;
  }
  // The compact file the app opens big timelines from (model/companion.ts); the JSON stays the
  // interchange format, and without a current companion the app reads the JSON.
  const notCompanion = companion ? writeCompanion(companion, timeline, json) : null;
  if (notCompanion) say(`warning: ${notCompanion}; the app will read the JSON`);
  if (settings.cache && written > 0) pruneCache(settings.cache.dir, used, o.cacheMaxMb * MB);
  progress.end();
  if (!o.quiet)
    console.error(
      `${shown(o.output)}: ${timeline.events.length} events, ${timeline.actors.length} actors, ${timeline.undated.length} undated from ${timeline.articles.length} articles` +
        (settings.cache ? ` (${fromCache} from the cache)` : '') +
        (skipped ? `; ${skipped} skipped` : ''),
    );
  return skipped ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
