// The ids in a Gemini element's `jslog` attribute.
//
// The attribute is `;`-separated: `185864;track:generic_click,impression;BardVeMetadataKey:<value>;mutable:true`.
// The value names the turn as `[[rid, cid, null, rcid, null, null, lang, …]]`:
//   - as literal JSON up to 2025-12 (doc §2.1, RonkTsang DOM dump; `&quot;`-escaped in saved HTML),
//   - as base64 of that JSON later (a public userscript test, "the value Gemini writes today", 2026):
//     `BardVeMetadataKey:W1sicl8xMjVj…XV0=`.
// Sidebar rows carry the conversation elsewhere (`[null,…,null,["c_…",…]]`), so ids are also searched by pattern.

import { decodeBase64Utf8 } from './base64.ts';
import { choiceIdOrNull, conversationIdOrNull, isChoiceId, isConversationId, isResponseId, responseIdOrNull } from './ids.ts';
import { at, findString, scanJsonValueEnd, tryParseJson } from './json.ts';

export interface JslogIds {
  responseId: string | null;
  conversationId: string | null;
  choiceId: string | null;
  format: 'json' | 'base64';
}

const KEY = 'BardVeMetadataKey:';
const BASE64_TOKEN = /^[A-Za-z0-9+/_-]{8,}={0,2}/;

function unescapeHtml(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&quot;|&#34;|&#x22;/gi, '"')
    .replace(/&#39;|&#x27;|&apos;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');
}

function idsFromValue(value: unknown): Omit<JslogIds, 'format'> | null {
  // The turn form: [[rid, cid, null, rcid, …]].
  let responseId = responseIdOrNull(at(value, [0, 0]));
  let conversationId = conversationIdOrNull(at(value, [0, 1]));
  let choiceId = choiceIdOrNull(at(value, [0, 3]));
  // Anything else: the first id of each kind, wherever it sits.
  responseId ??= findString(value, isResponseId);
  conversationId ??= findString(value, isConversationId);
  choiceId ??= findString(value, isChoiceId);
  if (responseId === null && conversationId === null && choiceId === null) return null;
  return { responseId, conversationId, choiceId };
}

/** Quoted ids in text that is JSON-like but does not parse (e.g. trimmed with "…"). */
function idsFromText(text: string): Omit<JslogIds, 'format'> | null {
  const quoted = [...text.matchAll(/"((?:rc|r|c)_[A-Za-z0-9_-]{6,64})"/g)].map((m) => m[1] as string);
  const responseId = quoted.find(isResponseId) ?? null;
  const conversationId = quoted.find(isConversationId) ?? null;
  const choiceId = quoted.find(isChoiceId) ?? null;
  if (responseId === null && conversationId === null && choiceId === null) return null;
  return { responseId, conversationId, choiceId };
}

function decodeValue(value: string): JslogIds | null {
  const text = value.trimStart();
  if (text.startsWith('[')) {
    const end = scanJsonValueEnd(text, 0);
    const json = end === -1 ? text : text.slice(0, end);
    const parsed = tryParseJson(json);
    const ids = parsed.ok ? idsFromValue(parsed.value) : idsFromText(json);
    return ids === null ? null : { ...ids, format: 'json' };
  }
  const token = BASE64_TOKEN.exec(text)?.[0];
  if (token === undefined) return null;
  const decoded = decodeBase64Utf8(token);
  if (decoded === null || !decoded.trimStart().startsWith('[')) return null;
  const parsed = tryParseJson(decoded);
  const ids = parsed.ok ? idsFromValue(parsed.value) : idsFromText(decoded);
  return ids === null ? null : { ...ids, format: 'base64' };
}

/** Splits on `;` outside brackets and strings (a JSON value may contain `;` inside strings). */
function fieldsOf(jslog: string): string[] {
  const fields: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < jslog.length; i++) {
    const c = jslog[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      fields.push(jslog.slice(start, i));
      start = i + 1;
    }
  }
  fields.push(jslog.slice(start));
  return fields.map((f) => f.trim()).filter((f) => f !== '');
}

/**
 * The response, conversation and choice ids a `jslog` attribute names, from the `BardVeMetadataKey` field (JSON or
 * base64) or, failing that, from any other field whose value decodes to JSON holding ids. Null when none.
 */
export function decodeJslogIds(jslog: string | null | undefined): JslogIds | null {
  if (typeof jslog !== 'string' || jslog === '') return null;
  try {
    const fields = fieldsOf(unescapeHtml(jslog));
    const keyed = fields.filter((f) => f.startsWith(KEY));
    for (const field of keyed) {
      const ids = decodeValue(field.slice(KEY.length));
      if (ids !== null) return ids;
    }
    for (const field of fields) {
      const colon = field.indexOf(':');
      if (colon === -1 || field.startsWith(KEY)) continue;
      const ids = decodeValue(field.slice(colon + 1));
      if (ids !== null) return ids;
    }
    return null;
  } catch {
    return null;
  }
}
