/**
 * A ChatGPT message (from a conversation tree, an SSE frame or a data export), validated permissively with zod
 * and normalised into the few fields the parsers read. Unknown fields are ignored; a bad field becomes null.
 */
import { z } from 'zod';

const optStr = z.string().nullable().optional().catch(null);
/** An object, validated without copying its (possibly large) contents. */
export const AnyRecord = z.custom<Record<string, unknown>>((v) => isRecord(v));

// Strip-mode objects: only the fields read here are copied; unknown fields are allowed and ignored.
const RawMessage = z.object({
  id: z.string().min(1).optional().catch(undefined),
  author: z
    .object({ role: optStr, name: optStr })
    .optional()
    .catch(undefined),
  content: z
    .object({
      content_type: optStr,
      parts: z.array(z.unknown()).optional().catch(undefined),
      text: optStr,
    })
    .optional()
    .catch(undefined),
  recipient: optStr,
  status: optStr,
  channel: optStr,
  create_time: z.number().nullable().optional().catch(null),
  metadata: AnyRecord.nullable().optional().catch(null),
});

export interface Msg {
  id: string;
  role: string | null;
  authorName: string | null;
  recipient: string | null;
  contentType: string | null;
  parts: readonly unknown[];
  /** content.text (code, system_error, execution_output…). */
  text: string | null;
  content: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, unknown>>;
  status: string | null;
  createTime: number | null;
  /** metadata.is_visually_hidden_from_conversation */
  hidden: boolean;
  /** metadata.parent_id: the parent link carried by streamed messages. */
  metaParentId: string | null;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Normalises a raw message, or returns null when it is not a message at all (no object, no id). */
export function toMsg(raw: unknown, fallbackId?: string): Msg | null {
  const r = RawMessage.safeParse(raw);
  if (!r.success) return null;
  const m = r.data;
  const id = m.id ?? fallbackId;
  if (!id) return null;
  const metadata = m.metadata ?? {};
  const content = isRecord(raw) && isRecord(raw.content) ? raw.content : {};
  const parentId = metadata.parent_id;
  return {
    id,
    role: m.author?.role ?? null,
    authorName: m.author?.name ?? null,
    recipient: m.recipient ?? null,
    contentType: m.content?.content_type ?? null,
    parts: m.content?.parts ?? [],
    text: m.content?.text ?? null,
    content,
    metadata,
    status: m.status ?? null,
    createTime: typeof m.create_time === 'number' && Number.isFinite(m.create_time) ? m.create_time : null,
    hidden: metadata.is_visually_hidden_from_conversation === true,
    metaParentId: typeof parentId === 'string' && parentId !== '' ? parentId : null,
  };
}

/** The string parts of a text / multimodal_text message. */
export function stringParts(msg: Msg): string[] {
  const out: string[] = [];
  for (const p of msg.parts) if (typeof p === 'string') out.push(p);
  return out;
}

/** A user message that is a visible prompt (not hidden context, not an editable-context record). */
export function isUserPrompt(msg: Msg): boolean {
  return (
    msg.role === 'user' &&
    !msg.hidden &&
    (msg.contentType === 'text' || msg.contentType === 'multimodal_text')
  );
}

/** The prompt text of a user message: its string parts joined by newlines. */
export function userTextOf(msg: Msg): string {
  return stringParts(msg).join('\n');
}

export function metaString(msg: Msg, key: string): string | null {
  const v = msg.metadata[key];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}
