// The extractor in a worker: links the user's articles with the loaded ones off the main thread.
import './zodConfig';
import { linkAll } from './linkAll';
import type { LinkRequest } from './linkArticles';

self.onmessage = (e: MessageEvent<LinkRequest & { id: number }>) => {
  const { id, ...request } = e.data;
  const result = linkAll(request, (done, total) =>
    self.postMessage({ id, type: 'progress', done, total }),
  );
  self.postMessage({ id, type: 'done', ...result }, [result.bytes]);
};
