import { isUiPing, TAP_SOURCE, type TapWireMessage } from '@/lib/tap-protocol';

/** Installs the ChatGPT network tap in the page's own world. Every error of ours is contained. */
export function installChatgptTap(win: Window): void {
  const post = (message: TapWireMessage) => {
    try {
      win.postMessage(message, win.location.origin);
    } catch {
      /* never let the tap break the page */
    }
  };
  const hello = () => post({ source: TAP_SOURCE, type: 'hello', site: 'chatgpt' });
  hello();
  win.addEventListener('message', (event) => {
    if (event.source === win && isUiPing(event.data)) hello();
  });
}
