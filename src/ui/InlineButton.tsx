// A button that is part of a line of text. A <button> is laid out as an inline block, which
// cuts an Arabic word where a mark starts inside it («ب» + «صدام» loses its joined form and
// the line may break there); a span with the button role stays inline and keeps the word whole.
import type { KeyboardEvent, ReactNode } from 'react';

interface Props {
  className: string;
  onActivate: () => void;
  title?: string;
  pressed?: boolean;
  children: ReactNode;
}

export function InlineButton({ className, onActivate, title, pressed, children }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onActivate();
  };
  return (
    <span
      role="button"
      tabIndex={0}
      className={className}
      title={title}
      aria-pressed={pressed}
      onClick={onActivate}
      onKeyDown={onKeyDown}
    >
      {children}
    </span>
  );
}
