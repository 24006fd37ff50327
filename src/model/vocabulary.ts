// The contract's closed lists, apart from the zod schema: the page reads the compact timeline
// without zod (the schema runs in the loading worker), and still needs the lists' order.
export const actorKinds = [
  'person',
  'country',
  'organization',
  'armed-group',
  'media',
  'other',
] as const;

export const eventTypes = [
  'talks',
  'statement',
  'visit',
  'agreement',
  'military-deployment',
  'withdrawal',
  'attack',
  'invasion',
  'report',
  'threat',
  'other',
] as const;

export const precisions = ['day', 'week', 'month', 'year'] as const;
export const mods = ['START', 'MID', 'END', 'APPROX'] as const;
export const publishedSources = ['sidecar', 'inferred'] as const;

export const SCHEMA_VERSION = 1;
