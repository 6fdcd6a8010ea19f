import type { ImageGeneration } from '@/lib/capture/chatgpt';
import type { Analysis } from '@/lib/engine';
import type { HistoryEntry } from '@/lib/store/history';

/** A finished ChatGPT generation as a history entry. */
export function entryOfGeneration(generation: ImageGeneration, analysis: Analysis, now = Date.now()): HistoryEntry {
  return {
    id: `chatgpt:${generation.key}`,
    site: 'chatgpt',
    conversationId: generation.conversationId,
    createdAt: generation.createdAt ? generation.createdAt * 1000 : now,
    capturedAt: now,
    userText: generation.userText,
    previous: generation.previousUserTexts,
    rewrite: generation.rewrite,
    capture: generation.capture,
    compare: generation.rewrite ? 'rewrite' : generation.thoughts ? 'plan' : 'none',
    analysis,
    title: generation.title,
    checks: {},
  };
}
