// The young generation the extractor runs with. Extraction allocates many short-lived
// objects per article (tokens, matches, spans) while keeping every article's result for
// linking: with V8's default 16 MB semi-spaces the scavenger runs about 180 times per 10 MB
// of text and copies the kept results twice. 32 MB semi-spaces cut the collector's time by
// about a quarter on a 100 MB corpus (measured in process: CPU −15%, GC −28%).

/** V8's --max-semi-space-size for the extractor, in MB. */
export const SEMI_SPACE_MB = 32;

/** The same young generation for a worker thread (resourceLimits.maxYoungGenerationSizeMb):
 * V8 sizes it as three semi-spaces (two for the scavenger, one for the new large objects). */
export const YOUNG_GENERATION_MB = SEMI_SPACE_MB * 3;

/** A worker thread's resource limits with the extractor's young generation. */
export const workerLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } as const;
