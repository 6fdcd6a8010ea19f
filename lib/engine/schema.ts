import { z } from 'zod';

/** The shapes every analyzer returns: the local engine, and the Gemini-backed one (through the JSON Schema below). */
export const CONSTRAINT_KINDS = [
  'object', 'count', 'attribute', 'position', 'relation', 'text', 'lighting', 'negation', 'style', 'camera', 'aspect',
] as const;
export const ConstraintKind = z.enum(CONSTRAINT_KINDS);
export type ConstraintKind = z.infer<typeof ConstraintKind>;

export const STATUSES = ['kept', 'altered', 'unbound', 'lost'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

/** [start, end) in UTF-16 code units of the text it refers to. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export const Evidence = z.object({
  text: z.string().describe('the words of the rewrite that carry (or contradict) the constraint'),
  span: Span,
});
export type Evidence = z.infer<typeof Evidence>;

/** A check of the generated image itself: local OCR and format checks, or the Gemini image audit. */
export const ImageCheck = z.object({
  verdict: z.enum(['kept', 'altered', 'lost', 'unverified']),
  read: z.string().optional().describe('what the image shows instead (text read, format found)'),
  distance: z.number().min(0).max(1).optional().describe('normalised edit distance of the closest text read'),
  confidence: z.number().min(0).max(1).optional(),
  box: z.array(z.number()).optional().describe('where the text was read, in image pixels'),
  source: z.enum(['ocr', 'format', 'gemini']).optional(),
  rationale: z.string().optional(),
});
export type ImageCheck = z.infer<typeof ImageCheck>;

export const Constraint = z.object({
  id: z.string(),
  kind: ConstraintKind,
  text: z.string().describe('the exact span of the original prompt the constraint came from'),
  span: Span,
  subject: z.string().describe('the entity, an English singular lemma whatever the language ("apple", "teddy bear")'),
  value: z.string().describe('normalised value: "3", "left", "red", "right of"; for text, the exact string'),
  object: z.string().optional().describe('the other entity of a relation'),
  qualifier: z.string().optional().describe('which instance of the subject, when there are several ("left")'),
  attributeType: z.string().optional().describe('for attributes: color, material, state, size, texture, shape, pattern, kind'),
  status: Status.optional(),
  evidence: Evidence.optional(),
  found: z.string().optional().describe('what the rewrite says instead (altered) or where the value went (unbound)'),
  rationale: z.string().optional().describe('a short reason, from the deep analysis'),
  localStatus: Status.optional().describe("the local engine's status, when the deep analysis disagrees with it"),
  image: ImageCheck.optional().describe('what the generated image itself shows for this constraint'),
  turn: z.number().int().nonnegative().optional().describe('index of the user message it comes from'),
  edit: z.boolean().optional().describe('set or changed by the latest user message'),
});
export type Constraint = z.infer<typeof Constraint>;

export const Addition = z.object({
  kind: z.enum(['object', 'attribute', 'lighting', 'style', 'camera', 'mood']),
  value: z.string(),
  text: z.string(),
  span: Span,
});
export type Addition = z.infer<typeof Addition>;

export const StatusCounts = z.object({
  kept: z.number().int().nonnegative(),
  altered: z.number().int().nonnegative(),
  unbound: z.number().int().nonnegative(),
  lost: z.number().int().nonnegative(),
});

export const Summary = StatusCounts.extend({
  fidelity: z.number().min(0).max(1).describe('(kept + unbound/2) / constraints; 1 when there are none'),
  dilution: z.number().min(0).max(1).describe("share of the rewrite's words that carry none of the constraints"),
  edit: z.object({ landed: z.number().int(), partly: z.number().int(), missed: z.number().int() }).optional(),
  carried: StatusCounts.optional(),
});
export type Summary = z.infer<typeof Summary>;

export const Lang = z.enum(['en', 'zh', 'mixed', 'none']);
export type Lang = z.infer<typeof Lang>;

export const Analysis = z.object({
  original: z.string(),
  rewritten: z.string(),
  languages: z.object({ original: Lang, rewritten: Lang }),
  constraints: z.array(Constraint),
  additions: z.array(Addition),
  summary: Summary,
  warnings: z.array(z.string()).optional().describe('input problems the analysis worked around'),
  conversation: z
    .object({ turns: z.number().int(), startedFresh: z.boolean(), reason: z.string() })
    .optional()
    .describe('for follow-ups: how many user turns are in force and whether the latest one started over'),
});
export type Analysis = z.infer<typeof Analysis>;
