/**
 * createStreamAccumulator: consumes the SSE events of a send POST (full-message frames and v1 deltas, mixed with
 * typed events), or the same events from a WebSocket hand-off, keeps the turn's messages by id with their parent
 * links, and gives snapshots of the image generations found so far (same rules as the tree).
 */
import { applyDelta, createDeltaState } from './delta-v1.ts';
import { buildGenerations, type GraphNode } from './generations.ts';
import { isRecord, isUserPrompt, toMsg, userTextOf, type Msg } from './message.ts';
import type { SendRequest } from './request.ts';
import { countShape, emptyShapes, type CaptureShapes, type ImageGeneration } from './schema.ts';
import { createSseReader, type SseEvent } from './sse.ts';
import { countGenerations, countMessage } from './shapes.ts';

export interface StreamSnapshot {
  conversationId: string | null;
  generations: ImageGeneration[];
  /** The prompt of this turn's user message (from the stream's echo, or the request). */
  userText: string | null;
  userMessageId: string | null;
  /** From a title_generation event (the conversation's title). */
  conversationTitle: string | null;
  /** 'v1' after `event: delta_encoding`, 'full' after a whole-message frame. */
  encoding: 'v1' | 'full' | null;
  /**
   * The turn's stream is over: message_stream_complete, or [DONE] with no pending hand-off, or markDone()
   * (call it when the WebSocket decoder reports done). After a stream_handoff the POST's [DONE] does not count.
   */
  done: boolean;
  /** A stream_handoff was seen: the rest of the turn comes over the WebSocket (topic ids to follow). */
  handoff: { topicIds: string[] } | null;
  /** conversation_async_status was seen: an image may arrive later (reconcile with the conversation GET). */
  asyncPending: boolean;
  /** The server's error text (a frame's `error`, or an `error` event), cut to 200 characters; null when none. */
  error: string | null;
  shapes: CaptureShapes;
}

export interface StreamAccumulator {
  push(event: SseEvent): void;
  pushAll(events: Iterable<SseEvent>): void;
  /** Seeds the user message from the send request (the stream does not always echo it). */
  setRequest(request: SendRequest): void;
  /** Marks the end of the stream (e.g. the response body closed without [DONE]). */
  markDone(): void;
  snapshot(): StreamSnapshot;
}

const MAX_MESSAGES = 5_000;

export function createStreamAccumulator(): StreamAccumulator {
  const delta = createDeltaState();
  const rawById = new Map<string, Record<string, unknown>>();
  const shapes = emptyShapes();
  let conversationId: string | null = null;
  let conversationTitle: string | null = null;
  let encoding: 'v1' | 'full' | null = null;
  let done = false;
  let handoff: { topicIds: string[] } | null = null;
  let handoffPending = false;
  let asyncPending = false;
  let error: string | null = null;
  let request: SendRequest | null = null;

  const upsert = (raw: unknown): void => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return;
    if (!rawById.has(raw.id) && rawById.size >= MAX_MESSAGES) return;
    rawById.set(raw.id, raw);
  };
  const noteConversation = (v: Record<string, unknown>): void => {
    const c = v.conversation_id;
    if (typeof c === 'string' && c !== '' && c !== 'REDACTED') conversationId = c;
  };

  const typed = (v: Record<string, unknown>, type: string): void => {
    countShape(shapes.events, `type:${type}`);
    switch (type) {
      case 'input_message':
        upsert(v.input_message);
        break;
      case 'title_generation':
        if (typeof v.title === 'string') conversationTitle = v.title;
        break;
      case 'message_stream_complete':
        done = true;
        handoffPending = false;
        break;
      case 'stream_handoff': {
        const topics: string[] = [];
        if (Array.isArray(v.options)) {
          for (const o of v.options) if (isRecord(o) && typeof o.topic_id === 'string') topics.push(o.topic_id);
        }
        handoff = { topicIds: [...new Set([...(handoff?.topicIds ?? []), ...topics])] };
        handoffPending = true;
        done = false;
        break;
      }
      case 'conversation_async_status':
        asyncPending = true;
        break;
    }
    if (isRecord(v.message)) upsert(v.message);
  };

  const value = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v === 'v1') encoding = 'v1';
      return;
    }
    if (!isRecord(v)) {
      shapes.invalid++;
      return;
    }
    noteConversation(v);
    const hasV = Object.prototype.hasOwnProperty.call(v, 'v');
    const err = v.error;
    if (err !== undefined && err !== null && err !== '' && !hasV) {
      countShape(shapes.events, 'frame:error');
      error = (typeof err === 'string' ? err : typeof v.message === 'string' ? v.message : 'error').slice(0, 200);
      if (!isRecord(v.message) && typeof v.type !== 'string') return;
    }
    if (typeof v.type === 'string' && !hasV) {
      typed(v, v.type);
      return;
    }
    if (isRecord(v.message) && !hasV && v.o === undefined && v.p === undefined) {
      countShape(shapes.events, 'frame:message');
      encoding ??= 'full';
      upsert(v.message);
      return;
    }
    if (hasV || typeof v.o === 'string') {
      countShape(shapes.events, `op:${typeof v.o === 'string' ? v.o : 'carry'}`);
      const channel = applyDelta(delta, v);
      if (channel === null) {
        shapes.invalid++;
        return;
      }
      const root = delta.roots.get(channel);
      if (isRecord(root)) {
        noteConversation(root);
        upsert(root.message);
      }
      return;
    }
    shapes.invalid++;
  };

  const push = (ev: SseEvent): void => {
    if (!isRecord(ev) || typeof ev.data !== 'string') return;
    countShape(shapes.events, `event:${typeof ev.event === 'string' ? ev.event : 'message'}`);
    const data = ev.data.trim();
    if (data === '[DONE]') {
      if (!handoffPending) done = true;
      return;
    }
    if (ev.event === 'delta_encoding') {
      encoding = 'v1';
      return;
    }
    for (const v of parseData(data)) value(v);
  };

  const snapshot = (): StreamSnapshot => {
    const snapShapes: CaptureShapes = { ...emptyShapes(), invalid: shapes.invalid, events: { ...shapes.events } };
    const nodes: GraphNode[] = [];
    let previous: string | null = null;
    let lastUser: Msg | null = null;
    const seeded = request?.messageId && !rawById.has(request.messageId) ? seedUser(request) : null;
    const entries: [string, unknown][] = seeded ? [[seeded.id, seeded.raw], ...rawById] : [...rawById];
    for (const [id, raw] of entries) {
      const msg = toMsg(raw, id);
      if (!msg) {
        snapShapes.invalid++;
        continue;
      }
      countMessage(snapShapes, msg);
      snapShapes.nodes++;
      let parent = msg.metaParentId;
      if (parent === null && request?.messageId === id) parent = request.parentMessageId;
      if (parent === null && msg.role !== 'user') parent = previous;
      nodes.push({ id, msg, parent });
      if (isUserPrompt(msg)) lastUser = msg;
      previous = id;
    }
    const built = buildGenerations(nodes, { conversationId, fallbackUserId: lastUser?.id ?? null, live: true });
    snapShapes.imageCalls = built.imageCalls;
    snapShapes.imageReplies = built.imageReplies;
    countGenerations(snapShapes, built.generations);
    return {
      conversationId,
      generations: built.generations,
      userText: lastUser ? userTextOf(lastUser) : (request?.text ?? null),
      userMessageId: lastUser?.id ?? request?.messageId ?? null,
      conversationTitle,
      encoding,
      done,
      handoff,
      asyncPending,
      error,
      shapes: snapShapes,
    };
  };

  return {
    push: (ev) => {
      try {
        push(ev);
      } catch {
        shapes.invalid++;
      }
    },
    pushAll(events) {
      for (const ev of events) this.push(ev);
    },
    setRequest(r) {
      request = r;
      if (r.conversationId && conversationId === null) conversationId = r.conversationId;
    },
    markDone() {
      done = true;
      handoffPending = false;
    },
    snapshot,
  };
}

function seedUser(r: SendRequest): { id: string; raw: Record<string, unknown> } | null {
  if (!r.messageId || r.text === null) return null;
  return {
    id: r.messageId,
    raw: {
      id: r.messageId,
      author: { role: 'user' },
      content: { content_type: 'text', parts: [r.text] },
      metadata: r.parentMessageId ? { parent_id: r.parentMessageId } : {},
    },
  };
}

/** A data payload as JSON values; several `data:` lines with no blank line between them are read one by one. */
export function parseData(data: string): unknown[] {
  if (data === '') return [];
  try {
    return [JSON.parse(data)];
  } catch {
    if (!data.includes('\n')) return [];
    const out: unknown[] = [];
    for (const line of data.split('\n')) {
      try {
        out.push(JSON.parse(line));
      } catch {
        /* not JSON */
      }
    }
    return out;
  }
}

export interface ChatGptStream {
  /** Feeds raw SSE text. */
  push(chunkText: string): void;
  /** Feeds already-split events (e.g. from the WebSocket decoder). */
  pushEvents(events: Iterable<SseEvent>): void;
  end(): void;
  setRequest(request: SendRequest): void;
  /** The turn is over (e.g. the WebSocket decoder reported done). */
  markDone(): void;
  snapshot(): StreamSnapshot;
}

/** An SSE reader wired to an accumulator: raw text in, snapshots out. */
export function createChatGptStream(): ChatGptStream {
  const reader = createSseReader();
  const acc = createStreamAccumulator();
  return {
    push: (t) => acc.pushAll(reader.push(t)),
    pushEvents: (e) => acc.pushAll(e),
    end: () => {
      acc.pushAll(reader.end());
    },
    setRequest: (r) => acc.setRequest(r),
    markDone: () => acc.markDone(),
    snapshot: () => acc.snapshot(),
  };
}

/** Parses a whole SSE response text. */
export function parseSseStream(text: string, request?: SendRequest): StreamSnapshot {
  const s = createChatGptStream();
  if (request) s.setRequest(request);
  s.push(text);
  s.end();
  return s.snapshot();
}
