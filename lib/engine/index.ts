import { constraintsInForce } from './conversation';
import { additionsOf } from './compute/08-additions';
import { align } from './compute/07-align';
import { constraintsOf } from './compute/06-constraints';
import { languageOf, summarise } from './compute/09-summary';
import { lexicon } from './lexicon/build';
import { readText } from './read-text';
import type { Analysis, Constraint } from './schema';

export * from './schema';
export { repair, structuredPrompt } from './repair';

export interface AnalyzeOptions {
  /** Earlier user messages of the conversation, oldest first (follow-up turns). */
  previous?: string[];
}

/**
 * Follow-ups fold at most this many earlier messages (the latest ones): long chats stay fast, and requests older
 * than that have almost always been restated or replaced. `turn` still counts from the first message given.
 */
export const MAX_PREVIOUS = 8;

/** Longer inputs are analysed up to this many characters, with a warning (the rest is still shown to the user). */
export const MAX_INPUT = 200_000;

function clean(input: unknown, name: string, warnings: string[]): string {
  if (typeof input !== 'string') {
    if (input !== undefined && input !== null) warnings.push(`${name} is not text; it was treated as empty`);
    return '';
  }
  if (input.length > MAX_INPUT) {
    warnings.push(`${name} is longer than ${MAX_INPUT} characters; only the start was analysed`);
    return input.slice(0, MAX_INPUT);
  }
  return input;
}

/** The constraints of one prompt, in order of appearance. Never throws. */
export function extract(prompt: string): Constraint[] {
  try {
    return constraintsOf(readText(clean(prompt, 'prompt', [])));
  } catch {
    return [];
  }
}

/** Which of the original's constraints the rewrite kept, altered, unbound or lost. Never throws. */
export function analyze(original: string, rewritten: string, options: AnalyzeOptions = {}): Analysis {
  const warnings: string[] = [];
  const source = clean(original, 'original', warnings);
  const target = clean(rewritten, 'rewritten', warnings);
  const empty: Analysis = {
    original: source, rewritten: target,
    languages: { original: languageOf(source), rewritten: languageOf(target) },
    constraints: [], additions: [],
    summary: { kept: 0, altered: 0, unbound: 0, lost: 0, fidelity: 1, dilution: 0 },
  };
  try {
    const lex = lexicon();
    const previous = (Array.isArray(options.previous) ? options.previous : []).map((text, index) => clean(text, `previous[${index}]`, warnings));
    const folded = previous.slice(-MAX_PREVIOUS);
    const offset = previous.length - folded.length;
    const inForce = folded.length ? constraintsInForce([...folded, source], lex) : null;
    if (inForce && offset) for (const c of inForce.constraints) if (c.turn !== undefined) c.turn += offset;
    if (inForce) inForce.since += offset;
    const constraints = inForce ? inForce.constraints : constraintsOf(readText(source));
    const rewrite = readText(target);
    const aligned = align(constraints, rewrite, lex);
    const summary = summarise(aligned, rewrite);
    if (inForce) {
      const edits = aligned.filter((c) => c.edit);
      const earlier = aligned.filter((c) => !c.edit && c.turn !== undefined && c.turn < previous.length);
      summary.edit = {
        landed: edits.filter((c) => c.status === 'kept').length,
        partly: edits.filter((c) => c.status === 'altered' || c.status === 'unbound').length,
        missed: edits.filter((c) => c.status === 'lost').length,
      };
      summary.carried = {
        kept: earlier.filter((c) => c.status === 'kept').length,
        altered: earlier.filter((c) => c.status === 'altered').length,
        unbound: earlier.filter((c) => c.status === 'unbound').length,
        lost: earlier.filter((c) => c.status === 'lost').length,
      };
    }
    return {
      ...empty,
      constraints: aligned,
      additions: additionsOf(aligned, rewrite, lex),
      summary,
      ...(inForce ? { conversation: { turns: previous.length + 1 - inForce.since, startedFresh: inForce.startedFresh, reason: inForce.reason } } : {}),
      ...(warnings.length ? { warnings } : {}),
    };
  } catch (error) {
    return { ...empty, warnings: [...warnings, `analysis failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
