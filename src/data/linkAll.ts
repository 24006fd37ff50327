// The work of linkArticles.worker.ts: read each article once (cached by its content), then link.
import {
  extractArticle,
  linkArticles,
  type ArticleExtraction,
  type ArticleInput,
} from '../extract';
import { encodeCompanion } from '../model/companion';
import { withCollection, type LinkRequest } from './linkArticles';

const cache = new Map<string, ArticleExtraction>();
const keyOf = (a: ArticleInput) => JSON.stringify([a.id, a.text, a.meta]);

export function linkAll(request: LinkRequest, onProgress: (done: number, total: number) => void) {
  // An added article replaces a loaded one with the same id.
  const ids = new Set(request.added.map((a) => a.id));
  const all = [...request.base.filter((a) => !ids.has(a.id)), ...request.added];
  const results: ArticleExtraction[] = [];
  const problems: string[] = [];
  all.forEach((a, i) => {
    const key = keyOf(a);
    let r = cache.get(key);
    if (!r) {
      try {
        r = extractArticle(a);
        cache.set(key, r);
      } catch (e) {
        // One article that the extractor cannot read costs only itself.
        problems.push(`${a.id}: could not be read (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    if (r) results.push(r);
    if (i % 4 === 3 || i === all.length - 1) onProgress(i + 1, all.length);
  });
  const linked = linkArticles(results);
  const bytes = encodeCompanion(withCollection(linked.timeline, request.about));
  return { bytes: bytes.buffer, problems: [...problems, ...linked.problems] };
}
