// Gemini's page routes and request URLs (doc §1, §3.1, §3.8).
//
// Pages: `/app` (new chat), `/app/<16 hex>` (no `c_` in the URL; the protocol says `c_<hex>`), `/gem/<gem>` and
// `/gem/<gem>/<id>`, `/gems/create|edit/<id>` (editor), `/share/<id>`; any of them behind `/u/<N>` (other accounts).
// RPCs: `[/u/N]/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate` and
// `[/u/N]/_/BardChatUi/data/batchexecute?rpcids=<ids>&source-path=<path>`.

import { formField } from './form.ts';
import { normalizeConversationId } from './ids.ts';
import { tryParseJson } from './json.ts';

export type GeminiRouteKind =
  | 'new-chat'
  | 'conversation'
  | 'gem-new'
  | 'gem-conversation'
  | 'gem-editor'
  | 'share'
  | 'other';

export interface GeminiRoute {
  kind: GeminiRouteKind;
  /** `c_<id>` for a conversation page, else null. */
  conversationId: string | null;
  /** N of a `/u/N` prefix; null for the default account. */
  accountIndex: number | null;
  gemId: string | null;
  shareId: string | null;
}

const GEMINI_HOSTS = new Set(['gemini.google.com', 'bard.google.com']);
const SEGMENT_ID = /^[A-Za-z0-9_-]{1,128}$/;

interface SplitUrl {
  host: string | null;
  path: string;
  query: string;
}

/** Host, path and query of an absolute URL, a protocol-relative one or a bare path (no URL global needed). */
function splitUrl(input: string): SplitUrl {
  let rest = input.trim();
  let host: string | null = null;
  const absolute = /^([a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(rest);
  if (absolute) {
    host = (absolute[2] ?? '').replace(/^[^@]*@/, '').replace(/:\d+$/, '').toLowerCase();
    rest = rest.slice(absolute[0].length);
  }
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q === -1 ? rest : rest.slice(0, q);
  const query = q === -1 ? '' : rest.slice(q + 1);
  return { host, path: path.startsWith('/') ? path : `/${path}`, query };
}

function segmentsOf(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Strips a `/u/<N>` prefix. */
function accountOf(segments: string[]): { accountIndex: number | null; rest: string[] } {
  if (segments[0] === 'u' && segments[1] !== undefined && /^\d{1,3}$/.test(segments[1])) {
    return { accountIndex: Number(segments[1]), rest: segments.slice(2) };
  }
  return { accountIndex: null, rest: segments };
}

const OTHER: Omit<GeminiRoute, 'accountIndex'> = { kind: 'other', conversationId: null, gemId: null, shareId: null };

/** What page a Gemini path or URL is. Never throws. */
export function routeFromPath(pathOrUrl: string): GeminiRoute {
  if (typeof pathOrUrl !== 'string') return { ...OTHER, accountIndex: null };
  const { host, path } = splitUrl(pathOrUrl);
  const { accountIndex, rest } = accountOf(segmentsOf(path));
  const base = { ...OTHER, accountIndex };
  if (host !== null && !GEMINI_HOSTS.has(host)) return { ...OTHER, accountIndex: null };
  const [first, second, third] = rest;
  switch (first) {
    case undefined:
      return { ...base, kind: 'new-chat' };
    case 'app': {
      if (second === undefined) return { ...base, kind: 'new-chat' };
      const conversationId = normalizeConversationId(second);
      return conversationId === null ? base : { ...base, kind: 'conversation', conversationId };
    }
    case 'gem': {
      if (second === undefined || !SEGMENT_ID.test(second)) return base;
      if (third === undefined) return { ...base, kind: 'gem-new', gemId: second };
      const conversationId = normalizeConversationId(third);
      return conversationId === null
        ? { ...base, gemId: second }
        : { ...base, kind: 'gem-conversation', gemId: second, conversationId };
    }
    case 'gems':
      return { ...base, kind: 'gem-editor', gemId: second === 'edit' && third !== undefined ? third : null };
    case 'share':
      return second !== undefined && SEGMENT_ID.test(second) ? { ...base, kind: 'share', shareId: second } : base;
    default:
      return base;
  }
}

/** `c_<id>` of the conversation a page path or URL shows; null on new-chat and other pages. */
export function conversationIdFromPath(pathOrUrl: string): string | null {
  return routeFromPath(pathOrUrl).conversationId;
}

export type GeminiRequest =
  | { kind: 'stream-generate'; accountIndex: number | null }
  | { kind: 'batchexecute'; rpcIds: string[]; sourcePath: string | null; accountIndex: number | null }
  | { kind: 'other' };

const STREAM_GENERATE = /^\/_\/BardChatUi\/data\/assistant\.lamda\.BardFrontendService\/StreamGenerate\/?$/;
const BATCHEXECUTE = /^\/_\/BardChatUi\/data\/batchexecute\/?$/;

/** What a request URL is: StreamGenerate, batchexecute (with its rpc ids), or something else. Never throws. */
export function classifyRequestUrl(url: string): GeminiRequest {
  if (typeof url !== 'string' || url === '') return { kind: 'other' };
  const { host, path, query } = splitUrl(url);
  if (host !== null && !GEMINI_HOSTS.has(host)) return { kind: 'other' };
  const segments = path.split('/').filter((s) => s !== '');
  let accountIndex: number | null = null;
  let rpcPath = path;
  if (segments[0] === 'u' && segments[1] !== undefined && /^\d{1,3}$/.test(segments[1])) {
    accountIndex = Number(segments[1]);
    rpcPath = `/${segments.slice(2).join('/')}`;
  }
  if (STREAM_GENERATE.test(rpcPath)) return { kind: 'stream-generate', accountIndex };
  if (BATCHEXECUTE.test(rpcPath)) {
    const ids = formField(query, 'rpcids');
    const rpcIds = (ids ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => /^[A-Za-z0-9_-]{1,32}$/.test(s));
    return { kind: 'batchexecute', rpcIds, sourcePath: formField(query, 'source-path'), accountIndex };
  }
  return { kind: 'other' };
}

/** True for a batchexecute request that asks for the conversation history (`hNvQHb`). */
export function isHistoryRequestUrl(url: string): boolean {
  const request = classifyRequestUrl(url);
  return request.kind === 'batchexecute' && request.rpcIds.includes('hNvQHb');
}

export interface RpcCall {
  rpcId: string;
  /** The parsed payload (the request's second element is a JSON string); undefined when not JSON. */
  payload: unknown;
}

/** The calls in a batchexecute request body: `f.req=[[["<rpcid>","<payload JSON>",null,"generic"],…]]`. */
export function rpcCallsFromBatchexecuteBody(body: string): RpcCall[] {
  if (typeof body !== 'string') return [];
  const freq = body.trim().startsWith('[') ? body.trim() : formField(body, 'f.req');
  if (freq === null) return [];
  const parsed = tryParseJson(freq);
  if (!parsed.ok || !Array.isArray(parsed.value)) return [];
  const list = Array.isArray(parsed.value[0]) && Array.isArray(parsed.value[0][0]) ? parsed.value[0] : parsed.value;
  const calls: RpcCall[] = [];
  for (const entry of list as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
    const payloadText = entry[1];
    let payload: unknown = undefined;
    if (typeof payloadText === 'string') {
      const inner = tryParseJson(payloadText);
      if (inner.ok) payload = inner.value;
    }
    calls.push({ rpcId: entry[0], payload });
  }
  return calls;
}

/** `c_<id>` an hNvQHb request asks for (payload[0]), from its body. */
export function historyConversationIdFromBody(body: string): string | null {
  for (const call of rpcCallsFromBatchexecuteBody(body)) {
    if (call.rpcId !== 'hNvQHb' || !Array.isArray(call.payload)) continue;
    const id = normalizeConversationId(call.payload[0]);
    if (id !== null) return id;
  }
  return null;
}
