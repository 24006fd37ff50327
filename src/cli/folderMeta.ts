// An input folder's own description, `collection.json` beside the articles: the title of the
// timeline and the names and order of its sides. Optional; a bad one is named and ignored.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { localizedSchema, sideSchema, type Timeline } from '../model';

export const FOLDER_META = 'collection.json';

const folderMetaSchema = z.strictObject({
  title: localizedSchema.optional(),
  subtitle: localizedSchema.optional(),
  sides: z.array(sideSchema).optional(),
});

export type FolderMeta = z.infer<typeof folderMetaSchema>;

export function readFolderMeta(dir: string): { meta: FolderMeta; problems: string[] } {
  const path = join(dir, FOLDER_META);
  if (!existsSync(path)) return { meta: {}, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return { meta: {}, problems: [`${path}: malformed JSON (${(e as Error).message}); ignored`] };
  }
  const parsed = folderMetaSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      meta: {},
      problems: [`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}; ignored`],
    };
  }
  return { meta: parsed.data, problems: [] };
}

/** The timeline with the folder's description, placed right after the schema version. */
export function withFolderMeta(timeline: Timeline, meta: FolderMeta): Timeline {
  const { schemaVersion, ...rest } = timeline;
  return { schemaVersion, ...meta, ...rest };
}
