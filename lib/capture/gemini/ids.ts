// Gemini's ids: conversation `c_…`, response `r_…`, choice (draft) `rc_…`. URLs and the DOM show the bare hex.

const CONVERSATION = /^c_[A-Za-z0-9_-]{6,64}$/;
const RESPONSE = /^r_[A-Za-z0-9_-]{6,64}$/;
const CHOICE = /^rc_[A-Za-z0-9_-]{6,64}$/;
const BARE = /^[A-Za-z0-9_-]{6,64}$/;
const BARE_HEX = /^[0-9a-fA-F]{8,64}$/;

export function isConversationId(value: unknown): value is string {
  return typeof value === 'string' && CONVERSATION.test(value);
}
export function isResponseId(value: unknown): value is string {
  return typeof value === 'string' && RESPONSE.test(value);
}
export function isChoiceId(value: unknown): value is string {
  return typeof value === 'string' && CHOICE.test(value);
}

export function conversationIdOrNull(value: unknown): string | null {
  return isConversationId(value) ? value : null;
}
export function responseIdOrNull(value: unknown): string | null {
  return isResponseId(value) ? value : null;
}
export function choiceIdOrNull(value: unknown): string | null {
  return isChoiceId(value) ? value : null;
}

/** `c_<id>` from either the protocol form or the bare form a URL shows (`/app/<hex>`). */
export function normalizeConversationId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (CONVERSATION.test(value)) return value;
  return BARE_HEX.test(value) ? `c_${value}` : null;
}

/** `r_<id>` from either the protocol form or the bare hex a DOM `.conversation-container[id]` shows. */
export function normalizeResponseId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (RESPONSE.test(value)) return value;
  return BARE_HEX.test(value) && BARE.test(value) ? `r_${value}` : null;
}

/**
 * The join key shared by every source (stream, history, DOM): `<conversation>/<response or choice>`.
 * Null when neither a response id nor a choice id is known.
 */
export function turnKey(
  conversationId: string | null,
  responseId: string | null,
  choiceId: string | null,
): string | null {
  const turn = responseId ?? choiceId;
  if (turn === null) return null;
  return `${conversationId ?? '-'}/${turn}`;
}
