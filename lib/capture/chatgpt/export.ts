/**
 * readExport: the image generations of a ChatGPT data export, streamed. Accepts the .zip, a conversations.json,
 * or the 2026 sharded conversations-000.json… files with export_manifest.json. JSON is parsed with
 * @streamparser/json (one conversation at a time, never one big string); zips with fflate's streaming Unzip.
 */
import { JSONParser } from '@streamparser/json';
import { strFromU8, Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { generationsFromConversation, type ConversationGenerations } from './tree.ts';
import { isRecord } from './message.ts';

/** Something a browser File/Response stream or a Node stream can be given as. */
export interface ReaderLike {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; releaseLock?(): void };
}
export type ExportBytes = Uint8Array | ArrayBuffer | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array> | ReaderLike;
export interface ExportFile {
  name: string;
  data: ExportBytes;
}
/** The bytes of a .zip or of one JSON file, or a set of files (sharded export, possibly with its manifest). */
export type ExportSource = ExportBytes | { files: ExportFile[] };

export type ExportItem =
  | ({ kind: 'conversation'; file: string; index: number } & ConversationGenerations)
  | { kind: 'error'; file: string; error: string };

const SLICE = 1 << 20;
const MAX_MANIFEST = 16 << 20;
const CONVERSATIONS_FILE = /(?:^|\/)conversations(?:-\d+)?\.json$/i;
const MANIFEST_FILE = /(?:^|\/)export_manifest\.json$/i;

export function isConversationsFileName(name: string): boolean {
  return CONVERSATIONS_FILE.test(name);
}

/**
 * Streams the export; yields one item per conversation (and one per unreadable file or missing shard). In a file
 * set, only conversations*.json, export_manifest.json and .zip files are read (user.json, chat.html… are skipped).
 */
export async function* readExport(source: ExportSource): AsyncGenerator<ExportItem> {
  const state: ReadState = { queue: [], seenFiles: new Set(), manifestShards: new Set() };
  if (isFileSet(source)) {
    const files = [...source.files].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
    for (const f of files) {
      if (!CONVERSATIONS_FILE.test(f.name) && !MANIFEST_FILE.test(f.name) && !/\.zip$/i.test(f.name)) continue;
      yield* readOne(f.name, f.data, state);
    }
  } else {
    yield* readOne('input', source, state);
  }
  yield* missingShards(state);
}

/** Reads one named file (JSON or zip) whatever its name: for a file the user picked explicitly. */
export async function* readExportFile(name: string, data: ExportBytes): AsyncGenerator<ExportItem> {
  const state: ReadState = { queue: [], seenFiles: new Set(), manifestShards: new Set() };
  yield* readOne(name, data, state);
  yield* missingShards(state);
}

function* missingShards(state: ReadState): Generator<ExportItem> {
  for (const shard of state.manifestShards) {
    if (!state.seenFiles.has(baseName(shard))) {
      yield { kind: 'error', file: shard, error: 'listed in export_manifest.json but not found' };
    }
  }
}

/** Reads a whole export into arrays (for tests and small exports). */
export async function readExportAll(
  source: ExportSource,
): Promise<{ conversations: Extract<ExportItem, { kind: 'conversation' }>[]; errors: Extract<ExportItem, { kind: 'error' }>[] }> {
  const conversations: Extract<ExportItem, { kind: 'conversation' }>[] = [];
  const errors: Extract<ExportItem, { kind: 'error' }>[] = [];
  for await (const item of readExport(source)) {
    if (item.kind === 'conversation') conversations.push(item);
    else errors.push(item);
  }
  return { conversations, errors };
}

interface ReadState {
  queue: ExportItem[];
  seenFiles: Set<string>;
  manifestShards: Set<string>;
}

function rank(name: string): number {
  return MANIFEST_FILE.test(name) ? 0 : 1;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function isFileSet(s: ExportSource): s is { files: ExportFile[] } {
  return isRecord(s) && Array.isArray((s as { files?: unknown }).files);
}

async function* chunksOf(data: ExportBytes): AsyncGenerator<Uint8Array | string> {
  if (typeof data === 'string') {
    for (let i = 0; i < data.length; i += SLICE) yield data.slice(i, i + SLICE);
    return;
  }
  if (data instanceof ArrayBuffer) data = new Uint8Array(data);
  if (data instanceof Uint8Array) {
    for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
    return;
  }
  if (typeof (data as ReaderLike).getReader === 'function') {
    const reader = (data as ReaderLike).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value instanceof Uint8Array) yield value;
      }
    } finally {
      reader.releaseLock?.();
    }
    return;
  }
  if (Symbol.asyncIterator in data) {
    for await (const c of data as AsyncIterable<unknown>) if (c instanceof Uint8Array) yield c;
    return;
  }
  if (Symbol.iterator in data) for (const c of data as Iterable<unknown>) if (c instanceof Uint8Array) yield c;
}

/** The first significant byte or character: 'zip', '[', '{' or 'other'. */
function sniff(chunk: Uint8Array | string): 'zip' | '[' | '{' | 'other' | 'blank' {
  if (typeof chunk === 'string') {
    const t = chunk.replace(/^\uFEFF/, '').trimStart();
    return t === '' ? 'blank' : t[0] === '[' ? '[' : t[0] === '{' ? '{' : 'other';
  }
  if (chunk.length >= 2 && chunk[0] === 0x50 && chunk[1] === 0x4b) return 'zip';
  let i = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  for (; i < chunk.length; i++) {
    const b = chunk[i];
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
    return b === 0x5b ? '[' : b === 0x7b ? '{' : 'other';
  }
  return 'blank';
}

async function* readOne(name: string, data: ExportBytes, state: ReadState): AsyncGenerator<ExportItem> {
  let sink: ((chunk: Uint8Array | string, final: boolean) => void) | null = null;
  try {
    for await (const chunk of chunksOf(data)) {
      if (sink === null) {
        const kind = sniff(chunk);
        if (kind === 'blank') continue;
        if (kind === 'zip') sink = zipSink(name, state);
        else if (kind === 'other') {
          yield { kind: 'error', file: name, error: 'neither a zip nor JSON' };
          return;
        } else if (MANIFEST_FILE.test(name)) sink = manifestSink(name, state);
        else sink = jsonSink(name, state);
      }
      sink(chunk, false);
      yield* drain(state);
    }
    if (sink === null) {
      yield { kind: 'error', file: name, error: 'empty file' };
      return;
    }
    sink(new Uint8Array(0), true);
  } catch (e) {
    state.queue.push({ kind: 'error', file: name, error: `unreadable: ${errorText(e)}` });
  }
  yield* drain(state);
}

function* drain(state: ReadState): Generator<ExportItem> {
  while (state.queue.length > 0) yield state.queue.shift() as ExportItem;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message.slice(0, 200) : 'error';
}

/** A streaming parser for one conversations file: emits one item per conversation. */
function jsonSink(file: string, state: ReadState): (chunk: Uint8Array | string, final: boolean) => void {
  state.seenFiles.add(baseName(file));
  let parser: JSONParser | null = null;
  let broken = false;
  let index = 0;
  const emit = (value: unknown): void => {
    const conv = generationsFromConversation(value);
    state.queue.push({ kind: 'conversation', file, index: index++, ...conv });
  };
  return (chunk, final) => {
    if (broken) return;
    try {
      if (parser === null) {
        const kind = sniff(chunk);
        if (kind === 'blank') {
          if (final) state.queue.push({ kind: 'error', file, error: 'empty file' });
          return;
        }
        // An array of conversations is streamed element by element; a single object is one conversation.
        const p = new JSONParser({ paths: [kind === '[' ? '$.*' : '$'], keepStack: false });
        p.onValue = ({ value }) => {
          if (kind === '{' && isRecord(value) && !isRecord(value.mapping) && Array.isArray(value.conversations)) {
            for (const c of value.conversations) emit(c);
          } else emit(value);
        };
        p.onError = (err) => {
          if (broken) return;
          broken = true;
          state.queue.push({ kind: 'error', file, error: `invalid JSON: ${errorText(err)}` });
        };
        parser = p;
      }
      const size = typeof chunk === 'string' ? chunk.length : chunk.byteLength;
      if (size > 0 && !parser.isEnded) parser.write(chunk);
      if (final && !broken && !parser.isEnded) parser.end();
    } catch (e) {
      if (!broken) state.queue.push({ kind: 'error', file, error: `invalid JSON: ${errorText(e)}` });
      broken = true;
    }
  };
}

/** export_manifest.json: small; the shard names it lists are checked at the end. */
function manifestSink(file: string, state: ReadState): (chunk: Uint8Array | string, final: boolean) => void {
  const parts: (Uint8Array | string)[] = [];
  let size = 0;
  return (chunk, final) => {
    size += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    if (size <= MAX_MANIFEST) parts.push(chunk);
    if (!final || size > MAX_MANIFEST) return;
    let text = '';
    const bytes: Uint8Array[] = [];
    for (const p of parts) {
      if (typeof p === 'string') text += p;
      else bytes.push(p);
    }
    if (bytes.length > 0) text += utf8(bytes);
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      state.queue.push({ kind: 'error', file, error: 'invalid export_manifest.json' });
      return;
    }
    for (const s of stringsIn(json)) if (CONVERSATIONS_FILE.test(s)) state.manifestShards.add(s);
  };
}

function utf8(chunks: Uint8Array[]): string {
  let len = 0;
  for (const c of chunks) len += c.byteLength;
  const all = new Uint8Array(len);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.byteLength;
  }
  return strFromU8(all);
}

function stringsIn(json: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [json];
  let n = 0;
  while (stack.length > 0 && n++ < 100_000) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (isRecord(v)) stack.push(...Object.values(v));
  }
  return out;
}

/** fflate's streaming Unzip: conversation files are parsed as they inflate; other entries are skipped. */
function zipSink(name: string, state: ReadState): (chunk: Uint8Array | string, final: boolean) => void {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (f: UnzipFile) => {
    const entry = name === 'input' ? f.name : `${name}:${f.name}`;
    let sink: ((chunk: Uint8Array | string, final: boolean) => void) | null = null;
    if (CONVERSATIONS_FILE.test(f.name)) sink = jsonSink(f.name, state);
    else if (MANIFEST_FILE.test(f.name)) sink = manifestSink(f.name, state);
    if (sink === null) return;
    const s = sink;
    f.ondata = (err, data, final) => {
      if (err) {
        state.queue.push({ kind: 'error', file: entry, error: `unzip: ${errorText(err)}` });
        return;
      }
      s(data, final);
    };
    try {
      f.start();
    } catch (e) {
      state.queue.push({ kind: 'error', file: entry, error: `unzip: ${errorText(e)}` });
    }
  };
  return (chunk, final) => {
    if (typeof chunk === 'string') return;
    unzip.push(chunk, final);
  };
}
