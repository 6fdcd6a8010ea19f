/**
 * Decoding ws.chatgpt.com frames (after a stream_handoff) into the SSE events the accumulator reads:
 * JSON arrays of {type:"message", topic_id, payload:{type:"conversation-turn-stream", payload:{type:"stream-item",
 * encoded_item, stream_item_id…}}}, subscribe replies with `catchups`, and the turn's "done"/"error" end.
 * encoded_item is SSE text, base64 of it, or JSON in a string. Items are deduplicated by stream_item_id.
 */
import { strFromU8 } from 'fflate';
import { decodeBase64 } from './base64.ts';
import { isRecord } from './message.ts';
import { readSseText, type SseEvent } from './sse.ts';

export interface WsDecoded {
  events: SseEvent[];
  /** The turn's stream ended ("done" / "error" item, or conversation-turn-complete). */
  done: boolean;
  conversationIds: string[];
  topicIds: string[];
}

export interface WebSocketDecoder {
  /** One frame's text (or bytes); items already seen (same stream_item_id) are skipped. */
  push(frame: string | Uint8Array): WsDecoded;
}

const MAX_NODES = 200_000;
const MAX_DEPTH = 64;
const SSE_START = /^(event|data|id|retry)\s*:|^:/;

export function createWebSocketDecoder(): WebSocketDecoder {
  const seen = new Set<string>();
  return { push: (frame) => decode(frame, seen) };
}

/** Decodes one frame with no memory of earlier frames. */
export function decodeWebSocketFrame(frame: string | Uint8Array): WsDecoded {
  return decode(frame, new Set());
}

function decode(frame: string | Uint8Array, seen: Set<string>): WsDecoded {
  const out: WsDecoded = { events: [], done: false, conversationIds: [], topicIds: [] };
  try {
    const text = typeof frame === 'string' ? frame : frame instanceof Uint8Array ? strFromU8(frame) : '';
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      if (SSE_START.test(text.trimStart())) out.events.push(...readSseText(text));
      return out;
    }
    walk(json, out, seen);
  } catch {
    /* garbage frame: nothing */
  }
  out.conversationIds = [...new Set(out.conversationIds)];
  out.topicIds = [...new Set(out.topicIds)];
  return out;
}

function walk(root: unknown, out: WsDecoded, seen: Set<string>): void {
  // Pre-order, in document order, iteratively.
  const stack: { v: unknown; parentType: string | null; depth: number }[] = [{ v: root, parentType: null, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const { v, parentType, depth } = stack.pop() as { v: unknown; parentType: string | null; depth: number };
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], parentType, depth: depth + 1 });
      continue;
    }
    if (!isRecord(v)) continue;
    const type = typeof v.type === 'string' ? v.type : null;
    if (typeof v.topic_id === 'string') out.topicIds.push(v.topic_id);
    if (typeof v.conversation_id === 'string') out.conversationIds.push(v.conversation_id);
    if (Object.prototype.hasOwnProperty.call(v, 'encoded_item')) {
      const id = v.stream_item_id;
      const key = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
      if (key !== null) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.events.push(...decodeItem(v.encoded_item, 0));
      continue;
    }
    if (
      ((type === 'done' || type === 'error') && parentType === 'conversation-turn-stream') ||
      type === 'conversation-turn-complete'
    ) {
      out.done = true;
    }
    const children = Object.values(v);
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (typeof c === 'object' && c !== null) stack.push({ v: c, parentType: type, depth: depth + 1 });
    }
  }
}

/** An encoded_item as SSE events: SSE text, JSON (object or string), or base64 of either. */
export function decodeItem(item: unknown, depth: number): SseEvent[] {
  if (depth > 3) return [];
  if (isRecord(item)) {
    if (typeof item.data === 'string') {
      return [{ event: typeof item.event === 'string' ? item.event : null, data: item.data, id: null }];
    }
    return [{ event: null, data: JSON.stringify(item), id: null }];
  }
  if (Array.isArray(item)) return item.flatMap((x) => decodeItem(x, depth + 1));
  if (typeof item !== 'string') return [];
  const t = item.trimStart();
  if (t === '') return [];
  if (SSE_START.test(t)) return readSseText(item);
  if (t.startsWith('{') || t.startsWith('[') || t.startsWith('"')) {
    try {
      const v: unknown = JSON.parse(t);
      return typeof v === 'string' || Array.isArray(v) ? decodeItem(v, depth + 1) : isRecord(v) ? [{ event: null, data: t, id: null }] : [];
    } catch {
      return [];
    }
  }
  const bytes = decodeBase64(t);
  if (bytes === null || bytes.length === 0) return [];
  let decoded: string;
  try {
    decoded = strFromU8(bytes);
  } catch {
    return [];
  }
  return decodeItem(decoded, depth + 1);
}
