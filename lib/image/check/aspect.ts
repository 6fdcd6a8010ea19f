import { ASPECTS } from '../../engine/model/aspects';
import type { ImageCheck } from '../types';

/** Relative error allowed between the image's width/height and the asked ratio (1792×1024 passes for 16:9). */
export const ASPECT_TOLERANCE = 0.05;

/** Format words without a single ratio: the orientation (or the minimum width/height) they ask for. */
const SHAPES: Record<string, { orientation: 'portrait' | 'landscape' | 'square'; min?: number; soft?: boolean }> = {
  square: { orientation: 'square' },
  portrait: { orientation: 'portrait' },
  landscape: { orientation: 'landscape' },
  panorama: { orientation: 'landscape', min: 2 },
  banner: { orientation: 'landscape', min: 2 },
  /** Posters are usually portrait, but a square one is not a lost request. */
  poster: { orientation: 'portrait', soft: true },
};

let ratios: Map<string, number> | null = null;
/** The ratios of the engine's format words (phone wallpaper 9:16, widescreen 16:9, …). */
function lexiconRatio(value: string): number | null {
  if (!ratios) {
    ratios = new Map();
    for (const line of ASPECTS.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [id, , , ratio] = line.split('|');
      const parsed = ratio ? parseRatio(ratio) : null;
      if (id && parsed) ratios.set(id.trim(), parsed);
    }
  }
  return ratios.get(value) ?? null;
}

function parseRatio(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*[:：x×比]\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const w = Number(match[1]), h = Number(match[2]);
  return w > 0 && h > 0 ? w / h : null;
}

function orientationOf(ratio: number): 'portrait' | 'landscape' | 'square' {
  if (Math.abs(Math.log(ratio)) <= Math.log(1 + ASPECT_TOLERANCE)) return 'square';
  return ratio > 1 ? 'landscape' : 'portrait';
}

function ratioName(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  const g = gcd(width, height);
  const [w, h] = [width / g, height / g];
  if (w <= 32 && h <= 32) return `${w}:${h}`;
  const r = width / height;
  return r >= 1 ? `${r.toFixed(2)}:1` : `1:${(1 / r).toFixed(2)}`;
}

/**
 * The image's format against the prompt's: kept within the tolerance; altered when the orientation is right but the
 * ratio is not; lost when the orientation is wrong (a square image for 16:9, a landscape one for 竖版). No model.
 */
export function checkAspect(value: string, width: number, height: number): ImageCheck | null {
  if (!(width > 0 && height > 0)) return null;
  const ratio = width / height;
  const source = 'format' as const;
  const read = `${width}×${height} (${ratioName(width, height)})`;
  const have = orientationOf(ratio);
  const wanted = parseRatio(value) ?? lexiconRatio(value);
  if (wanted !== null) {
    const off = `${Math.round(Math.abs(ratio / wanted - 1) * 100)}% off`;
    if (Math.abs(Math.log(ratio / wanted)) <= Math.log(1 + ASPECT_TOLERANCE)) return { verdict: 'kept', read, source };
    const verdict = have === orientationOf(wanted) ? 'altered' : 'lost';
    return { verdict, read, source, rationale: `asked ${value}, the image is ${ratioName(width, height)} (${off})` };
  }
  const shape = SHAPES[value];
  if (!shape) return null;
  if (have !== shape.orientation) return { verdict: shape.soft ? 'altered' : 'lost', read, source, rationale: `asked ${value} (${shape.orientation}), the image is ${have}` };
  if (shape.min && ratio < shape.min) return { verdict: 'altered', read, source, rationale: `a ${value} is usually at least ${shape.min}:1` };
  return { verdict: 'kept', read, source };
}
