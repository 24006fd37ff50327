// The timeline shown: the loaded one, or, when the user has added articles of their own, all of
// them linked together in the worker. The added articles live in IndexedDB.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleInput } from '../extract';
import { aboutOf, inputsFromStore, linkInBackground } from '../data/linkArticles';
import {
  loadUserArticles,
  removeUserArticle,
  saveUserArticle,
  type StoredArticle,
} from '../data/userArticles';
import { openCompanion, type TimelineStore } from '../model/store';

export interface Collection {
  /** What to show: null while there is nothing yet. */
  timeline: TimelineStore | null;
  /** The user's own articles (null while they are read from storage). */
  added: StoredArticle[] | null;
  /** Extraction progress while the worker runs. */
  progress: { done: number; total: number } | null;
  /** The extractor's warnings about the articles. */
  problems: string[];
  add: (inputs: ArticleInput[]) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

export function useCollection(base: TimelineStore | null): Collection {
  const [added, setAdded] = useState<StoredArticle[] | null>(null);
  const [linked, setLinked] = useState<{ timeline: TimelineStore; problems: string[] } | null>(
    null,
  );
  const [progress, setProgress] = useState<Collection['progress']>(null);

  useEffect(() => {
    let live = true;
    loadUserArticles().then(
      (list) => live && setAdded(list),
      () => live && setAdded([]), // storage refused (private mode): nothing kept, nothing lost
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!base || !added || added.length === 0) {
      setLinked(null);
      return;
    }
    let live = true;
    setProgress({ done: 0, total: added.length });
    // The loaded articles are read again with the user's: their texts must be in first.
    base.sources
      .then(() =>
        linkInBackground(
          { base: inputsFromStore(base), added: added.map((a) => a.input), about: aboutOf(base) },
          (done, total) => live && setProgress({ done, total }),
        ),
      )
      .then(
        (r) => {
          if (!live) return;
          setLinked({ timeline: openCompanion(r.bytes), problems: r.problems });
          setProgress(null);
        },
        (e: unknown) => {
          if (!live) return;
          setLinked({ timeline: base, problems: [`the extractor failed: ${String(e)}`] });
          setProgress(null);
        },
      );
    return () => {
      live = false;
    };
  }, [base, added]);

  const add = useCallback(async (inputs: ArticleInput[]) => {
    const now = new Date().toISOString();
    const records = inputs.map((input) => ({ input, added: now }));
    for (const r of records) await saveUserArticle(r);
    setAdded((list) => {
      const ids = new Set(records.map((r) => r.input.id));
      return [...(list ?? []).filter((a) => !ids.has(a.input.id)), ...records];
    });
  }, []);

  const remove = useCallback(async (id: string) => {
    await removeUserArticle(id);
    setAdded((list) => (list ?? []).filter((a) => a.input.id !== id));
  }, []);

  const showing = added && added.length > 0 ? (linked?.timeline ?? base) : base;
  return {
    timeline: showing,
    added,
    progress,
    problems: added?.length ? (linked?.problems ?? []) : [],
    add,
    remove,
  };
}
