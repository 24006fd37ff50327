import { describe, expect, test } from 'vitest';
import { createActorMatcher, discoverPeople } from '../../src/extract/actors';
import { gazetteer } from '../../src/extract/rules';
import { normalizeWithMap } from '../../src/extract/text';
import type { GazetteerActor } from '../../src/extract/types';

const matcher = createActorMatcher(gazetteer);
const byId = new Map(gazetteer.map((a) => [a.id, a]));
const ids = (text: string, published: string | null = null) =>
  matcher.find(text, published).map((s) => s.id);

describe('gazetteer matching', () => {
  test('through clitics, nisba forms and metonyms', () => {
    expect(ids('وللولايات المتحدة مصالح')).toContain('us');
    expect(ids('الوجود العسكري الأمريكى')).toContain('us');
    expect(ids('وقالت بغداد إن')).toContain('iraq');
  });
  test('a role names whoever held it on the publication day, and no one without one', () => {
    expect(ids('قال رئيس الوزراء العراقي', '2023-05-01')).toContain('sudani');
    expect(ids('قال رئيس الوزراء العراقي', '2021-05-01')).toContain('kadhimi');
    expect(ids('قال رئيس الوزراء العراقي', null)).not.toContain('sudani');
  });
  test('a role followed by a name is that person, not whoever holds the role on the day', () => {
    expect(ids('قتل قائد فيلق القدس الإيراني قاسم سليماني', '2020-01-05')).not.toContain('qaani');
    expect(ids('وقال السفير الأميركي آنذاك رايان كروكر', '2011-12-20')).toEqual(['us', 'crocker']);
  });
  test('spans slice to the name', () => {
    const text = 'والتقى السوداني بالرئيس جو بايدن';
    const spans = matcher.find(text, '2024-04-15');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(
      expect.arrayContaining(['السوداني', 'جو بايدن']),
    );
  });
});

describe('people introduced by a role phrase', () => {
  const discover = (text: string) => {
    const n = normalizeWithMap(text);
    return discoverPeople(text, n, matcher.findNormalized(n, null), (id) => byId.get(id)).map(
      (d) => d.actor,
    );
  };
  test('a new person with the affiliation the role implies', () => {
    const [a] = discover('وقال عضو البرلمان العراقي، محمد الكربولي، إن القرار نهائي');
    expect(a).toMatchObject<Partial<GazetteerActor>>({ kind: 'person', affiliation: 'iraq' });
    expect(a?.name.ar).toBe('محمد الكربولي');
    expect(a?.aliases).toContain('الكربولي');
    expect(a?.id).toMatch(/^[a-z0-9-]+$/);
  });
  test('a compound name ends where the sentence goes on', () => {
    expect(
      discover('إن رئيس أركان الجيش العراقي عبد الوهاب الساعدي من ضمن الوفد')[0]?.name.ar,
    ).toBe('عبد الوهاب الساعدي');
  });
  test('ids are never empty and never shared by different names', () => {
    const said = (name: string) => `وقال عضو البرلمان العراقي، ${name}، إن القرار نهائي`;
    const names = [
      'سامر الصالحي',
      'سامر السالحي', // the same ASCII form: s/ص, s/س
      'سامر الحاتمي',
      'سامر الهاتمي', // h/ح, h/ه
      'سامر\tالهاتمي', // a tab instead of a space: the same person
    ];
    const found = names.map((name) => discover(said(name)));
    expect(found.map((f) => f.length)).toEqual([1, 1, 1, 1, 1]);
    const ids = found.map((f) => f[0]!.id);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*-\d[0-9a-z]{7}$/);
    expect(new Set(ids.slice(0, 4)).size).toBe(4);
    expect(ids[4]).toBe(ids[3]);
    // words with no Arabic name in them are no name: nobody is discovered
    expect(discover(said('Ωμέγα Δέλτα'))).toEqual([]);
    // the same name spelt with other hamza or ta marbuta forms is the same person
    expect(discover(said('أسامة الكبيسي'))[0]?.id).toBe(discover(said('اسامه الكبيسي'))[0]?.id);
  });
  test('no gazetteer id ends like a discovered person’s tag (a digit, then seven)', () => {
    for (const a of gazetteer) expect(a.id).not.toMatch(/-\d[0-9a-z]{7}$/);
  });
  test('a role before a phrase that is no name discovers nobody', () => {
    expect(discover('وأعلن مستشار الأمن القومي انتهاء المهمة القتالية لقوات التحالف')).toEqual([]);
  });
});
