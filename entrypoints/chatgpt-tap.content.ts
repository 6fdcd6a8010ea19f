import { installChatgptTap } from '@/lib/sites/chatgpt/tap';

/** The network tap: MAIN world, before the page's own scripts, tiny and React-free. */
export default defineContentScript({
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installChatgptTap(window);
  },
});
