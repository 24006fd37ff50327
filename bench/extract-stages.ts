// `npm run bench:stages [MB]`: the per-core CPU cost of the two stages docs/scale.md plans to
// spread over a cluster, on a generated corpus: the per-article map (extractArticle) and the
// linking (assemble). CPU time, so other processes on the machine inflate it less than wall time.
import { assemble } from '../src/cli/assemble';
import { extractArticle } from '../src/extract';
import { generateCorpus } from '../src/synthetic';
import { isMain, table } from './table';

const cpuSeconds = <T>(f: () => T): [T, number] => {
  const c0 = process.cpuUsage();
  const v = f();
  const c = process.cpuUsage(c0);
  return [v, (c.user + c.system) / 1e6];
};

if (isMain(import.meta.url)) {
  const mb = Number(process.argv[2] ?? 10);
  const { articles, bytes } = generateCorpus({ bytes: mb * 1e6, seed: 1 });
  for (const a of articles.slice(0, 200)) extractArticle(a); // warm-up
  const [results, mapS] = cpuSeconds(() => articles.map(extractArticle));
  const mentions = results.reduce((n, r) => n + r.drafts.length, 0);
  const [out, linkS] = cpuSeconds(() => assemble(results));
  console.log(
    table(
      [
        'corpus',
        'articles',
        'mentions',
        'events',
        'map CPU',
        'map MB/s per core',
        'link CPU',
        'link per mention',
      ],
      [
        [
          `${(bytes / 1e6).toFixed(1)} MB`,
          articles.length,
          mentions,
          out.timeline.events.length,
          `${mapS.toFixed(1)} s`,
          (bytes / 1e6 / mapS).toFixed(2),
          `${linkS.toFixed(1)} s`,
          `${((linkS * 1000) / mentions).toFixed(2)} ms`,
        ],
      ],
    ),
  );
  console.log(
    `load average: ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
}
