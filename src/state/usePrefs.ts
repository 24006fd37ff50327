// Display preferences (digits, month names), persisted across visits.
import { useCallback, useState } from 'react';
import { storedPrefs, storePrefs, type DisplayPrefs } from './storage';

export function usePrefs(): [DisplayPrefs, (p: Partial<DisplayPrefs>) => void] {
  const [prefs, setPrefs] = useState(storedPrefs);
  const update = useCallback((patch: Partial<DisplayPrefs>) => {
    setPrefs((prev) => {
      const next = { ...prev, ...patch };
      storePrefs(next);
      return next;
    });
  }, []);
  return [prefs, update];
}
