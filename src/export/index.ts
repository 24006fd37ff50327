// Export of the current view (loaded on demand): CSV with citations, the contract's JSON, and
// the timeline as SVG and PNG. Each ends in a download named after the collection.
export { csvLabels, eventsCsv, type CsvLabels } from './csv';
export { timelineJson, viewTimeline } from './json';
export { timelinePng, timelineSvg } from './image';

export function download(name: string, data: Blob | string, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
