import { z } from 'zod';

/**
 * Messages from a MAIN-world tap to the isolated content script, sent with window.postMessage as plain JSON
 * (Firefox refuses object CustomEvent.detail across worlds). Page data is untrusted: everything is validated here.
 */
import { TAP_SOURCE, UI_SOURCE } from './tap-protocol';

export { TAP_SOURCE, UI_SOURCE };

export const TapMessageSchema = z.discriminatedUnion('type', [
  z.object({ source: z.literal(TAP_SOURCE), type: z.literal('hello'), site: z.enum(['chatgpt', 'gemini']) }),
  z.object({
    source: z.literal(TAP_SOURCE),
    type: z.literal('payload'),
    site: z.enum(['chatgpt', 'gemini']),
    /** What the tap saw: the request kind, the URL path, and the text (request body, stream chunk or response). */
    channel: z.enum(['send-request', 'stream-chunk', 'stream-end', 'conversation', 'websocket', 'history']),
    streamId: z.string().max(100),
    url: z.string().max(2048),
    text: z.string(),
  }),
]);
export type TapMessage = z.infer<typeof TapMessageSchema>;

/** The isolated world asks the tap to (re)announce itself: the two scripts start in no fixed order. */
export const UiPingSchema = z.object({ source: z.literal(UI_SOURCE), type: z.literal('ping') });

export function parseTapMessage(data: unknown): TapMessage | null {
  const parsed = TapMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
