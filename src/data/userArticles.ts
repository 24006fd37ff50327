// The articles a user added in this browser, kept in IndexedDB (idb-keyval) so they survive a
// reload. One record per article, keyed by its id; nothing leaves the browser. The library is
// loaded after the page, not with it: the explorer does not wait for storage.
import type { UseStore } from 'idb-keyval';
import type { ArticleInput } from '../extract';

export interface StoredArticle {
  input: ArticleInput;
  /** ISO time it was added, for the list's order. */
  added: string;
}

let store: Promise<{ kv: typeof import('idb-keyval'); db: UseStore }> | null = null;
const open = () =>
  (store ??= import('idb-keyval').then((kv) => ({
    kv,
    db: kv.createStore('arabic-news-timeline', 'articles'),
  })));

export async function loadUserArticles(): Promise<StoredArticle[]> {
  if (typeof indexedDB === 'undefined') return [];
  const { kv, db } = await open();
  const all = await kv.entries<string, StoredArticle>(db);
  return all
    .map(([, v]) => v)
    .sort((a, b) => a.added.localeCompare(b.added) || (a.input.id < b.input.id ? -1 : 1));
}

export async function saveUserArticle(a: StoredArticle): Promise<void> {
  const { kv, db } = await open();
  await kv.set(a.input.id, a, db);
}

export async function removeUserArticle(id: string): Promise<void> {
  const { kv, db } = await open();
  await kv.del(id, db);
}
