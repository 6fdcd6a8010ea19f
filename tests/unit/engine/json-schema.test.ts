import { expect, test } from 'vitest';
import { analyze } from '@/lib/engine';
import { AnalysisJsonSchema, ConstraintJsonSchema } from '@/lib/engine/json-schema';

test('the Analysis and Constraint shapes are exported as JSON Schema with every field an analysis uses', () => {
  const schema = AnalysisJsonSchema as { type: string; properties: Record<string, unknown>; required: string[] };
  expect(schema.type).toBe('object');
  expect(schema.required).toEqual(expect.arrayContaining(['original', 'rewritten', 'constraints', 'additions', 'summary']));
  const constraint = ConstraintJsonSchema as { properties: Record<string, unknown> };
  const analysis = analyze('three apples, sunlight from the left', 'apples in soft light');
  for (const c of analysis.constraints) for (const key of Object.keys(c)) expect(Object.keys(constraint.properties)).toContain(key);
});
