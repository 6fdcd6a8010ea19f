import '@/components/theme.css';
import '@/components/report/report.css';
import { runOverlay } from '@/lib/sites/overlay';

/** The Gemini UI: isolated world, React in an open shadow root. */
export default defineContentScript({
  matches: ['https://gemini.google.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => runOverlay(ctx, 'gemini'),
});
