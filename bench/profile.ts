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

/** Self time per function, summed over samples (µs deltas), largest first. */
export function hotspots(profile: CpuProfile, top = 12): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, Hotspot>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const file = url.split('/').pop() ?? '';
    const where = file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const key = `${name}@${where}`;
    // A sample's time is the gap to the next sample.
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const h = self.get(key) ?? { name, where, selfMs: 0 };
    h.selfMs += ms;
    self.set(key, h);
  });
  return [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
}
