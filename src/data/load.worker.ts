// Loads a timeline off the page's thread (loader.ts): one worker per load, closed when done.
import './zodConfig';
import { runLoad, type LoadRequest, type LoaderMessage } from './loader';

const post = (m: LoaderMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);

self.onmessage = (e: MessageEvent<LoadRequest>) => {
  void runLoad(e.data, post, new AbortController().signal).finally(() => self.close());
};
