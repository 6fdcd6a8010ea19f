import type { Constraint } from '../../engine/schema';
import type { Ocr, OcrResult } from '../ocr/engine';
import type { Pixels, Quad, TextRead } from '../types';
import { checkAspect } from './aspect';
import { checkPlacement, isCheckablePosition } from './placement';
import { checkText } from './text';

/** The engine's Constraint, whose optional `image` field these checks fill. */
export type CheckedConstraint = Constraint;

export interface ImageCheckResult {
  width: number;
  height: number;
  /** The constraints given, in order, with `image` on those the image could be checked for. */
  constraints: CheckedConstraint[];
  /** Everything read, in reading order (boxes: four corners in image pixels). */
  text: { text: string; box: Quad; score: number }[];
  timings?: OcrResult['timings'];
}

export interface CheckOptions {
  /** Read the text even when no constraint needs it (the CLI does, to list it). */
  alwaysRead?: boolean;
}

/** Checks what an image shows against a prompt's constraints (text, its placement, the format). */
export async function checkImage(pixels: Pixels, constraints: Constraint[], ocr: Ocr, options: CheckOptions = {}): Promise<ImageCheckResult> {
  const needsText = constraints.some((c) => c.kind === 'text');
  const result = needsText || options.alwaysRead ? await ocr.read(pixels) : null;
  return judge(pixels.width, pixels.height, constraints, result?.reads ?? [], result?.timings);
}

/** The verdicts from what was read (pure: used by checkImage and by the tests). */
export function judge(width: number, height: number, constraints: Constraint[], reads: TextRead[], timings?: OcrResult['timings']): ImageCheckResult {
  const checked: CheckedConstraint[] = constraints.map((c) => ({ ...c }));
  // Text first: placements refer to where their text was found.
  for (const c of checked) {
    if (c.kind !== 'text') continue;
    const image = checkText(c.value, reads);
    if (image) c.image = image;
  }
  for (const c of checked) {
    if (c.kind === 'aspect') {
      const image = checkAspect(c.value, width, height);
      if (image) c.image = image;
    } else if (c.kind === 'position' && isCheckablePosition(c.value)) {
      const texts = checked.filter((t) => t.kind === 'text' && (t.subject === c.subject || c.subject === 'text'));
      if (!texts.length) continue;
      const found = texts.find((t) => t.image?.box && (t.image.verdict === 'kept' || t.image.verdict === 'altered' || t.image.verdict === 'unverified'));
      if (found?.image?.box) {
        const image = checkPlacement(c.value, found.image.box as [number, number, number, number], width, height);
        if (image) c.image = image;
      } else {
        c.image = { verdict: 'unverified', source: 'ocr', rationale: 'its text was not found' };
      }
    }
  }
  return {
    width, height, constraints: checked,
    text: reads.filter((r) => r.text.trim()).map((r) => ({ text: r.text, box: r.box, score: Math.round(r.score * 1000) / 1000 })),
    ...(timings ? { timings } : {}),
  };
}
