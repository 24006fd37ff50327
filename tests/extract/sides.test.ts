// Actors carry their side into the file: their own, or the one their affiliation chain reaches.
import { expect, test } from 'vitest';
import { extract } from '../../src/extract';

const article = {
  id: 'sides',
  text: [
    'محادثات في بغداد',
    'استقبل رئيس الوزراء محمد شياع السوداني في 3 مارس 2024 وفدا من وزارة الخارجية الأميركية لبحث مستقبل التحالف الدولي.',
    'وقالت هيئة الحشد الشعبي في 5 مارس 2024 إنها لن تشارك في المحادثات مع إيران.',
  ].join('\n'),
  meta: { published: '2024-03-06' },
};

test('own sides, inherited sides, and no side', () => {
  const { timeline } = extract([article]);
  const side = Object.fromEntries(timeline.actors.map((a) => [a.id, a.side ?? null]));
  expect(side).toMatchObject({
    us: 'us',
    'state-department': 'us',
    iraq: 'iraq',
    sudani: 'iraq',
    coalition: 'coalition',
    pmf: 'shia-factions',
    iran: null,
  });
  // The actors that name a side are in the file, so a lane can be named after them.
  const ids = new Set(timeline.actors.map((a) => a.id));
  for (const s of Object.values(side)) if (s) expect(ids.has(s)).toBe(true);
});
