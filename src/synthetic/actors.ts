// The cast of a synthetic timeline: real-world actors of the subject, plus generated
// people attached to them, so lanes and filters see hundreds of actors of every kind.
import type { Actor, ActorKind } from '../model';
import type { Random } from './random';

/** The lane group an actor's events fall into. */
export type Side = 'us' | 'iraq' | 'coalition' | 'faction' | 'other';

export interface CastMember {
  actor: Actor;
  side: Side;
}

type Row = [
  id: string,
  ar: string,
  en: string,
  kind: ActorKind,
  affiliation: string,
  ...aliases: string[],
];

const US: Row[] = [
  ['us', 'الولايات المتحدة', 'United States', 'country', '', 'واشنطن', 'أميركا', 'أمريكا'],
  ['white-house', 'البيت الأبيض', 'White House', 'organization', 'us'],
  [
    'pentagon',
    'وزارة الدفاع الأميركية',
    'US Department of Defense',
    'organization',
    'us',
    'البنتاغون',
  ],
  ['state-dept', 'وزارة الخارجية الأميركية', 'US State Department', 'organization', 'us'],
  ['us-embassy', 'السفارة الأميركية في بغداد', 'US Embassy in Baghdad', 'organization', 'us'],
  ['centcom', 'القيادة المركزية الأميركية', 'US Central Command', 'organization', 'us', 'سنتكوم'],
  ['us-congress', 'الكونغرس الأميركي', 'US Congress', 'organization', 'us', 'الكونغرس'],
  ['bush', 'جورج بوش', 'George W. Bush', 'person', 'us', 'الرئيس الأميركي جورج بوش'],
  ['obama', 'باراك أوباما', 'Barack Obama', 'person', 'us', 'أوباما'],
  ['trump', 'دونالد ترامب', 'Donald Trump', 'person', 'us', 'ترامب'],
  ['biden', 'جو بايدن', 'Joe Biden', 'person', 'us', 'بايدن'],
  ['rumsfeld', 'دونالد رامسفيلد', 'Donald Rumsfeld', 'person', 'pentagon', 'رامسفيلد'],
  ['petraeus', 'ديفيد بترايوس', 'David Petraeus', 'person', 'us', 'بترايوس'],
  ['austin', 'لويد أوستن', 'Lloyd Austin', 'person', 'pentagon', 'أوستن'],
  ['blinken', 'أنتوني بلينكن', 'Antony Blinken', 'person', 'state-dept', 'بلينكن'],
  ['pompeo', 'مايك بومبيو', 'Mike Pompeo', 'person', 'state-dept', 'بومبيو'],
  ['romanowski', 'ألينا رومانوسكي', 'Alina Romanowski', 'person', 'us-embassy', 'رومانوسكي'],
];

const IRAQ: Row[] = [
  ['iraq', 'العراق', 'Iraq', 'country', '', 'بغداد'],
  ['iraq-gov', 'الحكومة العراقية', 'Iraqi Government', 'organization', 'iraq'],
  ['iraq-mod', 'وزارة الدفاع العراقية', 'Iraqi Ministry of Defence', 'organization', 'iraq'],
  ['iraq-mofa', 'وزارة الخارجية العراقية', 'Iraqi Foreign Ministry', 'organization', 'iraq'],
  ['iraq-army', 'الجيش العراقي', 'Iraqi Army', 'organization', 'iraq'],
  [
    'iraq-parliament',
    'مجلس النواب العراقي',
    'Iraqi Parliament',
    'organization',
    'iraq',
    'البرلمان العراقي',
  ],
  ['cts', 'جهاز مكافحة الإرهاب', 'Counter-Terrorism Service', 'organization', 'iraq'],
  ['joc', 'قيادة العمليات المشتركة', 'Joint Operations Command', 'organization', 'iraq'],
  ['sudani', 'محمد شياع السوداني', 'Mohammed Shia al-Sudani', 'person', 'iraq-gov', 'السوداني'],
  ['kadhimi', 'مصطفى الكاظمي', 'Mustafa al-Kadhimi', 'person', 'iraq-gov', 'الكاظمي'],
  ['abdul-mahdi', 'عادل عبد المهدي', 'Adil Abdul-Mahdi', 'person', 'iraq-gov', 'عبد المهدي'],
  ['abadi', 'حيدر العبادي', 'Haider al-Abadi', 'person', 'iraq-gov', 'العبادي'],
  ['maliki', 'نوري المالكي', 'Nouri al-Maliki', 'person', 'iraq-gov', 'المالكي'],
  ['fuad-hussein', 'فؤاد حسين', 'Fuad Hussein', 'person', 'iraq-mofa'],
  ['yarallah', 'عبد الأمير يار الله', 'Abdul Amir Yarallah', 'person', 'iraq-army', 'يار الله'],
];

const COALITION: Row[] = [
  [
    'coalition',
    'التحالف الدولي',
    'Global Coalition',
    'organization',
    '',
    'التحالف الدولي ضد الإرهاب',
  ],
  ['nato', 'حلف شمال الأطلسي', 'NATO', 'organization', 'coalition', 'الناتو'],
  ['nato-mission-iraq', 'بعثة الناتو في العراق', 'NATO Mission Iraq', 'organization', 'nato'],
  ['uk', 'بريطانيا', 'United Kingdom', 'country', 'coalition', 'لندن', 'المملكة المتحدة'],
  ['france', 'فرنسا', 'France', 'country', 'coalition', 'باريس'],
  ['germany', 'ألمانيا', 'Germany', 'country', 'coalition', 'برلين'],
  ['italy', 'إيطاليا', 'Italy', 'country', 'coalition', 'روما'],
  ['australia', 'أستراليا', 'Australia', 'country', 'coalition'],
  ['canada', 'كندا', 'Canada', 'country', 'coalition', 'أوتاوا'],
  ['spain', 'إسبانيا', 'Spain', 'country', 'coalition', 'مدريد'],
  ['denmark', 'الدنمارك', 'Denmark', 'country', 'coalition'],
  ['netherlands', 'هولندا', 'Netherlands', 'country', 'coalition'],
  ['poland', 'بولندا', 'Poland', 'country', 'coalition'],
];

const FACTIONS: Row[] = [
  [
    'pmf',
    'هيئة الحشد الشعبي',
    'Popular Mobilization Forces',
    'armed-group',
    'iraq',
    'الحشد الشعبي',
  ],
  ['kataib-hezbollah', 'كتائب حزب الله', 'Kataib Hezbollah', 'armed-group', 'pmf'],
  ['asaib', 'عصائب أهل الحق', "Asa'ib Ahl al-Haq", 'armed-group', 'pmf', 'العصائب'],
  ['nujaba', 'حركة النجباء', 'Harakat al-Nujaba', 'armed-group', 'pmf', 'النجباء'],
  ['kataib-sayyid', 'كتائب سيد الشهداء', 'Kataib Sayyid al-Shuhada', 'armed-group', 'pmf'],
  ['badr', 'منظمة بدر', 'Badr Organization', 'armed-group', 'pmf'],
  [
    'islamic-resistance',
    'المقاومة الإسلامية في العراق',
    'Islamic Resistance in Iraq',
    'armed-group',
    '',
  ],
  ['mahdi-army', 'جيش المهدي', 'Mahdi Army', 'armed-group', ''],
  ['isis', 'تنظيم الدولة الإسلامية', 'Islamic State', 'armed-group', '', 'داعش', 'تنظيم داعش'],
  ['aqi', 'تنظيم القاعدة في العراق', 'al-Qaeda in Iraq', 'armed-group', '', 'القاعدة'],
  ['muhandis', 'أبو مهدي المهندس', 'Abu Mahdi al-Muhandis', 'person', 'pmf', 'المهندس'],
  ['khazali', 'قيس الخزعلي', 'Qais al-Khazali', 'person', 'asaib', 'الخزعلي'],
];

const OTHERS: Row[] = [
  ['iran', 'إيران', 'Iran', 'country', '', 'طهران'],
  ['irgc', 'الحرس الثوري الإيراني', 'IRGC', 'armed-group', 'iran', 'الحرس الثوري'],
  ['soleimani', 'قاسم سليماني', 'Qasem Soleimani', 'person', 'irgc', 'سليماني'],
  ['turkey', 'تركيا', 'Turkey', 'country', '', 'أنقرة'],
  ['syria', 'سوريا', 'Syria', 'country', '', 'دمشق'],
  [
    'krg',
    'حكومة إقليم كردستان',
    'Kurdistan Regional Government',
    'organization',
    'iraq',
    'إقليم كردستان',
  ],
  ['peshmerga', 'قوات البيشمركة', 'Peshmerga', 'armed-group', 'krg', 'البيشمركة'],
  ['un', 'الأمم المتحدة', 'United Nations', 'organization', ''],
  ['unami', 'بعثة الأمم المتحدة لمساعدة العراق', 'UNAMI', 'organization', 'un', 'يونامي'],
  ['reuters', 'رويترز', 'Reuters', 'media', ''],
  ['afp', 'وكالة الصحافة الفرنسية', 'AFP', 'media', '', 'فرانس برس'],
  ['ina', 'وكالة الأنباء العراقية', 'Iraqi News Agency', 'media', 'iraq', 'واع'],
  ['alaraby', 'العربي الجديد', 'Al-Araby Al-Jadeed', 'media', ''],
  ['asharq', 'الشرق الأوسط', 'Asharq Al-Awsat', 'media', ''],
];

const GIVEN: [string, string][] = [
  ['أحمد', 'ahmed'],
  ['محمد', 'mohammed'],
  ['علي', 'ali'],
  ['حسين', 'hussein'],
  ['حسن', 'hassan'],
  ['عمر', 'omar'],
  ['خالد', 'khalid'],
  ['سعد', 'saad'],
  ['كريم', 'karim'],
  ['ياسر', 'yasser'],
  ['مصطفى', 'mustafa'],
  ['عباس', 'abbas'],
  ['جاسم', 'jasim'],
  ['فاضل', 'fadhil'],
  ['رعد', 'raad'],
  ['زينب', 'zainab'],
  ['نور', 'noor'],
  ['هناء', 'hanaa'],
  ['سارة', 'sara'],
  ['ليلى', 'layla'],
  ['جون', 'john'],
  ['مايكل', 'michael'],
  ['جيمس', 'james'],
  ['روبرت', 'robert'],
  ['ديفيد', 'david'],
];

const FAMILY: [string, string][] = [
  ['الحسيني', 'al-husseini'],
  ['الجبوري', 'al-jubouri'],
  ['العبيدي', 'al-obaidi'],
  ['الدليمي', 'al-dulaimi'],
  ['الساعدي', 'al-saadi'],
  ['الربيعي', 'al-rubaie'],
  ['الخفاجي', 'al-khafaji'],
  ['الزبيدي', 'al-zubaidi'],
  ['الكعبي', 'al-kaabi'],
  ['التميمي', 'al-tamimi'],
  ['الشمري', 'al-shammari'],
  ['العامري', 'al-amiri'],
  ['الأسدي', 'al-asadi'],
  ['الموسوي', 'al-musawi'],
  ['البياتي', 'al-bayati'],
  ['الكبيسي', 'al-kubaisi'],
  ['سميث', 'smith'],
  ['جونسون', 'johnson'],
  ['ميلر', 'miller'],
  ['براون', 'brown'],
  ['ويليامز', 'williams'],
];

/** Role phrases that introduce a generated person, by the actor they serve. */
const ROLES: [affiliation: string, role: string][] = [
  ['iraq-parliament', 'عضو البرلمان العراقي'],
  ['iraq-parliament', 'النائب في البرلمان العراقي'],
  ['iraq-army', 'قائد عمليات'],
  ['iraq-mod', 'المتحدث باسم وزارة الدفاع العراقية'],
  ['iraq-gov', 'مستشار رئيس الوزراء العراقي'],
  ['cts', 'ضابط في جهاز مكافحة الإرهاب'],
  ['pentagon', 'المتحدث باسم البنتاغون'],
  ['state-dept', 'مساعد وزير الخارجية الأميركي'],
  ['centcom', 'قائد القيادة المركزية الأميركية'],
  ['us-congress', 'السيناتور الأميركي'],
  ['coalition', 'المتحدث باسم التحالف الدولي'],
  ['uk', 'السفير البريطاني في بغداد'],
  ['pmf', 'القيادي في الحشد الشعبي'],
  ['kataib-hezbollah', 'المتحدث باسم كتائب حزب الله'],
  ['asaib', 'القيادي في عصائب أهل الحق'],
  ['krg', 'المتحدث باسم حكومة إقليم كردستان'],
  ['iran', 'المسؤول الإيراني'],
  ['unami', 'ممثل الأمم المتحدة في العراق'],
];

function toActor([id, ar, en, kind, affiliation, ...aliases]: Row): Actor {
  return affiliation
    ? { id, name: { ar, en }, kind, affiliation, aliases: [ar, ...aliases] }
    : { id, name: { ar, en }, kind, aliases: [ar, ...aliases] };
}

/** The actor that names each side in the file (data contract: an actor's `side`). */
const sideActor: Record<Side, string | null> = {
  us: 'us',
  iraq: 'iraq',
  coalition: 'coalition',
  faction: 'pmf',
  other: null,
};

/** The sides' names and order in a synthetic file, as the seeds' collection.json gives them. */
export const syntheticSides = [
  { id: 'us', name: { ar: 'الجانب الأميركي', en: 'US side' } },
  { id: 'iraq', name: { ar: 'الجانب العراقي', en: 'Iraqi side' } },
  { id: 'coalition', name: { ar: 'التحالف الدولي', en: 'The coalition' } },
  { id: 'pmf', name: { ar: 'الفصائل المسلحة', en: 'Armed factions' } },
];

/** The side an actor belongs to, following affiliations up to a root. */
function sideOf(id: string, byId: Map<string, Actor>, kind: ActorKind): Side {
  const roots: Record<string, Side> = { us: 'us', iraq: 'iraq', coalition: 'coalition' };
  if (kind === 'armed-group' && id !== 'peshmerga') return 'faction';
  let current: Actor | undefined = byId.get(id);
  for (let hops = 0; current && hops < 8; hops++) {
    if (current.kind === 'armed-group' && current.id !== 'peshmerga') return 'faction';
    const root = roots[current.id];
    if (root) return root;
    current = current.affiliation ? byId.get(current.affiliation) : undefined;
  }
  return 'other';
}

/** The fixed cast plus `people` generated persons, each with a role and an affiliation. */
export function createCast(random: Random, people: number): CastMember[] {
  const actors = [...US, ...IRAQ, ...COALITION, ...FACTIONS, ...OTHERS].map(toActor);
  const taken = new Set(actors.map((a) => a.id));
  const fixed = actors.length;
  while (actors.length < fixed + people) {
    const [givenAr, givenEn] = random.pick(GIVEN);
    const [familyAr, familyEn] = random.pick(FAMILY);
    const [affiliation, role] = random.pick(ROLES);
    const base = `${givenEn}-${familyEn}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const ar = `${givenAr} ${familyAr}`;
    const en = `${givenEn[0]?.toUpperCase()}${givenEn.slice(1)} ${familyEn}`;
    actors.push({
      id,
      name: { ar, en },
      kind: 'person',
      affiliation,
      aliases: [ar, `${role} ${ar}`],
    });
  }
  const byId = new Map(actors.map((a) => [a.id, a]));
  return actors.map((actor) => {
    const side = sideOf(actor.id, byId, actor.kind);
    const lane = sideActor[side];
    return { actor: lane ? { ...actor, side: lane } : actor, side };
  });
}
