// React binding of the URL state: discrete changes push a history entry (back/forward
// walk them), continuous ones (zoom, typing) replace it, written once they settle.
import { useCallback, useEffect, useRef, useState } from 'react';
import { storedLanguage } from './storage';
import { parseState, serializeState, type AppState } from './urlState';

export type UpdateMode = 'push' | 'replace';
export type UpdateState = (patch: Partial<AppState>, mode?: UpdateMode) => void;

const SETTLE_MS = 300;

/**
 * While a settling change waits to be written, <html> carries `data-url-pending`: the signal
 * that the address bar does not show the view yet (tests wait for it to go, not for a time).
 */
function pendingMark(on: boolean): void {
  document.documentElement.toggleAttribute('data-url-pending', on);
}

function write(state: AppState, mode: UpdateMode): void {
  const search = serializeState(state, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function useUrlState(): [AppState, UpdateState] {
  const [state, setState] = useState(() => parseState(window.location.search, storedLanguage()));
  const current = useRef(state);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const onPop = () => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      pendingMark(false);
      current.current = parseState(window.location.search, storedLanguage());
      setState(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      if (pending.current) clearTimeout(pending.current);
      pendingMark(false);
    };
  }, []);

  const update = useCallback<UpdateState>((patch, mode = 'push') => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setState(next);
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    pendingMark(mode !== 'push');
    if (mode === 'push') write(next, 'push');
    else
      pending.current = setTimeout(() => {
        pending.current = null;
        write(current.current, 'replace');
        pendingMark(false);
      }, SETTLE_MS);
  }, []);

  return [state, update];
}
