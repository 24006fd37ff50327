// A paragraph with its sentence highlighted and its time expressions and actor names
// marked. Built from offsets as React elements: article text is never parsed as markup.
import { Fragment, type ReactNode } from 'react';
import { excerpt, shiftInto } from './excerpt';
import { segmentParagraph, type Mark, type Piece } from './segments';

interface Props {
  text: string;
  marks: readonly Mark[];
  highlight?: { start: number; end: number } | null;
  /** Renders a marked piece; unmarked text is rendered as is. */
  renderMark: (piece: Piece & { mark: Mark }, text: string) => ReactNode;
}

export function MarkedText({ text, marks, highlight = null, renderMark }: Props) {
  return (
    <>
      {segmentParagraph(text.length, marks, highlight).map((part) => {
        const pieces = part.pieces.map((p) => (
          <Fragment key={p.start}>
            {p.mark
              ? renderMark(p as Piece & { mark: Mark }, text.slice(p.start, p.end))
              : text.slice(p.start, p.end)}
          </Fragment>
        ));
        return part.highlight ? (
          <mark key={part.start} className="sentence">
            {pieces}
          </mark>
        ) : (
          <Fragment key={part.start}>{pieces}</Fragment>
        );
      })}
    </>
  );
}

/**
 * The same, cut to the highlighted sentence and some context when the paragraph is very long
 * (src/ui/excerpt.ts); «…» shows where it was cut.
 */
export function MarkedExcerpt(
  props: Props & { anchor?: { start: number; end: number } | null; whole?: boolean },
) {
  const { text, marks, highlight = null, anchor = highlight, whole = false } = props;
  const e = whole
    ? { start: 0, end: text.length, cutStart: false, cutEnd: false }
    : excerpt(text, highlight, anchor);
  if (!e.cutStart && !e.cutEnd) return <MarkedText {...props} />;
  return (
    <>
      {e.cutStart ? '… ' : null}
      <MarkedText
        text={text.slice(e.start, e.end)}
        marks={shiftInto(marks, e)}
        highlight={highlight ? (shiftInto([highlight], e)[0] ?? null) : null}
        renderMark={props.renderMark}
      />
      {e.cutEnd ? ' …' : null}
    </>
  );
}
