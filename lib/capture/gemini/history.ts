// The conversation history: batchexecute rpc `hNvQHb` (doc §3.8).
//
// Response rows `["wrb.fr","hNvQHb","<payload>",null,null,null,"generic"]`; payload = `[[turn, …], …]`, turns newest
// first. A turn:
//   [0]  [cid, rid]                 – this turn's ids (HanaokaYuzu reads rid = turn[0][1])
//   [1]  [cid, rid, rcid]           – draft ids
//   [2]  [[userText, …], …]         – the prompt as sent
//   [3]  [[candidate, …], …]        – candidates, same shape as in StreamGenerate (thoughts, images included)
//   …    [sec, nanos]               – the send time, a direct child near the end (index drifts: voyager scans for it)
// hNvQHb sometimes answers with a metadata-only payload (`[null,null,[[cid,title,…]]]`): no turns.

import { readCandidate } from './candidate.ts';
import { addNote, copyDiagnostics, emptyDiagnostics, mergeFrameStats, noteCandidateShape } from './diagnostics.ts';
import { createFrameReader, rowKind, rowsOfFrame, wrbRowOf } from './frames.ts';
import { choiceIdOrNull, conversationIdOrNull, responseIdOrNull, turnKey } from './ids.ts';
import { arrayAt, at, stringAt } from './json.ts';
import type { GeminiNetworkDiagnostics, GeminiTurn } from './schema.ts';
import { splitRequestedAspectRatio } from './text.ts';

export const HISTORY_RPC_ID = 'hNvQHb';

const MIN_EPOCH_SEC = 1_420_000_000; // 2015
const MAX_EPOCH_SEC = 4_000_000_000;

interface RawHistoryTurn {
  turn: Omit<GeminiTurn, 'previousUserTexts'>;
  timestampMs: number | null;
}

function timestampOf(turn: unknown[]): number | null {
  for (let i = turn.length - 1; i >= 0; i--) {
    const child = turn[i];
    if (!Array.isArray(child) || child.length < 1 || child.length > 3) continue;
    const [sec, nanos] = child as unknown[];
    if (typeof sec !== 'number' || !Number.isInteger(sec) || sec < MIN_EPOCH_SEC || sec > MAX_EPOCH_SEC) continue;
    const ns = typeof nanos === 'number' && nanos >= 0 && nanos < 1e9 ? nanos : 0;
    return sec * 1000 + Math.round(ns / 1e6);
  }
  return null;
}

function looksLikeTurn(value: unknown): value is unknown[] {
  if (!Array.isArray(value) || value.length < 3) return false;
  const ids = value[0];
  const hasIds =
    Array.isArray(ids) && (conversationIdOrNull(ids[0]) !== null || responseIdOrNull(ids[1]) !== null);
  const hasPrompt = typeof at(value, [2, 0, 0]) === 'string';
  const hasCandidates = Array.isArray(at(value, [3, 0]));
  return hasIds && (hasPrompt || hasCandidates);
}

/** The list of turns inside an hNvQHb payload: `payload[0]`, or the first child that holds turns. */
function turnListOf(payload: unknown): unknown[] {
  if (!Array.isArray(payload)) return [];
  const first = payload[0];
  if (Array.isArray(first) && first.some(looksLikeTurn)) return first;
  for (const child of payload) if (Array.isArray(child) && child.some(looksLikeTurn)) return child;
  return [];
}

function readTurn(value: unknown, diag: GeminiNetworkDiagnostics): RawHistoryTurn | null {
  if (!looksLikeTurn(value)) return null;
  const conversationId = conversationIdOrNull(at(value, [0, 0])) ?? conversationIdOrNull(at(value, [1, 0]));
  const responseId = responseIdOrNull(at(value, [0, 1])) ?? responseIdOrNull(at(value, [1, 1]));
  const rawPrompt = stringAt(value, [2, 0, 0]);
  const candidates = arrayAt(value, [3, 0]) ?? [];
  let view = null;
  for (const raw of candidates) {
    const candidate = readCandidate(raw);
    if (candidate === null) continue;
    noteCandidateShape(diag, candidate);
    view ??= candidate; // the first candidate is the one shown (HanaokaYuzu reads turn[3][0][0])
  }
  const choiceId = view?.choiceId ?? choiceIdOrNull(at(value, [1, 2]));
  const key = turnKey(conversationId, responseId, choiceId);
  if (key === null || (rawPrompt === null && view === null)) return null;
  if (conversationId !== null) diag.idsSeen.conversation = true;
  if (responseId !== null) diag.idsSeen.response = true;

  const inProgress = view !== null && (view.statusCode === 1 || view.stillWorking);
  if (rawPrompt !== null && splitRequestedAspectRatio(rawPrompt).aspectRatio !== null)
    addNote(diag, 'aspect-ratio-suffix');
  return {
    timestampMs: timestampOf(value),
    turn: {
      key,
      conversationId,
      responseId,
      choiceId,
      userText: rawPrompt === null ? '' : splitRequestedAspectRatio(rawPrompt).text,
      thinking: view?.thinking ?? null,
      answer: view?.answer ?? '',
      images: (view?.images ?? []).map((image) => ({ url: image.url, responseId, choiceId, index: image.index })),
      status: inProgress ? 'streaming' : 'complete',
      source: 'history',
    },
  };
}

/** Oldest first: by send time when every turn has one, else the server's newest-first order reversed. */
function chronological(turns: RawHistoryTurn[]): RawHistoryTurn[] {
  if (turns.length > 0 && turns.every((t) => t.timestampMs !== null)) {
    return turns
      .map((t, i) => ({ t, i }))
      .sort((a, b) => (a.t.timestampMs as number) - (b.t.timestampMs as number) || b.i - a.i)
      .map(({ t }) => t);
  }
  return [...turns].reverse();
}

function withPreviousTexts(turns: RawHistoryTurn[]): GeminiTurn[] {
  const byConversation = new Map<string, string[]>();
  return turns.map(({ turn }) => {
    const group = turn.conversationId ?? '-';
    const previous = byConversation.get(group) ?? [];
    byConversation.set(group, [...previous, turn.userText]);
    return { ...turn, previousUserTexts: previous };
  });
}

/** GeminiTurn[] (oldest first) from one decoded hNvQHb payload. */
export function historyTurnsFromPayload(payload: unknown): GeminiTurn[] {
  const diag = emptyDiagnostics('history');
  try {
    return assemble(turnListOf(payload), diag);
  } catch {
    return [];
  }
}

function assemble(list: unknown[], diag: GeminiNetworkDiagnostics): GeminiTurn[] {
  const seen = new Map<string, RawHistoryTurn>();
  for (const value of list) {
    const raw = readTurn(value, diag);
    if (raw === null) continue;
    seen.delete(raw.turn.key); // a repeated turn keeps its last copy, in the later position
    seen.set(raw.turn.key, raw);
  }
  return withPreviousTexts(chronological([...seen.values()]));
}

export interface HistoryParse {
  turns: GeminiTurn[];
  diagnostics: GeminiNetworkDiagnostics;
}

/** Parses a whole batchexecute response; only `hNvQHb` rows are read. Never throws. */
export function parseHistoryResponseWithDiagnostics(body: string): HistoryParse {
  const diag = emptyDiagnostics('history');
  const reader = createFrameReader();
  let turns: GeminiTurn[] = [];
  try {
    const frames = typeof body === 'string' ? [...reader.push(body), ...reader.end()] : [];
    const list: unknown[] = [];
    for (const frame of frames) {
      for (const row of rowsOfFrame(frame)) {
        diag.rows[rowKind(row)]++;
        const wrb = wrbRowOf(row);
        if (wrb === null) continue;
        if (wrb.rpcId !== null && !diag.rpcIds.includes(wrb.rpcId)) diag.rpcIds.push(wrb.rpcId);
        if (wrb.errorCode !== null && !diag.errorCodes.includes(wrb.errorCode)) diag.errorCodes.push(wrb.errorCode);
        if (wrb.rejectCode !== null && wrb.rpcId === HISTORY_RPC_ID) addNote(diag, `reject-${wrb.rejectCode}`);
        if (wrb.rpcId !== HISTORY_RPC_ID) continue;
        if (wrb.payload === undefined) {
          if (wrb.hasPayloadText) diag.payloadsUnparsable++;
          continue;
        }
        diag.payloads++;
        const found = turnListOf(wrb.payload);
        if (found.length === 0) addNote(diag, 'no-turns');
        list.push(...found);
      }
    }
    turns = assemble(list, diag);
  } catch {
    addNote(diag, 'internal-error');
    turns = [];
  }
  const d = copyDiagnostics(diag);
  mergeFrameStats(d, reader.stats());
  d.turns = turns.length;
  d.answerChars = turns.reduce((n, t) => n + t.answer.length, 0);
  d.thinkingChars = turns.reduce((n, t) => n + (t.thinking?.length ?? 0), 0);
  d.generatedImages = turns.reduce((n, t) => n + t.images.length, 0);
  d.imagesWithoutUrl = turns.reduce((n, t) => n + t.images.filter((i) => i.url === null).length, 0);
  return { turns, diagnostics: d };
}

/** GeminiTurn[] (oldest first, previousUserTexts filled per conversation) from an hNvQHb response body. */
export function parseHistoryResponse(body: string): GeminiTurn[] {
  return parseHistoryResponseWithDiagnostics(body).turns;
}
