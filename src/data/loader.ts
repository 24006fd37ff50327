// Reading a timeline off the page's thread (load.worker.ts runs this): the companion file when
// there is a current one beside the JSON, streamed so the head is posted as soon as it is in;
// else the JSON, parsed, checked against the schema and handed over as a companion. Either way
// the page receives the same columns, never the JSON's objects, and the integrity checks run
// here afterwards. Failures are DataLoadErrors' parts (kind, url, detail) naming the file.
import {
  COMPANION_MAGIC,
  CompanionError,
  encodeCompanion,
  MAX_HEADER_BYTES,
  readHeader,
  type CompanionHeader,
  type HeadColumns,
} from '../model/companion';
import { storeProblems, strictBody, strictHead } from '../model/companionCheck';
import { integrityProblems } from '../model/integrity';
import { timelineSchema } from '../model/schema';
import { TimelineStore } from '../model/store';
import { DataLoadError, describeSchemaError, type DataErrorKind } from './dataError';
import { report, type IntegrityReport } from './integrity';

export type LoadRequest = { url: string; jsonOnly?: boolean } | { file: File };

export type LoaderMessage =
  /** The head of the companion (or the whole of it, when `whole`: the body is in it). */
  | { type: 'head'; buffer: ArrayBuffer; whole: boolean; format: 'companion' | 'json' }
  | { type: 'body'; buffer: ArrayBuffer }
  /** The companion failed after its head was posted: the JSON's head follows. */
  | { type: 'fallback'; reason: string }
  | { type: 'error'; kind: DataErrorKind; url: string; detail: string }
  | { type: 'checked'; report: IntegrityReport }
  /** A User Timing measure, in epoch ms (the page's and the worker's clocks differ). */
  | { type: 'measure'; name: string; start: number; duration: number };

export type Post = (m: LoaderMessage, transfer?: Transferable[]) => void;

/** The companion's address for a JSON address (`data/x.json` -> `data/x.bin`), or null. */
export function companionUrl(url: string): string | null {
  const u = new URL(url, 'http://x/');
  if (!/\.json$/i.test(u.pathname)) return null;
  return url.replace(/\.json(?=$|[?#])/i, '.bin');
}

const isCompanionUrl = (url: string) => /\.bin(?=$|[?#])/i.test(url);

function timer(post: Post) {
  return <T>(name: string, f: () => T): T => {
    const start = performance.now();
    const v = f();
    post({
      type: 'measure',
      name,
      start: performance.timeOrigin + start,
      duration: performance.now() - start,
    });
    return v;
  };
}

async function fetchOk(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if (init.signal?.aborted) throw e;
    throw new DataLoadError('network', url, e instanceof Error ? e.message : String(e));
  }
  if (res.status === 404) throw new DataLoadError('missing', url, '404');
  if (!res.ok) throw new DataLoadError('http', url, String(res.status));
  return res;
}

/** Single-page servers answer a missing file with the app's own HTML page. */
function isHtmlPage(res: Response | null, bytes: Uint8Array): boolean {
  const html = res ? /text\/html/.test(res.headers.get('content-type') ?? '') : true;
  return html && /^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 256)));
}

/** The JSON path: parse, check, hand over as a companion, then the integrity checks. */
function fromJson(bytes: Uint8Array, source: string, post: Post): void {
  const timed = timer(post);
  let json: unknown;
  try {
    json = timed('timeline:json', () => JSON.parse(new TextDecoder().decode(bytes)));
  } catch (e) {
    throw new DataLoadError('not-json', source, e instanceof Error ? e.message : String(e));
  }
  const parsed = timed('timeline:validate', () => timelineSchema.safeParse(json));
  if (!parsed.success) throw new DataLoadError('schema', source, describeSchemaError(parsed.error));
  const out = timed('timeline:columns', () => encodeCompanion(parsed.data));
  post({ type: 'head', buffer: out.buffer, whole: true, format: 'json' }, [out.buffer]);
  post({ type: 'checked', report: report(integrityProblems(parsed.data)) });
}

async function jsonFromUrl(url: string, post: Post, signal: AbortSignal): Promise<void> {
  const t0 = performance.now();
  const res = await fetchOk(url, { signal });
  const bytes = new Uint8Array(await res.arrayBuffer());
  post({
    type: 'measure',
    name: 'timeline:fetch',
    start: performance.timeOrigin + t0,
    duration: performance.now() - t0,
  });
  if (isHtmlPage(res, bytes)) throw new DataLoadError('missing', url, 'text/html');
  fromJson(bytes, url, post);
}

/** The companion is not the one written with the JSON beside it: read the JSON instead. */
class Stale extends Error {}

/** Reads a companion from a stream of chunks: the head is posted when it is in, then the body,
 * then the checks' report. `accept` sees the header first and may refuse the file (Stale).
 * Throws CompanionError for a damaged file, before the head is posted or after: `posted` tells
 * the caller which. */
async function fromCompanionStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  post: Post,
  posted: { head: boolean },
  accept: (h: CompanionHeader) => boolean = () => true,
): Promise<void> {
  const t0 = performance.now();
  const since = (name: string) =>
    post({
      type: 'measure',
      name,
      start: performance.timeOrigin + t0,
      duration: performance.now() - t0,
    });
  let first = new Uint8Array(0);
  let file: Uint8Array<ArrayBuffer> | null = null;
  let header: CompanionHeader | null = null;
  let head: HeadColumns | null = null;
  let received = 0;
  const postHead = (h: CompanionHeader, f: Uint8Array<ArrayBuffer>, whole: boolean) => {
    head = strictHead(f.buffer, h);
    if (whole) strictBody(f.buffer, h, head, 0);
    const buffer = f.buffer.slice(0, whole ? h.totalBytes : h.headBytes);
    since('timeline:head');
    post({ type: 'head', buffer, whole, format: 'companion' }, [buffer]);
    posted.head = true;
  };
  for await (const chunk of chunks) {
    if (!file) {
      // The header first (it gives the file's length), from however many chunks it takes.
      const joined = new Uint8Array(first.length + chunk.length);
      joined.set(first);
      joined.set(chunk, first.length);
      first = joined;
      checkMagic(first);
      if (first.length < MAX_HEADER_BYTES) continue;
      header = readHeader(first);
      if (!accept(header)) throw new Stale();
      if (first.length > header.totalBytes) throw new CompanionError('longer than its header says');
      file = new Uint8Array(header.totalBytes);
      file.set(first);
      received = first.length;
    } else {
      if (received + chunk.length > file.length)
        throw new CompanionError('longer than its header says');
      file.set(chunk, received);
      received += chunk.length;
    }
    if (!head && received >= header!.headBytes && received < header!.totalBytes)
      postHead(header!, file, false);
  }
  if (!file || !header) {
    checkMagic(first);
    throw new CompanionError('shorter than its header');
  }
  if (received !== header.totalBytes)
    throw new CompanionError(`truncated: ${received} of its ${header.totalBytes} bytes`);
  if (!head) postHead(header, file, true);
  else {
    strictBody(file.buffer, header, head, 0);
    const body = file.buffer.slice(header.headBytes);
    since('timeline:body');
    post({ type: 'body', buffer: body }, [body]);
  }
  // The checks, on the worker's own copy, while the page shows the timeline.
  const store = new TimelineStore(header, head!);
  store.attachBody(file.buffer, 0);
  post({ type: 'checked', report: report(storeProblems(store)) });
}

/** Throws at once when the first four bytes are not a companion's. */
function checkMagic(first: Uint8Array): void {
  if (first.length < 4) return;
  if (new DataView(first.buffer, first.byteOffset).getUint32(0, true) !== COMPANION_MAGIC)
    throw new CompanionError('not a timeline companion file');
}

async function* chunksOf(res: Response): AsyncIterable<Uint8Array> {
  if (!res.body) {
    yield new Uint8Array(await res.arrayBuffer());
    return;
  }
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** The JSON's length as the server has it, without downloading it; null when it cannot say
 * (absent, or only known compressed), 0 when the JSON is missing. */
async function jsonLength(url: string, signal: AbortSignal): Promise<number | null> {
  const probe = new AbortController();
  signal.addEventListener('abort', () => probe.abort());
  try {
    const res = await fetch(url, { headers: { Range: 'bytes=0-0' }, signal: probe.signal });
    if (res.status === 404) return 0;
    const range = /\/(\d+)$/.exec(res.headers.get('content-range') ?? '');
    const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
    if (res.status === 206 && range && !encoded) return Number(range[1]);
    const length = res.headers.get('content-length');
    if (res.status === 200 && length !== null && !encoded) return Number(length);
    return null;
  } catch {
    return null;
  } finally {
    probe.abort(); // a server that ignored the range must not send the whole file
  }
}

async function fromUrl(url: string, jsonOnly: boolean, post: Post, signal: AbortSignal) {
  const explicit = isCompanionUrl(url);
  const companion = explicit ? url : jsonOnly ? null : companionUrl(url);
  if (!companion) return jsonFromUrl(url, post, signal);
  const posted = { head: false };
  const stream = new AbortController();
  signal.addEventListener('abort', () => stream.abort());
  try {
    const [res, length] = await Promise.all([
      fetchOk(companion, { signal: stream.signal }).catch((e: unknown) => {
        if (explicit || signal.aborted) throw e;
        return null; // no companion: the JSON
      }),
      explicit ? Promise.resolve(0) : jsonLength(url, signal),
    ]);
    if (!res) return await jsonFromUrl(url, post, signal);
    // Beside a JSON, the companion counts only if it was written with that JSON (same length);
    // with no JSON there, it stands alone. A length the server will not tell: the JSON.
    const current = (h: CompanionHeader) => length === 0 || length === h.jsonBytes;
    return await fromCompanionStream(chunksOf(res), post, posted, current);
  } catch (e) {
    if (!(e instanceof CompanionError) && !(e instanceof Stale)) throw e;
    stream.abort();
    if (explicit) throw new DataLoadError('companion', url, (e as Error).message);
    // A damaged or stale companion: the JSON is the reference.
    if (posted.head) post({ type: 'fallback', reason: `${companion}: ${(e as Error).message}` });
    return jsonFromUrl(url, post, signal);
  }
}

async function fromFile(file: File, post: Post): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Only a file that starts like a companion is read as one; the rest is JSON or not.
  const magic =
    bytes.length >= 4 && new DataView(bytes.buffer).getUint32(0, true) === COMPANION_MAGIC;
  if (!magic) return fromJson(bytes, file.name, post);
  try {
    await fromCompanionStream([bytes], post, { head: false });
  } catch (e) {
    if (e instanceof CompanionError) throw new DataLoadError('companion', file.name, e.message);
    throw e;
  }
}

/** Runs one load, posting its messages; failures end in one 'error' message. */
export async function runLoad(req: LoadRequest, post: Post, signal: AbortSignal): Promise<void> {
  try {
    if ('file' in req) await fromFile(req.file, post);
    else await fromUrl(req.url, req.jsonOnly ?? false, post, signal);
  } catch (e) {
    if (signal.aborted) return;
    const err =
      e instanceof DataLoadError
        ? e
        : new DataLoadError(
            'not-json',
            'file' in req ? req.file.name : req.url,
            e instanceof Error ? e.message : String(e),
          );
    post({ type: 'error', kind: err.kind, url: err.url, detail: err.detail });
  }
}
