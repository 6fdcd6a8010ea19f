import { installGeminiTap } from '@/lib/sites/gemini-tap/tap';

/** Gemini's network tap: MAIN world, before the page's own scripts, tiny and React-free. */
export default defineContentScript({
  matches: ['https://gemini.google.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installGeminiTap(window);
  },
});
