import { isUiPing, TAP_SOURCE, type TapChannel, type TapWireMessage } from '@/lib/tap-protocol';
import { readCloneText, wrapFetch } from '../tap-read';

/**
 * Gemini's network tap, in the page's own world at document_start. Gemini streams with XMLHttpRequest as well as
 * fetch, so both are wrapped transparently: the page's request goes out unchanged, its response is untouched,
 * PromptLoss only reads (a clone, or responseText as it grows). Every error of ours is swallowed here.
 */
const STREAM = /\/StreamGenerate(?:$|\?)/;
const HISTORY = /\/batchexecute(?:$|\?)/;
const INSTALLED = Symbol.for('promptloss.gemini.tap');

type Kind = 'stream' | 'history';
function kindOf(url: string): Kind | null {
  if (STREAM.test(url)) return 'stream';
  if (HISTORY.test(url) && /rpcids=[^&]*hNvQHb/.test(url)) return 'history';
  return null;
}

export function installGeminiTap(win: Window & typeof globalThis): void {
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
    post({ source: TAP_SOURCE, type: 'payload', site: 'gemini', channel, streamId, url, text });
  const hello = () => post({ source: TAP_SOURCE, type: 'hello', site: 'gemini' });
  hello();
  win.addEventListener('message', (event) => {
    if (event.source === win && isUiPing(event.data)) hello();
  });
  const relative = (href: string) => {
    const url = new URL(href, win.location.href);
    return url.origin === win.location.origin ? url.pathname + url.search : null;
  };
  const bodyText = (body: unknown): string | null =>
    typeof body === 'string' ? body : body instanceof URLSearchParams ? body.toString() : null;

  // XMLHttpRequest: remember the request in open(), read responseText as it grows.
  const Xhr = win.XMLHttpRequest;
  const meta = new WeakMap<XMLHttpRequest, { url: string; kind: Kind }>();
  try {
    const nativeOpen = Xhr.prototype.open;
    const nativeSend = Xhr.prototype.send;
    Xhr.prototype.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = relative(String(args[1]));
        const kind = url ? kindOf(url) : null;
        if (url && kind) meta.set(this, { url, kind });
        else meta.delete(this);
      } catch {
        /* contained */
      }
      return (nativeOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof nativeOpen;
    Xhr.prototype.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const info = meta.get(this);
        if (info) {
          const streamId = `x${++streams}`;
          const text = bodyText(body);
          if (info.kind === 'stream' && text !== null) payload('send-request', streamId, info.url, text);
          let seen = 0;
          const read = (final: boolean) => {
            try {
              if (this.responseType !== '' && this.responseType !== 'text') return;
              const all = this.responseText;
              if (info.kind === 'stream' && all.length > seen) payload('stream-chunk', streamId, info.url, all.slice(seen));
              seen = all.length;
              if (final) payload(info.kind === 'stream' ? 'stream-end' : 'history', streamId, info.url, info.kind === 'stream' ? '' : all);
            } catch {
              /* contained */
            }
          };
          this.addEventListener('progress', () => read(false));
          this.addEventListener('loadend', () => read(true));
        }
      } catch {
        /* contained */
      }
      return nativeSend.call(this, body);
    };
  } catch {
    /* keep the page's XMLHttpRequest */
  }

  // fetch: the same two calls, read from a clone.
  wrapFetch(
    win,
    (args) => {
      const input = args[0];
      const href = input instanceof Request ? input.url : input instanceof URL ? input.href : String(input);
      const url = relative(href);
      const kind = url ? kindOf(url) : null;
      return url && kind ? { url, kind } : null;
    },
    (active, args, result) => {
      const streamId = `f${++streams}`;
      const text = bodyText(args[1]?.body);
      if (active.kind === 'stream' && text !== null) payload('send-request', streamId, active.url, text);
      result.then(async (response) => {
        let whole = '';
        await readCloneText(response, (text) => {
          if (active.kind === 'stream') payload('stream-chunk', streamId, active.url, text);
          else whole += text;
        });
        if (active.kind === 'stream') payload('stream-end', streamId, active.url, '');
        else payload('history', streamId, active.url, whole);
      }).catch(() => {});
    },
  );
}
