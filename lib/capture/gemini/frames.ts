// Incremental reader of Google's chunked RPC responses (StreamGenerate and batchexecute).
//
// Format (doc §3.3): `)]}'`, a blank line, then repeated `<length>\n<JSON>\n`. The length counts UTF-16 code units
// (JS String.length) from right after the digits, so it includes the newline after the number and the one after the
// JSON (HanaokaYuzu `parse_stream_frames`). Some producers count UTF-8 bytes instead (seen in public test fixtures),
// and a few responses carry no lengths at all; both are handled by falling back to a bracket scan of the JSON. Each
// JSON is an array of rows: `["wrb.fr", rpcid|null, "<payload JSON string>", …]`, `["di", n]`, `["af.httprm", …]`,
// `["e", …]`.

import { at, numberAt, scanJsonValueEnd, tryParseJson } from './json.ts';

const XSSI = ")]}'";
const MAX_LENGTH_DIGITS = 10;

export type FrameSplit = 'length' | 'scan' | 'unprefixed';

export interface FrameStats {
  chars: number;
  frames: number;
  badFrames: number;
  split: { length: number; scan: number; unprefixed: number };
}

export interface FrameReader {
  /** Feed the next piece of the body (any boundary; bytes are decoded as UTF-8). Returns the frames it completed. */
  push(chunk: string | Uint8Array): unknown[];
  /** The body is over: flush what can still be read. Returns the frames it completed. */
  end(): unknown[];
  stats(): FrameStats;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Does `\s*\d+\r?\n` (the next frame's header) or the end of the text follow `index`? */
function headerOrEndAt(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return false;
  const start = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === start) return false;
  if (text.charCodeAt(i) === 0x0d) i++;
  return text.charCodeAt(i) === 0x0a;
}

interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type Step =
  | { kind: 'frame'; value: unknown; next: number; split: FrameSplit }
  | { kind: 'skip'; next: number }
  | { kind: 'wait' };

export function createFrameReader(): FrameReader {
  let buffer = '';
  let prefixDone = false;
  const stats: FrameStats = { chars: 0, frames: 0, badFrames: 0, split: { length: 0, scan: 0, unprefixed: 0 } };
  let decoder: Utf8Decoder | null = null;

  function decode(chunk: Uint8Array, last: boolean): string {
    if (decoder === null) {
      // TextDecoder exists in every browser and Node ≥ 11; bytes are optional, text chunks need nothing.
      const Decoder = (globalThis as { TextDecoder?: new (label?: string) => Utf8Decoder }).TextDecoder;
      if (Decoder === undefined) return '';
      decoder = new Decoder('utf-8');
    }
    try {
      return decoder.decode(chunk, { stream: !last });
    } catch {
      return '';
    }
  }

  /** Reads one JSON value by bracket scanning from `start`. */
  function scanAt(start: number, final: boolean): { value: unknown; next: number } | 'incomplete' | 'invalid' {
    // A complete value must end with a closer; skip the O(n) scan while the buffer cannot hold one.
    if (!final) {
      let last = buffer.length - 1;
      while (last > start && isSpace(buffer.charCodeAt(last))) last--;
      const c = buffer.charCodeAt(last);
      if (c !== 0x5d && c !== 0x7d) {
        // …unless a later frame header proves the value ended earlier (a broken frame).
        if (buffer.indexOf('\n', start) === -1) return 'incomplete';
      }
    }
    const end = scanJsonValueEnd(buffer, start);
    if (end === -1) return 'incomplete';
    const parsed = tryParseJson(buffer.slice(start, end));
    return parsed.ok ? { value: parsed.value, next: end } : 'invalid';
  }

  function skipLine(from: number, final: boolean): Step {
    const newline = buffer.indexOf('\n', from);
    if (newline !== -1) return { kind: 'skip', next: newline + 1 };
    return final ? { kind: 'skip', next: buffer.length } : { kind: 'wait' };
  }

  function step(pos: number, final: boolean): Step {
    const first = buffer.charCodeAt(pos);

    if (isDigit(first)) {
      let digitsEnd = pos;
      while (digitsEnd < buffer.length && isDigit(buffer.charCodeAt(digitsEnd))) digitsEnd++;
      if (digitsEnd - pos > MAX_LENGTH_DIGITS) return skipLine(pos, final);
      if (digitsEnd >= buffer.length) return final ? { kind: 'skip', next: buffer.length } : { kind: 'wait' };
      let afterHeader = digitsEnd;
      if (buffer.charCodeAt(afterHeader) === 0x0d) afterHeader++;
      if (afterHeader >= buffer.length) return final ? { kind: 'skip', next: buffer.length } : { kind: 'wait' };
      if (buffer.charCodeAt(afterHeader) !== 0x0a) return skipLine(pos, final);

      const declared = Number(buffer.slice(pos, digitsEnd));
      const sliceEnd = digitsEnd + declared;
      const sliceAvailable = sliceEnd <= buffer.length;
      if (sliceAvailable) {
        const text = buffer.slice(digitsEnd, sliceEnd).trim();
        if (text === '') return { kind: 'skip', next: sliceEnd };
        const parsed = tryParseJson(text);
        if (parsed.ok) return { kind: 'frame', value: parsed.value, next: sliceEnd, split: 'length' };
      }

      // The declared length did not frame valid JSON (not all here yet, counted in bytes, or wrong): scan.
      let jsonStart = afterHeader + 1;
      while (jsonStart < buffer.length && isSpace(buffer.charCodeAt(jsonStart))) jsonStart++;
      if (jsonStart >= buffer.length) {
        if (final) return { kind: 'skip', next: buffer.length };
        return sliceAvailable ? { kind: 'skip', next: sliceEnd } : { kind: 'wait' };
      }
      const opener = buffer.charCodeAt(jsonStart);
      if (opener !== 0x5b && opener !== 0x7b) {
        if (sliceAvailable) return { kind: 'skip', next: Math.max(sliceEnd, afterHeader + 1) };
        return skipLine(afterHeader + 1, final);
      }
      const scanned = scanAt(jsonStart, final);
      if (typeof scanned === 'object') return { kind: 'frame', value: scanned.value, next: scanned.next, split: 'scan' };
      if (scanned === 'invalid') {
        if (sliceAvailable && sliceEnd > jsonStart) return { kind: 'skip', next: sliceEnd };
        const end = scanJsonValueEnd(buffer, jsonStart);
        return { kind: 'skip', next: end === -1 ? buffer.length : end };
      }
      // Incomplete by brackets. Trust the declared length only when the next frame header follows it.
      if (sliceAvailable && headerOrEndAt(buffer, sliceEnd)) return { kind: 'skip', next: sliceEnd };
      // At the end, resynchronise on the next line rather than dropping everything after a broken frame.
      if (final) return skipLine(jsonStart, true);
      return { kind: 'wait' };
    }

    if (first === 0x5b || first === 0x7b) {
      const scanned = scanAt(pos, final);
      if (typeof scanned === 'object') return { kind: 'frame', value: scanned.value, next: scanned.next, split: 'unprefixed' };
      if (scanned === 'invalid') {
        const end = scanJsonValueEnd(buffer, pos);
        return { kind: 'skip', next: end === -1 ? buffer.length : end };
      }
      if (final) return skipLine(pos, true);
      return { kind: 'wait' };
    }

    return skipLine(pos, final);
  }

  function drain(final: boolean): unknown[] {
    const out: unknown[] = [];
    let pos = 0;
    for (;;) {
      while (pos < buffer.length && isSpace(buffer.charCodeAt(pos))) pos++;
      if (pos >= buffer.length) break;
      if (!prefixDone) {
        const rest = buffer.slice(pos, pos + XSSI.length);
        if (rest === XSSI) {
          pos += XSSI.length;
          prefixDone = true;
          continue;
        }
        if (!final && XSSI.startsWith(rest)) break;
        prefixDone = true;
      }
      const result = step(pos, final);
      if (result.kind === 'wait') break;
      if (result.kind === 'skip') {
        stats.badFrames++;
        pos = Math.max(result.next, pos + 1);
        continue;
      }
      stats.frames++;
      stats.split[result.split]++;
      out.push(result.value);
      pos = result.next;
    }
    buffer = buffer.slice(pos);
    return out;
  }

  return {
    push(chunk) {
      const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decode(chunk, false) : '';
      if (typeof text !== 'string' || text === '') return [];
      stats.chars += text.length;
      buffer += text;
      return drain(false);
    },
    end() {
      if (decoder !== null) {
        const tail = decode(new Uint8Array(0), true);
        if (tail !== '') {
          stats.chars += tail.length;
          buffer += tail;
        }
      }
      const out = drain(true);
      buffer = '';
      return out;
    },
    stats() {
      return { ...stats, split: { ...stats.split } };
    },
  };
}

/** Every frame of a whole response body. */
export function readFrames(body: string): unknown[] {
  const reader = createFrameReader();
  return [...reader.push(body), ...reader.end()];
}

export type RowKind = 'wrb' | 'di' | 'af' | 'e' | 'other';

export interface WrbRow {
  /** The batchexecute rpc id (`hNvQHb`), or null for StreamGenerate. */
  rpcId: string | null;
  /** The parsed payload (`JSON.parse(row[2])`); undefined when absent or not JSON. */
  payload: unknown;
  hasPayloadText: boolean;
  /** A BardErrorInfo code (`row[5][2][0][1][0]`, e.g. 1037 usage limit; 1096 also appears on success). */
  errorCode: number | null;
  /** A reject status (`row[5][0]`, e.g. 7 = no permission in hNvQHb, 13 on async acks). */
  rejectCode: number | null;
}

/** The rows of one frame: a frame is an array of rows, or (rarely) a single row. */
export function rowsOfFrame(frame: unknown): unknown[][] {
  if (!Array.isArray(frame)) return [];
  if (typeof frame[0] === 'string') return [frame];
  return frame.filter((row): row is unknown[] => Array.isArray(row));
}

export function rowKind(row: unknown[]): RowKind {
  switch (row[0]) {
    case 'wrb.fr':
      return 'wrb';
    case 'di':
      return 'di';
    case 'af.httprm':
      return 'af';
    case 'e':
      return 'e';
    default:
      return 'other';
  }
}

export function wrbRowOf(row: unknown[]): WrbRow | null {
  if (row[0] !== 'wrb.fr') return null;
  const rpcId = typeof row[1] === 'string' && row[1] !== '' ? row[1] : null;
  let payload: unknown = undefined;
  const payloadText = row[2];
  if (typeof payloadText === 'string' && payloadText !== '') {
    const parsed = tryParseJson(payloadText);
    if (parsed.ok) payload = parsed.value;
  }
  return {
    rpcId,
    payload,
    hasPayloadText: typeof payloadText === 'string' && payloadText !== '',
    errorCode: numberAt(row, [5, 2, 0, 1, 0]),
    rejectCode: numberAt(row, [5, 0]),
  };
}

export function wrbRowsOfFrame(frame: unknown): WrbRow[] {
  const out: WrbRow[] = [];
  for (const row of rowsOfFrame(frame)) {
    const wrb = wrbRowOf(row);
    if (wrb !== null) out.push(wrb);
  }
  return out;
}

/** True when `value` looks like a row list at all (used to tell frames from unrelated JSON). */
export function looksLikeRows(value: unknown): boolean {
  return rowsOfFrame(value).some((row) => typeof at(row, [0]) === 'string');
}
