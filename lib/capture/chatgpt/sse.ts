/**
 * An incremental Server-Sent Events reader (WHATWG rules): text pushed in chunks of any size, events out.
 * Handles LF, CRLF and CR, a CR/LF pair split across chunks, comments, multi-line data and a final unterminated
 * event at end().
 */

export interface SseEvent {
  /** The `event:` field, or null (the default "message" type). */
  event: string | null;
  /** The `data:` lines joined with "\n". */
  data: string;
  /** The `id:` field, if any. */
  id: string | null;
}

export interface SseReader {
  /** Feeds the next chunk of the stream; returns the events it completes. */
  push(chunkText: string): SseEvent[];
  /** Ends the stream; returns the last event if it had no closing blank line. */
  end(): SseEvent[];
}

export function createSseReader(): SseReader {
  let pending = ''; // the unfinished last line
  let pendingCr = false; // the previous chunk ended with CR: a leading LF belongs to it
  let started = false;
  let eventType: string | null = null;
  let data: string[] = [];
  let lastId: string | null = null;
  let ended = false;

  const dispatch = (out: SseEvent[]): void => {
    if (data.length > 0) out.push({ event: eventType, data: data.join('\n'), id: lastId });
    data = [];
    eventType = null;
  };

  const line = (text: string, out: SseEvent[]): void => {
    if (text === '') {
      dispatch(out);
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') eventType = value;
    else if (field === 'id' && !value.includes('\0')) lastId = value;
  };

  const push = (chunkText: string): SseEvent[] => {
    const out: SseEvent[] = [];
    if (ended || typeof chunkText !== 'string' || chunkText === '') return out;
    let text = chunkText;
    if (!started) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let i = 0;
    if (pendingCr && text.charCodeAt(0) === 10) i = 1;
    pendingCr = false;
    let start = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      line(pending + text.slice(start, i), out);
      pending = '';
      if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else pendingCr = true;
      }
      start = i + 1;
    }
    pending += text.slice(start);
    return out;
  };

  const end = (): SseEvent[] => {
    const out: SseEvent[] = [];
    if (ended) return out;
    ended = true;
    if (pending !== '') line(pending, out);
    pending = '';
    dispatch(out);
    return out;
  };

  return { push, end };
}

/** Reads a whole SSE text at once. */
export function readSseText(text: string): SseEvent[] {
  const r = createSseReader();
  return [...r.push(text), ...r.end()];
}
