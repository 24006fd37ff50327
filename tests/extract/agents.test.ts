// markers.json `agents`: two articles of one day report one kind of happening by two agents;
// each mention reads its agent, and they stay two events.
import { expect, test } from 'vitest';
import { extractArticle, linkArticles } from '../../src/extract/index';
import markersJson from '../../src/extract/rules/ar/markers.json';

const { examples } = (
  markersJson as unknown as {
    agents: { examples: { texts: string[]; anchor: string; agents: string[] }[] };
  }
).agents;

test('agents has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));

test.each(examples.map((e) => [e.texts.join(' | '), e] as const))('%s', (_, ex) => {
  const results = ex.texts.map((text, i) =>
    extractArticle({ id: `a${i}`, text, meta: { published: ex.anchor } }),
  );
  const drafts = results.map((r) => r.drafts);
  for (const d of drafts) expect(d).toHaveLength(1);
  expect(drafts.map((d) => d[0]!.agent)).toEqual(ex.agents);
  expect(drafts[0]![0]!.kinds).toEqual(drafts[1]![0]!.kinds);
  const { events } = linkArticles(results).timeline;
  expect(events).toHaveLength(2);
});
