// StreamGenerate: the request (where the prompt is) and the streamed response (the cumulative turn).
//
// Request (doc §3.2): form body `f.req=[null,"<inner JSON>"]&at=…`; inner[0][0] is the exact prompt, inner[1] =
// [lang], inner[2] = [cid, rid, rcid, …] of the turn being continued (empty strings in a new chat), inner[19] = gem.
// Response (doc §3.3, §3.4): frames of `["wrb.fr", null, "<payload>"]`; payload[1] = [cid, rid] (the first frame may
// carry only [null, rid], or only {"18": rid} at [2]); payload[4] = candidates. Every frame repeats the whole text so
// far; generated images often arrive in a later frame than the text; payload[25] (a string) marks the saved, final
// chunk.

import { readCandidate, type CandidateView } from './candidate.ts';
import { addNote, copyDiagnostics, emptyDiagnostics, mergeFrameStats, noteCandidateShape } from './diagnostics.ts';
import { createFrameReader, rowKind, rowsOfFrame, wrbRowOf } from './frames.ts';
import { formField } from './form.ts';
import {
  choiceIdOrNull,
  conversationIdOrNull,
  normalizeConversationId,
  responseIdOrNull,
  turnKey,
} from './ids.ts';
import { arrayAt, at, stringAt, tryParseJson } from './json.ts';
import type { GeminiImage, GeminiNetworkDiagnostics, GeminiTurn } from './schema.ts';
import { splitRequestedAspectRatio } from './text.ts';

// ---------------------------------------------------------------- request

export interface StreamGenerateRequest {
  /** The prompt as sent (`inner[0][0]`), without a UI-appended "Requested aspect ratio" line. */
  userText: string;
  /** The exact `inner[0][0]`. */
  rawPrompt: string;
  /** The ratio of a "Requested aspect ratio: W:H." line split off the prompt, if any. */
  requestedAspectRatio: string | null;
  /** From the chat context `inner[2]`; null in a new chat. */
  conversationId: string | null;
  /** The response and choice this request continues (`inner[2][1]`, `inner[2][2]`). */
  parentResponseId: string | null;
  parentChoiceId: string | null;
  language: string | null;
  gemId: string | null;
  /** `inner.length`: it drifts (3 → 12 → 69 → 97+), worth reporting. */
  innerLength: number;
}

/** The inner request array from a form body, a bare `f.req` value, or the outer array itself. */
function innerRequest(body: string): unknown[] | null {
  if (typeof body !== 'string' || body === '') return null;
  const trimmed = body.trim();
  let freq: string | null = null;
  if (trimmed.startsWith('[')) freq = trimmed;
  else freq = formField(trimmed, 'f.req');
  if (freq === null) return null;
  const outer = tryParseJson(freq);
  if (!outer.ok || !Array.isArray(outer.value)) return null;
  const innerText = outer.value[1];
  if (typeof innerText === 'string') {
    const inner = tryParseJson(innerText);
    return inner.ok && Array.isArray(inner.value) ? inner.value : null;
  }
  // Some clients post the inner array directly.
  return Array.isArray(outer.value[0]) ? outer.value : null;
}

export function streamGenerateRequestFromBody(body: string): StreamGenerateRequest | null {
  const inner = innerRequest(body);
  if (inner === null) return null;
  const rawPrompt = stringAt(inner, [0, 0]);
  if (rawPrompt === null) return null;
  const split = splitRequestedAspectRatio(rawPrompt);
  const gem = stringAt(inner, [19]);
  return {
    userText: split.text,
    rawPrompt,
    requestedAspectRatio: split.aspectRatio,
    conversationId: normalizeConversationId(stringAt(inner, [2, 0])),
    parentResponseId: responseIdOrNull(stringAt(inner, [2, 1])),
    parentChoiceId: choiceIdOrNull(stringAt(inner, [2, 2])),
    language: stringAt(inner, [1, 0]),
    gemId: gem !== null && gem !== '' ? gem : null,
    innerLength: inner.length,
  };
}

/** The user's prompt from a StreamGenerate request body (`f.req` → inner[0][0]); null when absent. */
export function userPromptFromStreamGenerateBody(body: string): string | null {
  return streamGenerateRequestFromBody(body)?.userText ?? null;
}

// ---------------------------------------------------------------- response

interface CandidateState {
  choiceId: string | null;
  answer: string | null;
  thinking: string | null;
  complete: boolean;
  images: Map<number, GeminiImage & { imageId: string | null }>;
}

export interface StreamGenerateReaderOptions {
  /** The request body; gives the prompt and, for a continued chat, the conversation id. */
  requestBody?: string;
  /** The prompt, when known otherwise (overrides the request body). */
  userText?: string;
  previousUserTexts?: readonly string[];
  /** A fallback conversation id (e.g. from the page URL); `c_` is added when missing. */
  conversationId?: string | null;
}

export interface StreamGenerateReader {
  /** Feed the next piece of the response body; returns the snapshot after it. */
  push(chunk: string | Uint8Array): GeminiTurn | null;
  /** The body is complete; flushes a trailing frame. Returns the final snapshot. */
  end(): GeminiTurn | null;
  /** The turn so far (the first candidate), or null while nothing identifies a turn. */
  snapshot(): GeminiTurn | null;
  /** One turn per candidate (draft), in payload order. */
  candidates(): GeminiTurn[];
  /** BardErrorInfo codes seen (e.g. 1037 usage limit). 1096 also appears on success. */
  errorCodes(): number[];
  /** True once a payload carried the final-chunk context string (`payload[25]`). */
  saved(): boolean;
  diagnostics(): GeminiNetworkDiagnostics;
}

export function createStreamGenerateReader(options: StreamGenerateReaderOptions = {}): StreamGenerateReader {
  const frames = createFrameReader();
  const request = options.requestBody !== undefined ? streamGenerateRequestFromBody(options.requestBody) : null;
  const userText = options.userText ?? request?.userText ?? '';
  const previousUserTexts = [...(options.previousUserTexts ?? [])];
  const fallbackConversationId =
    normalizeConversationId(options.conversationId ?? null) ?? request?.conversationId ?? null;

  let conversationId: string | null = null;
  let responseId: string | null = null;
  let isSaved = false;
  const states: Array<CandidateState | undefined> = [];
  const errors: number[] = [];
  const diag = emptyDiagnostics('stream');

  function mergeCandidate(index: number, view: CandidateView): void {
    // Positions stay those of payload[4] (a sparse array when a slot never held a candidate).
    let state = states[index];
    if (state === undefined) {
      state = { choiceId: null, answer: null, thinking: null, complete: false, images: new Map() };
      states[index] = state;
    }
    if (view.choiceId !== null) state.choiceId = view.choiceId;
    // Cumulative text: the latest non-empty text wins; an empty or missing one never erases.
    if (view.answer !== null && (view.answer !== '' || state.answer === null)) state.answer = view.answer;
    if (view.thinking !== null && view.thinking !== '') state.thinking = view.thinking;
    if (view.statusCode === 2) state.complete = true;
    for (const image of view.images) {
      const previous = state.images.get(image.index);
      state.images.set(image.index, {
        url: image.url ?? previous?.url ?? null,
        imageId: image.imageId ?? previous?.imageId ?? null,
        responseId: null,
        choiceId: null,
        index: image.index,
      });
    }
  }

  function readPayload(payload: unknown): void {
    if (!Array.isArray(payload)) {
      diag.payloadsUnparsable++;
      return;
    }
    diag.payloads++;
    const cid = conversationIdOrNull(at(payload, [1, 0]));
    const rid = responseIdOrNull(at(payload, [1, 1])) ?? responseIdOrNull(at(payload, [2, '18']));
    if (cid !== null) {
      conversationId = cid;
      diag.idsSeen.conversation = true;
    }
    if (rid !== null) {
      responseId = rid;
      diag.idsSeen.response = true;
    }
    if (typeof at(payload, [25]) === 'string') isSaved = true;
    const list = arrayAt(payload, [4]) ?? [];
    list.forEach((raw, index) => {
      const view = readCandidate(raw);
      if (view === null) return;
      noteCandidateShape(diag, view);
      mergeCandidate(index, view);
    });
  }

  function readFrame(frame: unknown): void {
    for (const row of rowsOfFrame(frame)) {
      diag.rows[rowKind(row)]++;
      const wrb = wrbRowOf(row);
      if (wrb === null) continue;
      if (wrb.rpcId !== null && !diag.rpcIds.includes(wrb.rpcId)) diag.rpcIds.push(wrb.rpcId);
      if (wrb.errorCode !== null) {
        if (!errors.includes(wrb.errorCode)) errors.push(wrb.errorCode);
        if (!diag.errorCodes.includes(wrb.errorCode)) diag.errorCodes.push(wrb.errorCode);
      }
      if (wrb.payload !== undefined) readPayload(wrb.payload);
      else if (wrb.hasPayloadText) diag.payloadsUnparsable++;
    }
  }

  function turnOf(state: CandidateState): GeminiTurn | null {
    const cid = conversationId ?? fallbackConversationId;
    const key = turnKey(cid, responseId, state.choiceId);
    if (key === null) return null;
    const images = [...state.images.values()]
      .sort((a, b) => a.index - b.index)
      .map((image) => ({ url: image.url, responseId, choiceId: state.choiceId, index: image.index }));
    return {
      key,
      conversationId: cid,
      responseId,
      choiceId: state.choiceId,
      userText,
      previousUserTexts: [...previousUserTexts],
      thinking: state.thinking,
      answer: state.answer ?? '',
      images,
      status: state.complete ? 'complete' : 'streaming',
      source: 'stream',
    };
  }

  function snapshot(): GeminiTurn | null {
    const first = states.find((s) => s !== undefined);
    if (first !== undefined) return turnOf(first);
    // The response id arrives before any candidate: a turn has started, nothing to show yet.
    if (responseId === null) return null;
    return turnOf({ choiceId: null, answer: null, thinking: null, complete: false, images: new Map() });
  }

  return {
    push(chunk) {
      try {
        for (const frame of frames.push(chunk)) readFrame(frame);
      } catch {
        addNote(diag, 'internal-error');
      }
      return snapshot();
    },
    end() {
      try {
        for (const frame of frames.end()) readFrame(frame);
      } catch {
        addNote(diag, 'internal-error');
      }
      return snapshot();
    },
    snapshot,
    candidates() {
      const out: GeminiTurn[] = [];
      for (const state of states) {
        if (state === undefined) continue;
        const turn = turnOf(state);
        if (turn !== null) out.push(turn);
      }
      return out;
    },
    errorCodes: () => [...errors],
    saved: () => isSaved,
    diagnostics() {
      const d = copyDiagnostics(diag);
      mergeFrameStats(d, frames.stats());
      const turn = snapshot();
      d.turns = turn === null ? 0 : 1;
      d.answerChars = turn?.answer.length ?? 0;
      d.thinkingChars = turn?.thinking?.length ?? 0;
      d.generatedImages = turn?.images.length ?? 0;
      d.imagesWithoutUrl = turn?.images.filter((i) => i.url === null).length ?? 0;
      if (isSaved) addNote(d, 'saved');
      return d;
    },
  };
}

/** The turn of a whole StreamGenerate response body. */
export function parseStreamGenerateResponse(body: string, options: StreamGenerateReaderOptions = {}): GeminiTurn | null {
  const reader = createStreamGenerateReader(options);
  reader.push(body);
  return reader.end();
}
