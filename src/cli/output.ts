// Writing the timeline: the output path is checked before any work (a file where a folder
// must be fails in a second, not after the whole run), the write is atomic (a temporary file
// renamed over FILE), and temporary files that a killed run of ours left behind are removed.
import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { encodeCompanion } from '../model/companion';
import type { Timeline } from '../model/schema';
import { shown } from './folder';

const TEMP = /\.(\d+)(?:-\d+)?\.tmp$/;

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's live process
  }
};

/** A temporary file name of ours (NAME.PID.tmp, NAME.PID-THREAD.tmp) whose process is gone. */
export function isOurStaleTemp(name: string): boolean {
  const m = TEMP.exec(name);
  return m !== null && !alive(Number(m[1]));
}

/** Why FILE cannot be written (checked before the run), or null. */
export function outputProblem(file: string): string | null {
  const out = resolve(file);
  try {
    if (statSync(out).isDirectory())
      return `${shown(file)}: is a folder; --output takes a file path`;
  } catch {
    // does not exist yet: fine
  }
  // the nearest folder that exists must be a folder we can write in
  for (let dir = dirname(out); ; dir = dirname(dir)) {
    try {
      const st = statSync(dir);
      if (!st.isDirectory())
        return `${shown(file)}: cannot be written: ${shown(dir)} is a file, not a folder`;
      accessSync(dir, constants.W_OK);
      return null;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        return `${shown(file)}: cannot be written: no permission to write in ${shown(dir)}`;
      // ENOTDIR: a file stands higher up in the path; the walk up finds and names it
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dir === dirname(dir))
        return `${shown(file)}: cannot be written (${code ?? (e as Error).message})`;
    }
  }
}

/** Removes FILE.PID.tmp files beside FILE whose process is gone (a kill between write and rename). */
export function removeStaleTemps(file: string): void {
  const dir = dirname(resolve(file));
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (
      name.startsWith(prefix) &&
      /^\d+\.tmp$/.test(name.slice(prefix.length)) &&
      isOurStaleTemp(name)
    )
      rmSync(join(dir, name), { force: true });
}

/** Writes FILE atomically: readers see the old file or the new one. Returns why not, or null. */
export function writeAtomic(file: string, text: string | Uint8Array): string | null {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file) || '.', { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file); // atomic on one file system
    return null;
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'a file stands where a folder must be'
            : (code ?? (e as Error).message);
    return `${shown(file)}: could not write (${why})`;
  }
}

/** Where the companion of a JSON output goes (`x.json` -> `x.bin`), or null for another name
 * (the app looks for it only beside a `.json`). */
export function companionPath(jsonFile: string): string | null {
  return /\.json$/i.test(jsonFile) ? jsonFile.replace(/\.json$/i, '.bin') : null;
}

/** Writes the companion of the JSON just written (its length ties the two: the app ignores a
 * companion written for another JSON). On failure an old companion is removed, so that the page
 * cannot find one, and the reason is returned. */
export function writeCompanion(file: string, timeline: Timeline, json: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = encodeCompanion(timeline, { jsonBytes: Buffer.byteLength(json) });
  } catch (e) {
    rmSync(file, { force: true });
    return `${shown(file)}: not written (${(e as Error).message})`;
  }
  const failed = writeAtomic(file, bytes);
  if (failed) rmSync(file, { force: true });
  return failed;
}
