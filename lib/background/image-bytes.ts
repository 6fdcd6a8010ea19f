/**
 * The generated image's bytes, read once by the background with the host access the extension has (chatgpt.com,
 * gemini.google.com; other image hosts once the user allowed them). Shared by the local image checks and the
 * Gemini image audit.
 */
export const MAX_IMAGE_BYTES = 20_000_000;

export interface ImageBytes {
  base64: string;
  mimeType: string;
  size: number;
}

export class ImageFetchError extends Error {}

/** Bytes the content script already read (same-origin image), or a URL the background fetches. */
export async function imageBytesOf(source: string | { base64: string; mimeType: string }): Promise<ImageBytes> {
  if (typeof source !== 'string') {
    if (source.base64.length * 0.75 > MAX_IMAGE_BYTES) throw new ImageFetchError('The image is too large to check.');
    return { ...source, size: Math.round(source.base64.length * 0.75) };
  }
  return fetchImageBytes(source);
}

export async function fetchImageBytes(url: string): Promise<ImageBytes> {
  if (!/^https:\/\//.test(url)) throw new ImageFetchError('Only https images can be read (the page gave a temporary blob: image).');
  const response = await fetch(url, { credentials: 'include' }).catch(() => null);
  if (!response?.ok) {
    throw new ImageFetchError('The image could not be read: its link expired, or PromptLoss may not read its host yet (PromptLoss options → "Allow reading images from ChatGPT\'s and Gemini\'s image hosts").');
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_IMAGE_BYTES) throw new ImageFetchError('The image is too large to check.');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageFetchError('The image is too large to check.');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary), mimeType: response.headers.get('content-type')?.split(';')[0] || 'image/png', size: bytes.length };
}
