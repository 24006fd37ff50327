// Runs the article jobs: this thread reads what the cache holds, and the rest is extracted on
// N worker threads (node:worker_threads; the jobs are independent, so a queue and a few
// messages are all the pool there is), or in this thread when N is 1 or the work is too
// little to pay for starting threads. Outcomes arrive in any order; the caller sorts (linking
// does). A worker that dies takes only the article it was on with it: that one is reported,
// the rest go to a new worker.
import { Worker } from 'node:worker_threads';
import type { ArticleJob } from './folder';
import { shown } from './folder';
import { contextOf, extractJob, lookup, type JobSettings, type Outcome } from './job';
import { workerBundle } from './workerBundle';
import { workerLimits } from './youngGeneration';

const workerUrl = new URL('./worker.ts', import.meta.url);

/**
 * The worker's code: the bundle (see workerBundle.ts), else the TypeScript source through
 * tsx's loader, which worker threads do not inherit: the thread registers it, then loads it.
 */
async function workerStarter(): Promise<(settings: JobSettings) => Worker> {
  if (!workerUrl.pathname.endsWith('.ts'))
    return (settings) =>
      new Worker(workerUrl, { workerData: settings, resourceLimits: workerLimits });
  const bundle = await workerBundle();
  // execArgv: [] keeps `node --import tsx` from loading tsx into the thread as well
  if (bundle)
    return (settings) =>
      new Worker(bundle, { workerData: settings, execArgv: [], resourceLimits: workerLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return (settings) =>
    new Worker(boot, {
      eval: true,
      workerData: settings,
      execArgv: [],
      resourceLimits: workerLimits,
    });
}

/** Jobs sent to a worker ahead of its answers, so it never waits on the main thread. */
const AHEAD = 2;

/**
 * The text to extract that pays for one more thread. A worker takes about a quarter of a
 * second to start (its code, the compiled rules), and extraction about half a second a MB:
 * below a MB, the main thread alone is done about as soon.
 */
export const BYTES_PER_THREAD = 1_000_000;

/** Threads for the articles to extract: `threads` when asked for, else what the work pays for. */
export function threadsFor(
  threads: number,
  adapt: boolean,
  articles: number,
  bytes: number,
): number {
  const paid = adapt ? Math.ceil(bytes / BYTES_PER_THREAD) : threads;
  return Math.max(1, Math.min(threads, articles, paid));
}

/**
 * `threads`: at most this many workers; `adapt`: fewer when the articles to extract are too
 * little work for them (the default), else exactly that many (--jobs N).
 */
export async function runJobs(
  all: readonly ArticleJob[],
  { threads, adapt }: { threads: number; adapt: boolean },
  settings: JobSettings,
  report: (o: Outcome) => void,
): Promise<void> {
  const ctx = contextOf(settings);
  // What the cache holds is read here: a worker would parse it and send it back as a copy
  // (slower than reading it), and a rerun with most articles cached then starts no thread.
  // A miss's notes (a corrupt entry) go out with its outcome.
  const jobs: ArticleJob[] = [];
  const notesOf = new Map<string, string[]>();
  let bytes = 0;
  for (const job of all) {
    const o = lookup(job, ctx);
    if (o.kind !== 'miss') report(o);
    else {
      jobs.push(job);
      bytes += o.bytes;
      if (o.notes.length) notesOf.set(job.id, o.notes);
    }
  }
  const onOutcome = (o: Outcome) => {
    const notes = notesOf.get(o.id);
    report(notes ? { ...o, notes: [...notes, ...o.notes] } : o);
  };
  if (threadsFor(threads, adapt, jobs.length, bytes) <= 1) {
    for (const job of jobs) onOutcome(extractJob(job, ctx));
    return;
  }
  const startWorker = await workerStarter();
  const queue = [...jobs].reverse(); // pop() takes the next in order
  let running = 0;
  let answered = false;
  await new Promise<void>((resolveAll, reject) => {
    const spawn = () => {
      const sent: ArticleJob[] = [];
      const worker = startWorker(settings);
      running++;
      let finished = false;
      const feed = () => {
        while (sent.length < AHEAD && queue.length) {
          const job = queue.pop()!;
          sent.push(job);
          worker.postMessage(job);
        }
        if (!sent.length) {
          finished = true;
          void worker.terminate();
        }
      };
      worker.on('message', (o: Outcome) => {
        answered = true;
        sent.shift();
        onOutcome(o);
        feed();
      });
      const died = (why: string) => {
        if (finished) return;
        finished = true;
        // no worker ever answered: they cannot start here (not an article's doing)
        if (!answered) {
          queue.length = 0;
          reject(new Error(`worker threads could not start (${why}); --jobs 1 runs without them`));
          return;
        }
        // it works in order: the first job sent and not answered is the one it died on
        const [lost, ...rest] = sent;
        if (lost)
          onOutcome({
            kind: 'skipped',
            id: lost.id,
            bytes: 0,
            problems: [`${shown(lost.path)}: skipped: the extractor's thread died on it (${why})`],
            notes: [],
          });
        queue.push(...rest.reverse());
        sent.length = 0;
        if (queue.length) spawn();
      };
      worker.on('error', (e) => died(e.message));
      worker.on('exit', (code) => {
        died(`exit code ${code}`);
        if (--running === 0) resolveAll();
      });
      feed();
    };
    for (let i = 0; i < threadsFor(threads, adapt, jobs.length, bytes); i++) spawn();
  });
}
