// A whole folder of articles read at once, as the extract command reads it (tests and
// scripts use this; the command itself reads each article in its worker).
import type { ArticleInput } from '../extract/types';
import { listArticles } from './folder';
import { readArticle } from './read';
import { DEFAULT_MAX_ARTICLE_MB } from './options';

export interface ReadResult {
  articles: ArticleInput[];
  problems: string[];
}

export function readArticles(dir: string): ReadResult {
  const listing = listArticles(dir);
  if ('fatal' in listing) return { articles: [], problems: [listing.fatal] };
  const limits = {
    maxArticleBytes: DEFAULT_MAX_ARTICLE_MB * 1_000_000,
    followSymlinks: false,
    root: listing.root,
  };
  const problems = [...listing.problems];
  const articles: ArticleInput[] = [];
  for (const job of listing.jobs) {
    const r = readArticle(job, limits);
    if ('input' in r) articles.push(r.input);
    else problems.push(...r.problems);
  }
  return { articles, problems };
}
