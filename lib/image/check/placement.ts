import type { ImageCheck } from '../types';

/** Where a box sits: its centre must be in this share of the image on the asked side. */
export const PLACEMENT_RULES = { side: 0.4, centre: [0.3, 0.7] as const };

const CHECKABLE = new Set(['top', 'bottom', 'left', 'right', 'center', 'middle', 'top-left', 'top-right', 'bottom-left', 'bottom-right']);

export function isCheckablePosition(value: string): boolean {
  return CHECKABLE.has(value);
}

/** The position words that describe where a box's centre is. */
export function describePosition(box: [number, number, number, number], width: number, height: number): string {
  const cx = (box[0] + box[2] / 2) / width, cy = (box[1] + box[3] / 2) / height;
  const { side } = PLACEMENT_RULES;
  const v = cy <= side ? 'top' : cy >= 1 - side ? 'bottom' : '';
  const h = cx <= side ? 'left' : cx >= 1 - side ? 'right' : '';
  return v && h ? `${v}-${h}` : v || h || 'center';
}

/** Does the text's box sit where the prompt put it? */
export function checkPlacement(value: string, box: [number, number, number, number], width: number, height: number): ImageCheck | null {
  if (!isCheckablePosition(value)) return null;
  const cx = (box[0] + box[2] / 2) / width, cy = (box[1] + box[3] / 2) / height;
  const { side, centre } = PLACEMENT_RULES;
  const tests: Record<string, boolean> = {
    top: cy <= side, bottom: cy >= 1 - side, left: cx <= side, right: cx >= 1 - side,
  };
  const inCentre = (t: number) => t >= centre[0] && t <= centre[1];
  const ok = value === 'center' || value === 'middle'
    ? inCentre(cx) && inCentre(cy)
    : value.split('-').every((part) => tests[part] ?? false);
  const read = describePosition(box, width, height);
  return { verdict: ok ? 'kept' : 'altered', read, box, source: 'ocr', ...(ok ? {} : { rationale: `the text is at the ${read}` }) };
}
