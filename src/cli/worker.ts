// A worker thread of the extract command: takes article jobs one message at a time and
// answers each with its outcome (see job.ts). The main thread has looked the article up in the
// cache already: what comes here is to extract.
import { parentPort, workerData } from 'node:worker_threads';
import { contextOf, extractJob, type JobSettings } from './job';
import type { ArticleJob } from './folder';

const port = parentPort;
if (port) {
  const ctx = contextOf(workerData as JobSettings);
  port.on('message', (job: ArticleJob) => port.postMessage(extractJob(job, ctx)));
}
