// Calendar days as UTC milliseconds: the timeline never looks at the machine's zone.
export const DAY_MS = 86_400_000;

/** "2024-07-22" -> UTC midnight of that day, in ms. */
export function parseDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d);
}

/** 20240722 (the companion's form of a day) -> UTC midnight of that day, in ms, as parseDay. */
export function parsePackedDay(n: number): number {
  return Date.UTC(Math.floor(n / 10000), (Math.floor(n / 100) % 100) - 1, n % 100);
}
