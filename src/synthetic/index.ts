export { generateTimeline, type GenerateOptions } from './generate';
export { generateCorpus, type CorpusOptions } from './corpus';
