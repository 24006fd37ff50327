// The articles a user added in this browser, kept in IndexedDB (idb-keyval) so they survive a
// reload. One record per article, keyed by its id; nothing leaves the browser.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { ArticleInput } from '../extract';

export interface StoredArticle {
  input: ArticleInput;
  /** ISO time it was added, for the list's order. */
  added: string;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('arabic-news-timeline', 'articles'));

export async function loadUserArticles(): Promise<StoredArticle[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = await entries<string, StoredArticle>(db());
  return all
    .map(([, v]) => v)
    .sort((a, b) => a.added.localeCompare(b.added) || (a.input.id < b.input.id ? -1 : 1));
}

export async function saveUserArticle(a: StoredArticle): Promise<void> {
  await set(a.input.id, a, db());
}

export async function removeUserArticle(id: string): Promise<void> {
  await del(id, db());
}
