/**
 * The OUTPUT of the ChatGPT parsers: one ImageGeneration per generated image (or per image call that produced
 * no image yet), and CaptureShapes, a content-free diagnostic of what the parser saw.
 */
import { z } from 'zod';

/** How the compare text of a generation was captured. */
export const CaptureClass = z.enum(['rewrite', 'no-prompt', 'skipped', 'failed', 'hidden-context']);
export type CaptureClass = z.infer<typeof CaptureClass>;

export const GeneratedImage = z.object({
  /** `file-service://file-…` (DALL-E) or `sediment://file_…` (gpt-image). */
  assetPointer: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  /** The id of the tool message that carries the image. */
  messageId: z.string(),
});
export type GeneratedImage = z.infer<typeof GeneratedImage>;

export const ImageGeneration = z.object({
  /** `${conversationId ?? ''}:${toolMessageId}:${index}`; index counts the images of one call (0 when none yet). */
  key: z.string(),
  conversationId: z.string().nullable(),
  /** The assistant message addressed to the image tool (the call); the image tool reply when no call was found. */
  toolMessageId: z.string(),
  userMessageId: z.string().nullable(),
  userText: z.string(),
  /** The user messages of the same branch before userText, oldest first. */
  previousUserTexts: z.array(z.string()),
  rewrite: z.string().nullable(),
  capture: CaptureClass,
  /** String parts of hidden duplicate tool messages that read like image descriptions; unverified. */
  hiddenContext: z.array(z.string()),
  /** metadata.image_gen_title (or async_task_title) of the tool reply. */
  title: z.string().nullable(),
  /** Thinking-model thoughts / reasoning recap of the turn, before the call. */
  thoughts: z.string().nullable(),
  /** At most one image: one generation per image. Empty while the image is pending or when it failed. */
  images: z.array(GeneratedImage),
  recipient: z.string().nullable(),
  /** The requested size from the call's arguments, e.g. "1024x1024". */
  size: z.string().nullable(),
  /** Epoch seconds of the call (or the reply when there is no call). */
  createdAt: z.number().nullable(),
  /** 'streaming' until the call's arguments are complete (parsable). */
  status: z.enum(['streaming', 'complete']),
});
export type ImageGeneration = z.infer<typeof ImageGeneration>;

const Counts = z.record(z.string(), z.number());

/** Diagnostics with NO user content: only counts keyed by roles, content types, tool names and event kinds. */
export const CaptureShapes = z.object({
  nodes: z.number(),
  messages: z.number(),
  hiddenMessages: z.number(),
  /** Items that failed validation (nodes, messages, frames). */
  invalid: z.number(),
  roles: Counts,
  contentTypes: Counts,
  recipients: Counts,
  authorNames: Counts,
  imageParts: z.number(),
  imageCalls: z.number(),
  imageReplies: z.number(),
  captures: Counts,
  /** Stream only: SSE event kinds, typed events and delta ops seen. */
  events: Counts,
});
export type CaptureShapes = z.infer<typeof CaptureShapes>;

export function emptyShapes(): CaptureShapes {
  return {
    nodes: 0,
    messages: 0,
    hiddenMessages: 0,
    invalid: 0,
    roles: {},
    contentTypes: {},
    recipients: {},
    authorNames: {},
    imageParts: 0,
    imageCalls: 0,
    imageReplies: 0,
    captures: {},
    events: {},
  };
}

/** Only short identifier-like keys are kept, so no user text can reach the diagnostics. */
export function countShape(counts: Record<string, number>, key: string | null | undefined): void {
  const k = key == null ? '(none)' : /^[\w.:\-/]{1,64}$/.test(key) && key !== '__proto__' ? key : '(other)';
  counts[k] = (Object.prototype.hasOwnProperty.call(counts, k) ? (counts[k] ?? 0) : 0) + 1;
}
