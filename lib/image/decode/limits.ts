/** Images larger than this are refused before any pixel buffer is allocated (16.7 Mpx = 64 MiB of RGBA). */
export const MAX_PIXELS = 4096 * 4096;
/** Files larger than this are refused before they are read whole. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class ImageError extends Error {
  override name = 'ImageError';
}

export function checkSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new ImageError(`invalid image size ${width}×${height}`);
  }
  if (width * height > MAX_PIXELS) {
    throw new ImageError(`image too large: ${width}×${height} (at most ${MAX_PIXELS.toLocaleString('en')} pixels, e.g. 4096×4096)`);
  }
}
