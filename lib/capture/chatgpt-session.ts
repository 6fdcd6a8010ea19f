import {
  createChatGptStream, createWebSocketDecoder, emptyShapes, generationsFromConversation, userPromptFromRequestBody,
  type CaptureShapes, type ChatGptStream, type ImageGeneration, type WebSocketDecoder,
} from './chatgpt';

/**
 * The live state of one ChatGPT tab, fed by the tap's payloads: streams being read, WebSocket hand-offs, and the
 * authoritative conversation trees. Pure: no DOM, no network; the content script decides what to fetch and show.
 */
export interface TapPayload {
  channel: 'send-request' | 'stream-chunk' | 'stream-end' | 'conversation' | 'websocket' | 'history';
  streamId: string;
  url: string;
  text: string;
}

export interface IngestResult {
  changed: boolean;
  /** A turn just ended: reconcile it from the conversation tree (the page's own GET, or one of ours). */
  turnEnded: string | null;
}

export interface ChatgptSession {
  ingest(payload: TapPayload): IngestResult;
  /** The generations of a conversation, oldest first; null = the tab's latest streamed conversation (temporary chats). */
  generations(conversationId: string | null): ImageGeneration[];
  /** Whether a turn of this conversation is still streaming. */
  streaming(conversationId: string | null): boolean;
  latestStreamedConversation(): string | null;
  shapes(): CaptureShapes;
}

const MAX_STREAMS = 20;

export function createChatgptSession(): ChatgptSession {
  const streams = new Map<string, { stream: ChatGptStream; conversationId: string | null; ended: boolean }>();
  const sockets = new Map<string, WebSocketDecoder>();
  const byConversation = new Map<string, Map<string, ImageGeneration>>();
  const shapes = emptyShapes();
  let latest: string | null = null;

  const merge = (target: CaptureShapes, add: CaptureShapes) => {
    for (const key of Object.keys(add) as (keyof CaptureShapes)[]) {
      const value = add[key];
      if (typeof value === 'number') (target[key] as number) += value;
      else for (const [name, count] of Object.entries(value)) (target[key] as Record<string, number>)[name] = ((target[key] as Record<string, number>)[name] ?? 0) + count;
    }
  };
  const store = (generations: ImageGeneration[], conversationId: string | null, authoritative: boolean) => {
    const id = conversationId ?? '';
    let map = byConversation.get(id);
    if (!map) {
      map = new Map();
      byConversation.set(id, map);
    }
    if (authoritative) {
      // The tree is the truth for what it holds; a streamed call it does not know yet stays.
      for (const [key, generation] of map) {
        if (generation.status === 'complete' && !generations.some((g) => g.key === key) && generations.some((g) => g.toolMessageId === generation.toolMessageId)) map.delete(key);
      }
    }
    let changed = false;
    for (const generation of generations) {
      const before = map.get(generation.key);
      if (!authoritative && before && before.status === 'complete' && before.images.length >= generation.images.length && generation.status === 'streaming') continue;
      if (JSON.stringify(before) !== JSON.stringify(generation)) {
        map.set(generation.key, generation);
        changed = true;
      }
      // A streamed call without its image is replaced once the tree shows the image under its own key.
      if (generation.images.length) {
        const pendingKey = `${generation.conversationId ?? ''}:${generation.toolMessageId}:0`;
        const pending = map.get(pendingKey);
        if (pendingKey !== generation.key && pending && !pending.images.length) {
          map.delete(pendingKey);
          changed = true;
        }
      }
    }
    return changed;
  };

  const fromStream = (streamId: string): IngestResult => {
    const entry = streams.get(streamId);
    if (!entry) return { changed: false, turnEnded: null };
    const snapshot = entry.stream.snapshot();
    if (snapshot.conversationId) {
      entry.conversationId = snapshot.conversationId;
      latest = snapshot.conversationId;
    }
    const changed = store(snapshot.generations, entry.conversationId, false);
    const ended = snapshot.done && !entry.ended;
    if (ended) {
      entry.ended = true;
      merge(shapes, snapshot.shapes);
    }
    return { changed, turnEnded: ended ? entry.conversationId ?? '' : null };
  };

  return {
    ingest(payload) {
      try {
        switch (payload.channel) {
          case 'send-request': {
            const entry = { stream: createChatGptStream(), conversationId: null as string | null, ended: false };
            const request = userPromptFromRequestBody(payload.text);
            if (request.ok) {
              entry.stream.setRequest(request.value);
              entry.conversationId = request.value.conversationId ?? null;
            }
            streams.set(payload.streamId, entry);
            if (streams.size > MAX_STREAMS) streams.delete(streams.keys().next().value!);
            return { changed: false, turnEnded: null };
          }
          case 'stream-chunk': {
            if (!streams.has(payload.streamId)) streams.set(payload.streamId, { stream: createChatGptStream(), conversationId: null, ended: false });
            streams.get(payload.streamId)!.stream.push(payload.text);
            return fromStream(payload.streamId);
          }
          case 'stream-end': {
            const entry = streams.get(payload.streamId);
            if (!entry) return { changed: false, turnEnded: null };
            entry.stream.end();
            const result = fromStream(payload.streamId);
            const handoff = entry.stream.snapshot().handoff;
            return { changed: result.changed, turnEnded: result.turnEnded ?? (handoff ? null : entry.conversationId ?? '') };
          }
          case 'websocket': {
            let decoder = sockets.get(payload.streamId);
            if (!decoder) {
              decoder = createWebSocketDecoder();
              sockets.set(payload.streamId, decoder);
            }
            const decoded = decoder.push(payload.text);
            // Hand-off frames continue the latest stream that handed off (or start one of their own).
            const target = [...streams.entries()].reverse().find(([, entry]) => entry.stream.snapshot().handoff && !entry.ended)?.[0] ?? `ws:${payload.streamId}`;
            if (!streams.has(target)) streams.set(target, { stream: createChatGptStream(), conversationId: decoded.conversationIds[0] ?? null, ended: false });
            const entry = streams.get(target)!;
            if (decoded.events.length) entry.stream.pushEvents(decoded.events);
            if (decoded.done) entry.stream.markDone?.();
            return fromStream(target);
          }
          case 'conversation':
          case 'history': {
            const tree = generationsFromConversation(payload.text);
            if (!tree.conversationId) return { changed: false, turnEnded: null };
            merge(shapes, tree.shapes);
            return { changed: store(tree.generations, tree.conversationId, true), turnEnded: null };
          }
        }
      } catch {
        /* a payload we cannot read changes nothing */
      }
      return { changed: false, turnEnded: null };
    },
    generations(conversationId) {
      const id = conversationId ?? latest ?? '';
      const list = [...(byConversation.get(id)?.values() ?? [])];
      return list.sort((a, b) => (a.createdAt ?? Infinity) - (b.createdAt ?? Infinity));
    },
    streaming(conversationId) {
      const id = conversationId ?? latest;
      return [...streams.values()].some((entry) => !entry.ended && (entry.conversationId === id || entry.conversationId === null));
    },
    latestStreamedConversation: () => latest,
    shapes: () => shapes,
  };
}
