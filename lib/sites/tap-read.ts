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

/**
 * Replaces `win.fetch` with a transparent wrapper: the page's call goes out first, with its own receiver and
 * arguments, and the page gets the original promise. `plan` runs before the call (it may copy a Request body the
 * call will consume) and `observe` after it; errors of either are swallowed, and a page that froze fetch keeps its own.
 */
export function wrapFetch<P>(
  win: Window & typeof globalThis,
  plan: (args: Parameters<typeof fetch>) => P | null,
  observe: (active: P, args: Parameters<typeof fetch>, result: Promise<Response>) => void,
): void {
  const nativeFetch = win.fetch;
  const fetchTap = function fetch(this: unknown, ...args: Parameters<typeof win.fetch>): Promise<Response> {
    let active: P | null = null;
    try {
      active = plan(args);
    } catch {
      active = null;
    }
    const result = nativeFetch.apply(this === win ? win : this, args);
    if (active !== null) {
      try {
        observe(active, args, result);
      } catch {
        /* contained */
      }
    }
    return result;
  };
  try {
    Object.defineProperty(fetchTap, 'toString', { value: () => nativeFetch.toString(), configurable: true });
    win.fetch = fetchTap as typeof win.fetch;
  } catch {
    /* keep the page's fetch */
  }
}
