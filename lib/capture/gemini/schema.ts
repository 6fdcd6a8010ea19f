// What the Gemini capture layer hands to the rest of PromptLoss, as zod schemas and their types.
import { z } from 'zod';

export const geminiImageSchema = z.object({
  /** An http(s) URL of the generated image (lh3 `gg-dl`/`rd-gg-dl`); null when only a blob: or nothing is known. */
  url: z.string().nullable(),
  responseId: z.string().nullable(),
  choiceId: z.string().nullable(),
  /** Position among the turn's generated images (= the DOM's `data-image-attachment-index`). */
  index: z.number().int().nonnegative(),
});
export type GeminiImage = z.infer<typeof geminiImageSchema>;

export const geminiTurnStatusSchema = z.enum(['streaming', 'complete']);
export const geminiTurnSourceSchema = z.enum(['stream', 'history', 'dom']);

export const geminiTurnSchema = z.object({
  /** `<conversationId or ->/<responseId or choiceId>`; see ids.ts `turnKey`. */
  key: z.string().min(1),
  conversationId: z.string().nullable(),
  responseId: z.string().nullable(),
  choiceId: z.string().nullable(),
  /** The prompt as sent (stream, history) or as rendered (DOM). */
  userText: z.string(),
  /** The earlier prompts of the same conversation, oldest first, as far as the source knows them. */
  previousUserTexts: z.array(z.string()),
  /** Gemini's thinking summary (Markdown); null when absent or (DOM) collapsed. */
  thinking: z.string().nullable(),
  /** The answer text without Gemini's `http://googleusercontent.com/…` placeholders. */
  answer: z.string(),
  images: z.array(geminiImageSchema),
  status: geminiTurnStatusSchema,
  source: geminiTurnSourceSchema,
});
export type GeminiTurn = z.infer<typeof geminiTurnSchema>;

const count = z.number().int().nonnegative();

/**
 * The shape of what a parser saw, with no user content (no prompt, answer, thinking or URL text):
 * counts, lengths, protocol ids and fixed note codes. Meant for "the format drifted" reports.
 */
export const geminiNetworkDiagnosticsSchema = z.object({
  source: z.enum(['stream', 'history']),
  chars: count,
  frames: count,
  /** Frames skipped because they did not parse. */
  badFrames: count,
  /** How frames were delimited: by the declared UTF-16 length, by bracket scanning (lengths off, e.g. bytes), or unprefixed JSON. */
  split: z.object({ length: count, scan: count, unprefixed: count }),
  rows: z.object({ wrb: count, di: count, af: count, e: count, other: count }),
  rpcIds: z.array(z.string()),
  errorCodes: z.array(z.number()),
  payloads: count,
  payloadsUnparsable: count,
  candidates: count,
  candidateArrayLengths: z.array(count),
  statusCodes: z.array(z.number()),
  answerChars: count,
  thinkingChars: count,
  generatedImages: count,
  imagesWithoutUrl: count,
  webImages: count,
  idsSeen: z.object({ conversation: z.boolean(), response: z.boolean(), choice: z.boolean() }),
  turns: count,
  notes: z.array(z.string()),
});
export type GeminiNetworkDiagnostics = z.infer<typeof geminiNetworkDiagnosticsSchema>;

export const geminiDomDiagnosticsSchema = z.object({
  source: z.literal('dom'),
  containers: count,
  pendingContainers: count,
  userQueries: count,
  modelResponses: count,
  thoughts: z.object({ absent: count, collapsed: count, expanded: count }),
  generatedImages: count,
  /** Images seen in model turns but left out (web search, uploads, thoughts). */
  excludedImages: count,
  jslog: z.object({ json: count, base64: count, undecodable: count }),
  statuses: z.object({ streaming: count, complete: count }),
  /** For each selector chain: which alternative matched first (-1 = none). Selector rot shows here. */
  selectorHits: z.record(z.string(), z.number().int()),
  turns: count,
  notes: z.array(z.string()),
});
export type GeminiDomDiagnostics = z.infer<typeof geminiDomDiagnosticsSchema>;

export const geminiDiagnosticsSchema = z.union([geminiNetworkDiagnosticsSchema, geminiDomDiagnosticsSchema]);
export type GeminiDiagnostics = z.infer<typeof geminiDiagnosticsSchema>;
