/**
 * Which ChatGPT requests to read (send POST, resume POST, conversation GET) and the conversation id of a page
 * URL. Plain string parsing: no URL global needed.
 */

export type ChatGptRequest =
  | { kind: 'send' }
  | { kind: 'resume' }
  | { kind: 'conversation-get'; conversationId: string }
  | { kind: 'ignored' };

const HOSTS = /^(?:[a-z0-9-]+\.)*(?:chatgpt\.com|chat\.openai\.com)$/i;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SEND = /^\/backend-(?:api|anon)\/(?:f\/)?conversation\/?$/;
const RESUME = /^\/backend-(?:api|anon)\/(?:f\/)?conversation\/resume\/?$/;
const GET = new RegExp(`^/backend-(?:api|anon)/conversation/(${UUID})/?$`, 'i');

interface Parts {
  host: string | null;
  path: string;
  query: string;
}

/** Splits an absolute or relative URL into host, path and query; null when it is not http(s) or a path. */
function splitUrl(url: string): Parts | null {
  if (typeof url !== 'string') return null;
  const m = /^(?:(?:(https?|wss?):)?\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!m) return null;
  const hostPort = m[2];
  const host = hostPort === undefined ? null : (hostPort.split('@').pop() ?? '').replace(/:\d+$/, '').toLowerCase();
  if (m[1] === undefined && hostPort === undefined && /^[a-z][a-z0-9+.-]*:/i.test(url.trim())) return null;
  return { host, path: m[3] ?? '', query: m[4] ?? '' };
}

/** Classifies a request the page makes; a host other than ChatGPT's is ignored. */
export function classifyRequest(url: string, method: string): ChatGptRequest {
  const parts = splitUrl(url);
  if (!parts || (parts.host !== null && !HOSTS.test(parts.host))) return { kind: 'ignored' };
  const m = typeof method === 'string' ? method.toUpperCase() : '';
  if (m === 'POST' && SEND.test(parts.path)) return { kind: 'send' };
  if (m === 'POST' && RESUME.test(parts.path)) return { kind: 'resume' };
  if (m === 'GET') {
    const g = GET.exec(parts.path);
    if (g?.[1]) return { kind: 'conversation-get', conversationId: g[1].toLowerCase() };
  }
  return { kind: 'ignored' };
}

/** Whether a WebSocket URL is ChatGPT's stream socket (wss://ws.chatgpt.com/…). */
export function isChatGptWebSocketUrl(url: string): boolean {
  const parts = splitUrl(url);
  return parts !== null && parts.host !== null && /^ws\.chatgpt\.com$/i.test(parts.host);
}

/**
 * The conversation id of a page URL or path: /c/<id>, /g/<gizmo>/c/<id>, /uc/<id> (signed out).
 * Null for new chats, temporary chats (?temporary-chat=true), local-… placeholders, shares and other pages.
 */
export function conversationIdFromPageUrl(urlOrPath: string): string | null {
  const parts = splitUrl(urlOrPath);
  if (!parts || (parts.host !== null && !HOSTS.test(parts.host))) return null;
  if (/[?&]temporary-chat=true(?:&|$)/.test(parts.query)) return null;
  const m = /^\/(?:g\/[^/]+\/)?u?c\/([^/]+)\/?$/.exec(parts.path);
  const id = m?.[1];
  if (!id || id.startsWith('local-') || !/^[0-9a-zA-Z-]{8,64}$/.test(id)) return null;
  return id.toLowerCase();
}

export function isTemporaryChatUrl(urlOrPath: string): boolean {
  const parts = splitUrl(urlOrPath);
  return parts !== null && /[?&]temporary-chat=true(?:&|$)/.test(parts.query);
}
