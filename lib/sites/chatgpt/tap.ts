import { isUiPing, TAP_SOURCE, type TapChannel, type TapWireMessage } from '@/lib/tap-protocol';
import { readCloneText, wrapFetch } from '../tap-read';

/**
 * ChatGPT's network tap, in the page's own world at document_start. It wraps fetch and WebSocket transparently:
 * the page's call goes out first with its own receiver and arguments, the page gets the original Response, and
 * PromptLoss reads a clone. It copies bytes and decides nothing; every error of ours is swallowed here.
 */
const SEND_PATH = /^\/backend-(?:api|anon)\/(?:f\/)?conversation(?:\/resume)?\/?$/;
const TREE_PATH = /^\/backend-(?:api|anon)\/conversation\/[0-9a-f][0-9a-f-]{7,}\/?$/i;
const WS_HOST = /(^|\.)ws\.chatgpt\.com$|^chatgpt\.com$/;
const INSTALLED = Symbol.for('promptloss.chatgpt.tap');

type Plan = { channel: 'send-request' | 'conversation'; url: string; method: string };

function planFor(input: unknown, init: RequestInit | undefined, base: string): Plan | null {
  const request = typeof Request !== 'undefined' && input instanceof Request ? input : null;
  const href = request ? request.url : input instanceof URL ? input.href : typeof input === 'string' ? input : null;
  if (!href) return null;
  const url = new URL(href, base);
  if (url.origin !== new URL(base).origin) return null;
  const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
  if (method === 'POST' && SEND_PATH.test(url.pathname)) return { channel: 'send-request', url: url.pathname, method };
  if (method === 'GET' && TREE_PATH.test(url.pathname)) return { channel: 'conversation', url: url.pathname, method };
  return null;
}

export function installChatgptTap(win: Window & typeof globalThis): void {
  const flags = win as unknown as Record<symbol, boolean>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;

  let streams = 0;
  const post = (message: TapWireMessage) => {
    try {
      win.postMessage(message, win.location.origin);
    } catch {
      /* never let the tap break the page */
    }
  };
  const payload = (channel: TapChannel, streamId: string, url: string, text: string) =>
    post({ source: TAP_SOURCE, type: 'payload', site: 'chatgpt', channel, streamId, url, text });
  const hello = () => post({ source: TAP_SOURCE, type: 'hello', site: 'chatgpt' });
  hello();
  win.addEventListener('message', (event) => {
    if (event.source === win && isUiPing(event.data)) hello();
  });

  async function readClone(response: Response, plan: Plan, streamId: string): Promise<void> {
    if (plan.channel === 'send-request') {
      await readCloneText(response, (text) => payload('stream-chunk', streamId, plan.url, text));
      payload('stream-end', streamId, plan.url, '');
      return;
    }
    let whole = '';
    await readCloneText(response, (text) => (whole += text));
    payload('conversation', streamId, plan.url, whole);
  }

  wrapFetch(
    win,
    (args) => {
      const plan = planFor(args[0], args[1], win.location.href);
      if (!plan) return null;
      // Copy a Request's body before the page's fetch consumes it.
      const sent = plan.channel === 'send-request' && args[0] instanceof Request && args[1]?.body === undefined;
      return { plan, requestCopy: sent ? (args[0] as Request).clone() : null };
    },
    ({ plan, requestCopy }, args, result) => {
      const streamId = `f${++streams}`;
      if (plan.channel === 'send-request') {
        const body = args[1]?.body;
        if (typeof body === 'string') payload('send-request', streamId, plan.url, body);
        else requestCopy?.text().then((text) => payload('send-request', streamId, plan.url, text), () => {});
      }
      result.then((response) => readClone(response, plan, streamId)).catch(() => {});
    },
  );

  const NativeSocket = win.WebSocket;
  if (typeof NativeSocket !== 'function') return;
  try {
    win.WebSocket = new Proxy(NativeSocket, {
      construct(target, args, newTarget) {
        const socket = Reflect.construct(target, args, newTarget) as WebSocket;
        try {
          const url = new URL(String(args[0]), win.location.href);
          if (WS_HOST.test(url.hostname)) {
            const streamId = `w${++streams}`;
            socket.addEventListener('message', (event: MessageEvent) => {
              try {
                if (typeof event.data === 'string') payload('websocket', streamId, url.pathname, event.data);
                else if (event.data instanceof ArrayBuffer) payload('websocket', streamId, url.pathname, new TextDecoder().decode(event.data));
                else if (event.data instanceof Blob) event.data.text().then((text) => payload('websocket', streamId, url.pathname, text), () => {});
              } catch {
                /* contained */
              }
            });
          }
        } catch {
          /* contained */
        }
        return socket;
      },
    });
  } catch {
    /* keep the page's WebSocket */
  }
}
