// Arabic news sentences from templates, with the offsets of every slot filled in, so
// each mention's timex and actor spans slice exactly to their text.
import type { Actor, EventType } from '../model';
import type { Random } from './random';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  timex: Span & { text: string };
  actors: (Span & { id: string })[];
}

/** {A} main actor, {B} second actor, {T} the time expression, {P} a place. */
const TEMPLATES: Record<EventType, string[]> = {
  talks: [
    'بحث {A} مع {B} {T} سبل تعزيز التعاون الأمني بين البلدين',
    'عقد {A} و{B} {T} جولة جديدة من الحوار الأمني في {P}',
    'التقى {A} {T} {B} لمناقشة مستقبل مهمة التحالف الدولي',
  ],
  statement: [
    'أعلن {A} {T} أن {B} ملتزم بدعم القوات الأمنية',
    'قال {A} في بيان صدر {T} إن الوجود العسكري الأجنبي لم يعد ضروريا',
    'أكد {A}، {T}، أن العلاقة مع {B} تمر بمرحلة جديدة',
  ],
  visit: [
    'وصل {A} إلى {P} {T} في زيارة غير معلنة التقى خلالها {B}',
    'زار {A} {T} {P} حيث اجتمع مع {B}',
  ],
  agreement: [
    'وقع {A} و{B} {T} اتفاقية لتنظيم وجود القوات في {P}',
    'توصل {A} إلى اتفاق مع {B} {T} بشأن جدول زمني لانسحاب القوات',
  ],
  'military-deployment': [
    'أرسل {A} {T} تعزيزات عسكرية إلى {P}',
    'نشر {A} {T} مئات الجنود الإضافيين في {P} بالتنسيق مع {B}',
  ],
  withdrawal: [
    'أكمل {A} {T} سحب قواته من {P}',
    'سلم {A} {T} {P} إلى {B} بعد انسحاب آخر جنوده منها',
  ],
  attack: [
    'استهدف {A} {T} {P} بطائرات مسيرة',
    'تعرضت {P} {T} لهجوم صاروخي تبناه {A}',
    'شن {A} {T} غارات على مواقع تابعة لـ{B} قرب {P}',
  ],
  invasion: ['بدأ {A} {T} عمليات عسكرية واسعة في {P}', 'اجتاحت قوات {A} {T} {P} وسط مقاومة من {B}'],
  report: [
    'ذكر تقرير نشره {A} {T} أن {B} يعيد تقييم وجوده في {P}',
    'كشفت وثائق نشرها {A} {T} عن اتصالات سرية مع {B}',
  ],
  threat: [
    'هدد {A} {T} باستهداف مصالح {B} في حال بقاء القوات في {P}',
    'توعد {A} {T} بالرد على أي اعتداء يطال {P}',
  ],
  other: [
    'شهدت {P} {T} احتجاجات تطالب بخروج القوات الأجنبية',
    'ناقش {A} {T} ملف النازحين مع {B} في {P}',
  ],
};

const PLACES = [
  'بغداد',
  'قاعدة عين الأسد',
  'قاعدة حرير',
  'مطار أربيل',
  'الموصل',
  'البصرة',
  'الأنبار',
  'الفلوجة',
  'كركوك',
  'تكريت',
  'سامراء',
  'ديالى',
  'المنطقة الخضراء',
  'قاعدة فكتوريا',
  'واشنطن',
  'السليمانية',
];

/** Sentences that carry no event: background, durations and present references. */
const FILLERS = [
  'ويأتي ذلك في ظل توتر متصاعد بين الجانبين',
  'ولم يصدر أي تعليق رسمي حتى الآن',
  'وتنتشر في العراق حاليا نحو 2500 جندي أميركي ضمن التحالف',
  'واستمرت المفاوضات نحو ثلاثة أشهر قبل أن تتعثر',
  'وتطالب قوى سياسية منذ سنوات بإنهاء الوجود العسكري الأجنبي',
  'وأشار مراقبون إلى أن الخطوة قد تمهد لمرحلة جديدة من العلاقات',
  'ولا تزال المباحثات جارية لغاية الآن وفق مصادر مطلعة',
  'وتقول الحكومة إن قواتها قادرة على ضبط الأمن في جميع المحافظات',
];

export function fillerSentence(random: Random): string {
  return `${random.pick(FILLERS)}.`;
}

export function place(random: Random): string {
  return random.pick(PLACES);
}

/** One sentence reporting an event of `type`, with the given actors and time wording. */
export function eventSentence(
  random: Random,
  type: EventType,
  actors: readonly Actor[],
  timex: string,
): Sentence {
  const template = random.pick(TEMPLATES[type]);
  let text = '';
  let timexSpan: Sentence['timex'] = { start: 0, end: 0, text: timex };
  const actorSpans: Sentence['actors'] = [];
  for (const part of template.split(/(\{[ABTP]\})/)) {
    const start = text.length;
    if (part === '{T}') {
      text += timex;
      timexSpan = { start, end: text.length, text: timex };
    } else if (part === '{A}' || part === '{B}') {
      const actor = actors[part === '{A}' ? 0 : 1] ?? actors[0];
      if (!actor) throw new Error('an event sentence needs at least one actor');
      text += random.pick(actor.aliases);
      actorSpans.push({ id: actor.id, start, end: text.length });
    } else if (part === '{P}') {
      text += place(random);
    } else {
      text += part;
    }
  }
  return { text: `${text}.`, timex: timexSpan, actors: actorSpans };
}
