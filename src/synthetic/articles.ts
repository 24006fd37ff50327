// Lays sentences out into articles: a few articles are "open" at a time, each published
// on or after the events it reports, so one event's mentions spread over several sources.
import type { Article, Undated } from '../model';
import { isoOf } from './calendar';
import type { Random } from './random';
import { fillerSentence, type Sentence } from './sentences';
import { relativeText } from './calendar';

const OUTLETS = [
  'العربي الجديد',
  'الشرق الأوسط',
  'رووداو',
  'السومرية نيوز',
  'وكالة الأنباء العراقية',
  'الجزيرة نت',
  'المدى',
  'الصباح',
  'إندبندنت عربية',
  'القدس العربي',
  'شفق نيوز',
  'بغداد اليوم',
];

interface Draft {
  id: string;
  published: number;
  /** False for the few articles whose date is unknown (their relative words go undated). */
  dated: boolean;
  outlet: string;
  paragraphs: string[];
  sentencesInLast: number;
  room: number;
}

/** Where a sentence landed: its article, paragraph, and offset of its first character. */
export interface Placement {
  articleId: string;
  paragraph: number;
  offset: number;
  published: number | null;
}

export class ArticleDesk {
  private open: Draft[] = [];
  private done: Draft[] = [];
  readonly undated: Undated[] = [];
  private count = 0;

  constructor(
    private random: Random,
    private fillerRate: number,
    private concurrent = 6,
  ) {}

  /** An open article that can report something that happened on `day`. */
  articleFor(day: number): Draft {
    const random = this.random;
    // Articles published before the event cannot report it: close them.
    this.open = this.open.filter((a) => {
      if (a.published >= day && a.room > 0) return true;
      this.done.push(a);
      return false;
    });
    while (this.open.length < this.concurrent) this.open.push(this.draft(day));
    return random.pick(this.open);
  }

  /** Reads the publication day to word the time expression before placing it. */
  publishedOf(draft: Draft): number | null {
    return draft.dated ? draft.published : null;
  }

  place(draft: Draft, sentence: Sentence): Placement {
    const random = this.random;
    if (draft.paragraphs.length === 1) draft.paragraphs[0] = titleOf(sentence.text);
    const newParagraph =
      draft.paragraphs.length === 1 || draft.sentencesInLast >= 3 || random.chance(0.45);
    if (newParagraph) {
      draft.paragraphs.push('');
      draft.sentencesInLast = 0;
    }
    const index = draft.paragraphs.length - 1;
    const before = draft.paragraphs[index] ?? '';
    const offset = before ? before.length + 1 : 0;
    let text = before ? `${before} ${sentence.text}` : sentence.text;
    draft.sentencesInLast++;
    draft.room--;
    while (random.chance(this.fillerRate)) text += ` ${fillerSentence(random)}`;
    if (!draft.dated && random.chance(0.3)) {
      const rel = relativeText(random);
      const lead = ' وأشار المصدر إلى تطورات ';
      const start = text.length + lead.length;
      text += `${lead}${rel}.`;
      this.undated.push({
        articleId: draft.id,
        paragraph: index,
        timex: { text: rel, start, end: start + rel.length },
        reason: 'relative expression without a publication date to anchor it',
      });
    }
    draft.paragraphs[index] = text;
    return {
      articleId: draft.id,
      paragraph: index,
      offset,
      published: this.publishedOf(draft),
    };
  }

  /** Every article so far, open ones included, in the order they were started. */
  articles(): Article[] {
    return [...this.done, ...this.open]
      .filter((d) => d.paragraphs.length > 1)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((d) => {
        const source = d.dated ? (this.random.chance(0.9) ? 'sidecar' : 'inferred') : null;
        return {
          id: d.id,
          title: d.paragraphs[0] ?? '',
          outlet: d.outlet,
          published: d.dated ? isoOf(d.published) : null,
          url: null,
          publishedSource: source,
          paragraphs: d.paragraphs.map((text, index) => ({ index, text })),
        };
      });
  }

  private draft(day: number): Draft {
    const random = this.random;
    return {
      id: `art-${String(++this.count).padStart(6, '0')}`,
      published:
        day +
        random.weighted([
          [0, 5],
          [1, 3],
          [random.int(2, 6), 2],
        ]),
      dated: random.chance(0.97),
      outlet: random.pick(OUTLETS),
      paragraphs: [''],
      sentencesInLast: 0,
      room: random.int(4, 14),
    };
  }
}

/** A headline: the first words of the article's first report. */
function titleOf(sentence: string): string {
  return sentence.replace(/[.،]/g, '').split(' ').slice(0, 9).join(' ');
}
