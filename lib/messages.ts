import { z } from 'zod';
import { Analysis } from './engine/schema';
import { HistoryEntry } from './store/history';

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

/** An image read by the content script from its own origin (base64), for the checks in the background. */
const ImageBytes = z.object({ base64: z.string().max(28_000_000), mimeType: z.string().max(100) });

/** Requests to the background, the single writer of history. Validated on arrival: senders are not trusted. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('history/add'), entry: HistoryEntry }),
  z.object({
    type: z.literal('history/update'),
    id: z.string(),
    checks: z.record(z.string(), z.boolean()).optional(),
    /** A deep analysis or image audit made for this pair, remembered with it. */
    deep: Analysis.optional(),
    /** The local image check of this pair. */
    image: Analysis.optional(),
  }),
  z.object({ type: z.literal('history/list') }),
  z.object({ type: z.literal('history/get'), id: z.string() }),
  z.object({ type: z.literal('history/clear') }),
  z.object({ type: z.literal('history/import'), entries: z.array(HistoryEntry).max(5000) }),
  z.object({ type: z.literal('tab/pairs'), tabId: z.number().int() }),
  /** What the page may know of the deep analysis: the mode and whether a key exists — never the key. */
  z.object({ type: z.literal('deep/status') }),
  z.object({ type: z.literal('deep/consent') }),
  z.object({ type: z.literal('deep/test-key') }),
  /** A user's click on "deep analysis" (or, in automatic mode, a finished report). */
  z.object({
    type: z.literal('deep/analyze'),
    trigger: z.enum(['click', 'automatic']),
    analysis: Analysis,
    previous: z.array(z.string()).max(50).default([]),
    entryId: z.string().optional(),
  }),
  /** The local image checks (OCR and format) of a generated image. */
  z.object({
    type: z.literal('image/check'),
    analysis: Analysis,
    imageUrl: z.string().url().max(4096).optional(),
    image: ImageBytes.optional(),
  }),
  z.object({
    type: z.literal('deep/audit-image'),
    trigger: z.enum(['click', 'automatic']),
    analysis: Analysis,
    imageUrl: z.string().url().max(4096).optional(),
    image: ImageBytes.optional(),
    entryId: z.string().optional(),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Messages from the background to a content script. */
export const ContentRequest = z.discriminatedUnion('type', [z.object({ type: z.literal('overlay/toggle') })]);
export type ContentRequest = z.infer<typeof ContentRequest>;
