// «حدثان قبل 2014»: events beyond either edge of the window, one click away. Each notice sits
// on its own side: earlier events at the reading start, later ones at the reading end.
import { useTranslation } from 'react-i18next';

interface Props {
  before: number;
  after: number;
  startLabel: string;
  endLabel: string;
  num: (n: number) => string;
  onReveal: (side: 'before' | 'after') => void;
}

export function EdgeNotices({ before, after, startLabel, endLabel, num, onReveal }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tl-edges">
      {before > 0 ? (
        <button
          type="button"
          className="tl-edge tl-edge-before"
          data-edge="before"
          title={t('timeline.reveal')}
          onClick={() => onReveal('before')}
        >
          {t('timeline.before', { count: before, n: num(before), date: startLabel })}
        </button>
      ) : (
        <span />
      )}
      {after > 0 ? (
        <button
          type="button"
          className="tl-edge tl-edge-after"
          data-edge="after"
          title={t('timeline.reveal')}
          onClick={() => onReveal('after')}
        >
          {t('timeline.after', { count: after, n: num(after), date: endLabel })}
        </button>
      ) : null}
    </div>
  );
}
