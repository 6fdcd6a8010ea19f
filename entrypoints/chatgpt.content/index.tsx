import '@/components/theme.css';
import '@/components/report/report.css';
import { runOverlay } from '@/lib/sites/overlay';

/** The ChatGPT UI: isolated world, React in an open shadow root. */
export default defineContentScript({
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => runOverlay(ctx, 'chatgpt'),
});
