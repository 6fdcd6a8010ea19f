/**
 * After a turn, the conversation tree is the truth (async images, hand-offs, branches). When the page does not
 * fetch it itself, PromptLoss makes one GET with the page's own session, as exporters do — rate-limited, and only
 * to chatgpt.com's own API. Nothing leaves for anywhere else.
 */
const MIN_INTERVAL_MS = 15_000;
const lastFetch = new Map<string, number>();

export async function fetchConversationTree(conversationId: string, now = Date.now()): Promise<string | null> {
  if (!/^[0-9a-f][0-9a-f-]{7,}$/i.test(conversationId)) return null;
  if (now - (lastFetch.get(conversationId) ?? 0) < MIN_INTERVAL_MS) return null;
  lastFetch.set(conversationId, now);
  try {
    const session = await fetch('/api/auth/session', { credentials: 'include' });
    const token = session.ok ? ((await session.json()) as { accessToken?: unknown }).accessToken : undefined;
    const response = await fetch(`/backend-api/conversation/${conversationId}`, {
      credentials: 'include',
      headers: typeof token === 'string' ? { authorization: `Bearer ${token}` } : {},
    });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}
