// A sentence that never ends (a paragraph with no punctuation) gives each mention the actors
// near its own part, not every actor of the paragraph: the whole sentence of any sentence news
// writes, a bounded piece of one that a careless export hands us.
import { expect, test } from 'vitest';
import { extract } from '../../src/extract/index';

test('in an endless sentence a mention shows the actors near it, not all of them', () => {
  const piece = 'والتقى رئيس الوزراء العراقي السفير الأمريكي في بغداد يوم 3 آذار 2024 وبحثا الأمن ';
  const text = `عنوان\n${piece.repeat(400)}`;
  const { timeline } = extract([{ id: 'long', text, meta: { published: '2024-03-10' } }]);
  const mentions = timeline.events.flatMap((e) => e.mentions);
  expect(mentions).toHaveLength(400);
  const paragraph = timeline.articles[0]!.paragraphs[1]!.text;
  for (const m of mentions) {
    expect(m.actors.length).toBeLessThan(40);
    for (const a of m.actors) {
      expect(paragraph.slice(a.start, a.end)).not.toBe('');
      expect(Math.abs(a.start - m.timex.start)).toBeLessThan(1000);
    }
  }
  // the actors of the part itself are all there
  expect(mentions[200]!.actors.map((a) => paragraph.slice(a.start, a.end)).join(' ')).toMatch(
    /الأمريكي/,
  );
});
