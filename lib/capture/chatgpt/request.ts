/**
 * userPromptFromRequestBody: the user's prompt (and ids) from the body of the send POST to
 * /backend-api/conversation or /backend-api/f/conversation.
 */
import { z } from 'zod';
import { isRecord } from './message.ts';

export interface SendRequest {
  /** The user's prompt: the string parts of the last user message, joined by newlines; null when none. */
  text: string | null;
  messageId: string | null;
  /** The message the prompt answers ("client-created-root" for a new chat). */
  parentMessageId: string | null;
  /** Absent for a new chat: the id then first appears in the stream. */
  conversationId: string | null;
  /** "next", "variant" (regenerate)… */
  action: string | null;
  model: string | null;
  /** e.g. ["picture_v2"]: the composer's "Create image" tool. */
  systemHints: string[];
  attachments: { id: string | null; name: string | null; mimeType: string | null }[];
  /** Number of image parts (uploads) in the prompt. */
  imageParts: number;
}

export type SendRequestResult = { ok: true; value: SendRequest } | { ok: false; error: 'not-json' | 'not-a-send-body' };

const optStr = z.string().nullable().optional().catch(null);
const Body = z.object({
  action: optStr,
  model: optStr,
  parent_message_id: optStr,
  conversation_id: optStr,
  system_hints: z.array(z.unknown()).optional().catch(undefined),
  messages: z.array(z.unknown()).optional().catch(undefined),
});
const BodyMessage = z.object({
  id: optStr,
  author: z.object({ role: optStr }).optional().catch(undefined),
  content: z
    .object({ content_type: optStr, parts: z.array(z.unknown()).optional().catch(undefined) })
    .optional()
    .catch(undefined),
  metadata: z
    .object({
      system_hints: z.array(z.unknown()).optional().catch(undefined),
      attachments: z.array(z.unknown()).optional().catch(undefined),
    })
    .nullable()
    .optional()
    .catch(null),
});

const strings = (a: unknown[] | undefined): string[] => (a ?? []).filter((x): x is string => typeof x === 'string');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function userPromptFromRequestBody(bodyText: string): SendRequestResult {
  let json: unknown;
  try {
    json = JSON.parse(typeof bodyText === 'string' ? bodyText : '');
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const body = Body.safeParse(json);
  if (!body.success || !isRecord(json)) return { ok: false, error: 'not-a-send-body' };
  const b = body.data;
  if (b.messages === undefined && b.action == null && b.parent_message_id == null) {
    return { ok: false, error: 'not-a-send-body' };
  }
  let user: z.infer<typeof BodyMessage> | null = null;
  for (const m of b.messages ?? []) {
    const r = BodyMessage.safeParse(m);
    if (r.success && (r.data.author?.role ?? 'user') === 'user') user = r.data;
  }
  const parts = user?.content?.parts ?? [];
  const text = user ? strings(parts).join('\n') : null;
  const attachments = (user?.metadata?.attachments ?? []).filter(isRecord).map((a) => ({
    id: strOrNull(a.id),
    name: strOrNull(a.name),
    mimeType: strOrNull(a.mime_type),
  }));
  const hints = [...strings(b.system_hints), ...strings(user?.metadata?.system_hints)];
  return {
    ok: true,
    value: {
      text,
      messageId: user?.id ?? null,
      parentMessageId: b.parent_message_id ?? null,
      conversationId: b.conversation_id ?? null,
      action: b.action ?? null,
      model: b.model ?? null,
      systemHints: [...new Set(hints)],
      attachments,
      imageParts: parts.filter((p) => isRecord(p) && p.content_type === 'image_asset_pointer').length,
    },
  };
}
