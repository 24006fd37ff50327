// react-query options for the timeline file: fetch, then validate against the contract.
import { queryOptions } from '@tanstack/react-query';
import { timelineSchema, type Timeline } from '../model';

export const DEFAULT_DATA_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

export function timelineQuery(url: string = DEFAULT_DATA_URL) {
  return queryOptions({
    queryKey: ['timeline', url],
    queryFn: async ({ signal }): Promise<Timeline> => {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return timelineSchema.parse(await res.json());
    },
    staleTime: Infinity,
    retry: false,
  });
}
