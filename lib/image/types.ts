import type { ImageCheck } from '../engine/schema';

/** RGBA pixels, 4 bytes a pixel, row after row (the shape of ImageData). */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export type Point = [number, number];
/** Four corners in image pixels: top-left, top-right, bottom-right, bottom-left (clockwise). */
export type Quad = [Point, Point, Point, Point];

/** One line of text the recogniser read. */
export interface TextRead {
  text: string;
  box: Quad;
  /** Mean of the per-character probabilities (0 when nothing was read). */
  score: number;
  /** One probability per character of text (code points). */
  chars: number[];
  /** Mean detection probability inside the box. */
  detScore: number;
  /** True when the detector's score was below the usual box threshold (kept to tell "unverified" from "lost"). */
  weak: boolean;
}

export { ImageCheck } from '../engine/schema';
export type ImageVerdict = ImageCheck['verdict'];
export const IMAGE_VERDICTS = ['kept', 'altered', 'lost', 'unverified'] as const satisfies readonly ImageVerdict[];
