/**
 * Reads a clone of a response the page received, chunk by chunk, as text — without touching the page's own
 * Response. Shared by the ChatGPT and Gemini taps (MAIN world: tiny, no dependencies).
 */
export async function readCloneText(response: Response, onChunk: (text: string) => void): Promise<void> {
  const body = response.clone().body;
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    if (text) onChunk(text);
  }
  const rest = decoder.decode();
  if (rest) onChunk(rest);
}
