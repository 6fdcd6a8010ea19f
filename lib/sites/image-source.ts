/**
 * Where the background gets an image's bytes: a same-origin image (ChatGPT's estuary links) is read here, with the
 * page's own session, because only the page's origin may read it in every browser (Firefox does not give a
 * background the sites' cookies without an extra grant); any other host is fetched by the background.
 */
export type ImageSource = { imageUrl: string } | { image: { base64: string; mimeType: string } };

const MAX_BYTES = 20_000_000;

export async function imageSource(imageUrl: string): Promise<ImageSource> {
  const url = new URL(imageUrl, location.href);
  if (url.origin !== location.origin) return { imageUrl: url.href };
  try {
    // Firefox: `content.fetch` makes the request as the page does (a content script's own fetch is the extension's).
    const pageFetch = (globalThis as unknown as { content?: { fetch?: typeof fetch } }).content?.fetch ?? fetch;
    const response = await pageFetch(url.href, { credentials: 'include' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok || bytes.length > MAX_BYTES) return { imageUrl: url.href };
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { image: { base64: btoa(binary), mimeType: response.headers.get('content-type')?.split(';')[0] || 'image/png' } };
  } catch {
    return { imageUrl: url.href };
  }
}
