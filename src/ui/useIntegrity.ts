// The integrity report of the file shown, when its checks (in a worker) are done.
import { useEffect, useState } from 'react';
import type { IntegrityReport } from '../data/integrity';

export function useIntegrity(check: Promise<IntegrityReport> | null): IntegrityReport | null {
  const [report, setReport] = useState<IntegrityReport | null>(null);
  useEffect(() => {
    let live = true;
    setReport(null);
    void check?.then((r) => {
      if (live) setReport(r);
    });
    return () => {
      live = false;
    };
  }, [check]);
  return report;
}
