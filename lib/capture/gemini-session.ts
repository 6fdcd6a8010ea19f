import { createStreamGenerateReader, parseHistoryResponse, type GeminiTurn, type StreamGenerateReader } from './gemini';
import type { TapPayload } from './chatgpt-session';

/**
 * The network side of one Gemini tab: StreamGenerate responses being read and history (hNvQHb) answers, as turns
 * keyed like the DOM's turns. Pure: the content script joins them with what the page shows.
 */
export interface GeminiSession {
  ingest(payload: TapPayload): boolean;
  /** A turn by its key or response id. */
  turn(key: string | null, responseId: string | null): GeminiTurn | null;
  turns(): GeminiTurn[];
}

const MAX_TURNS = 500;

export function createGeminiSession(): GeminiSession {
  const readers = new Map<string, StreamGenerateReader>();
  const byKey = new Map<string, GeminiTurn>();
  const byResponse = new Map<string, GeminiTurn>();
  const store = (turn: GeminiTurn | null) => {
    if (!turn) return false;
    const before = byKey.get(turn.key);
    // A streamed turn is newer than the history's copy of it only while it has more to say.
    if (before && before.status === 'complete' && turn.status === 'streaming') return false;
    byKey.set(turn.key, turn);
    if (turn.responseId) byResponse.set(turn.responseId, turn);
    if (byKey.size > MAX_TURNS) byKey.delete(byKey.keys().next().value!);
    return JSON.stringify(before) !== JSON.stringify(turn);
  };
  return {
    ingest(payload) {
      try {
        switch (payload.channel) {
          case 'send-request':
            readers.set(payload.streamId, createStreamGenerateReader({ requestBody: payload.text }));
            return false;
          case 'stream-chunk': {
            let reader = readers.get(payload.streamId);
            if (!reader) {
              reader = createStreamGenerateReader();
              readers.set(payload.streamId, reader);
            }
            return store(reader.push(payload.text));
          }
          case 'stream-end': {
            const reader = readers.get(payload.streamId);
            readers.delete(payload.streamId);
            return reader ? store(reader.end()) : false;
          }
          case 'history': {
            let changed = false;
            for (const turn of parseHistoryResponse(payload.text)) changed = store(turn) || changed;
            return changed;
          }
          default:
            return false;
        }
      } catch {
        return false;
      }
    },
    turn(key, responseId) {
      return (key ? byKey.get(key) : undefined) ?? (responseId ? byResponse.get(responseId) : undefined) ?? null;
    },
    turns: () => [...byKey.values()],
  };
}
