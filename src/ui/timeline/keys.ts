// Keys to actions; the arrow keys follow the reading direction (in RTL, ArrowLeft is later).
import type { Direction } from '../../timeline';

export type KeyAction =
  | { kind: 'zoom'; factor: number }
  | { kind: 'step'; later: boolean }
  | { kind: 'edge'; last: boolean }
  | { kind: 'select' }
  | null;

export const ZOOM_STEP = 1.6;

export function keyAction(key: string, dir: Direction): KeyAction {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case 'ArrowRight':
      return { kind: 'step', later: dir === 'ltr' };
    case 'ArrowLeft':
      return { kind: 'step', later: dir === 'rtl' };
    case 'Home':
      return { kind: 'edge', last: false };
    case 'End':
      return { kind: 'edge', last: true };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    default:
      return null;
  }
}
