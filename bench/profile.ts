// Summarises a CDP CPU profile: self time per function, to say where frame time goes.
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Hotspot {
  name: string;
  where: string;
  selfMs: number;
}

export type Resolve = (
  file: string,
  line: number,
  column: number,
) => { source: string; line: number; name: string | null } | null;

/** Self time per function, summed over samples (µs deltas), largest first; idle left out. */
export function hotspots(profile: CpuProfile, resolve?: Resolve, top = 14): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, Hotspot>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    const file = url.split('/').pop() ?? '';
    const original = file ? resolve?.(file, lineNumber, columnNumber) : null;
    const name = original?.name ?? (functionName || '(anonymous)');
    const where = original
      ? `${original.source.replace(/^.*?((src|node_modules)\/)/, '$1')}:${original.line}`
      : file
        ? `${file}:${lineNumber + 1}:${columnNumber + 1}`
        : '';
    const key = `${name}@${where}`;
    // A sample's time is the gap to the next sample.
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const h = self.get(key) ?? { name, where, selfMs: 0 };
    h.selfMs += ms;
    self.set(key, h);
  });
  return [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
}
