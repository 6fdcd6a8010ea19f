import { z } from 'zod';
import { Analysis, Constraint } from './schema';

/**
 * The engine's shapes as JSON Schema, for other analyzers (the Gemini-backed one returns the same shape) and for
 * outside tools. Kept out of schema.ts so the page's content script does not build them at load.
 */
export const AnalysisJsonSchema = z.toJSONSchema(Analysis);
export const ConstraintJsonSchema = z.toJSONSchema(Constraint);
