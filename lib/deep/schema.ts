import { z } from 'zod';

/**
 * What the Gemini API must answer (structured output). The text check returns, per constraint id, the same
 * statuses as the local engine; the image audit returns a verdict per constraint about the image itself.
 */
export const DeepConstraint = z.object({
  id: z.string().describe('the id of the constraint, as given; "new-1", "new-2"… for a constraint the list missed'),
  kind: z.enum(['object', 'count', 'attribute', 'position', 'relation', 'text', 'lighting', 'negation', 'style', 'camera', 'aspect']),
  subject: z.string().describe('English singular lemma'),
  value: z.string(),
  object: z.string().optional(),
  status: z.enum(['kept', 'altered', 'unbound', 'lost']),
  found: z.string().optional().describe('what the rewrite says instead, for altered or unbound'),
  rationale: z.string().describe('one short sentence'),
});
export type DeepConstraint = z.infer<typeof DeepConstraint>;

export const DeepTextResult = z.object({ constraints: z.array(DeepConstraint).max(200) });
export type DeepTextResult = z.infer<typeof DeepTextResult>;

export const ImageVerdict = z.object({
  id: z.string(),
  verdict: z.enum(['kept', 'altered', 'lost', 'unverified']),
  read: z.string().optional().describe('for text: what the image actually shows'),
  rationale: z.string().describe('one short sentence about what the image shows'),
});
export const DeepImageResult = z.object({ verdicts: z.array(ImageVerdict).max(200) });
export type DeepImageResult = z.infer<typeof DeepImageResult>;

export const DEEP_ERROR_CODES = ['no-key', 'invalid-key', 'quota', 'safety', 'malformed', 'network', 'timeout', 'server', 'too-large', 'consent'] as const;
export type DeepErrorCode = (typeof DEEP_ERROR_CODES)[number];
export class DeepError extends Error {
  constructor(readonly code: DeepErrorCode, message: string) {
    super(message);
  }
}

export const DeepTextJsonSchema = z.toJSONSchema(DeepTextResult);
export const DeepImageJsonSchema = z.toJSONSchema(DeepImageResult);
