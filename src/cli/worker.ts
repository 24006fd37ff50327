// A worker thread of the extract command: takes article jobs one message at a time and
// answers each with its outcome (see job.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { contextOf, processJob, type JobSettings } from './job';
import type { ArticleJob } from './folder';

const port = parentPort;
if (port) {
  const ctx = contextOf(workerData as JobSettings);
  port.on('message', (job: ArticleJob) => port.postMessage(processJob(job, ctx)));
}
