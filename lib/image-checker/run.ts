import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Constraint } from '../engine/schema';
import { checkImage, createOcr, type Ocr, type Pixels } from '../image';

/**
 * The image checker page: decodes the bytes the background fetched (createImageBitmap + OffscreenCanvas), runs the
 * local OCR pipeline with the models shipped in the package, and answers with the verdicts. The model loads on the
 * first check and lives as long as this page (the background closes it when no ChatGPT or Gemini tab is open).
 */
export const ImageRunRequest = z.object({
  target: z.literal('image-checker'),
  type: z.literal('image/run'),
  base64: z.string().max(30_000_000),
  constraints: z.array(Constraint).max(500),
});

const MAX_SIDE = 4096;
let ocr: Ocr | null = null;
const packaged = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

function ocrOnce(): Ocr {
  ocr ??= createOcr({
    loadModel: async (name) => (await fetch(packaged(`/ocr/${name}`))).arrayBuffer(),
    wasmPaths: packaged('/ocr/'),
  });
  return ocr;
}

async function decode(base64: string): Promise<Pixels> {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes]));
  // Huge images are reduced before any pixel buffer is allocated; verdicts report the original size.
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const data = context.getImageData(0, 0, width, height).data;
  return { data, width, height };
}

/** Answers image/run requests; anything else is left to other listeners (undefined). */
export function runImageCheck(message: unknown): Promise<unknown> | undefined {
  const request = ImageRunRequest.safeParse(message);
  if (!request.success) return undefined;
  return (async () => {
    try {
      const pixels = await decode(request.data.base64);
      const result = await checkImage(pixels, request.data.constraints, ocrOnce());
      return { ok: true, width: pixels.width, height: pixels.height, constraints: result.constraints, text: result.text };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'The image could not be checked.' };
    }
  })();
}
