/**
 * The wire between a MAIN-world tap and the isolated content script, without zod so the tap stays tiny.
 * The isolated side validates every message with the zod schemas in lib/messages.ts.
 */
export const TAP_SOURCE = 'promptloss-tap';
export const UI_SOURCE = 'promptloss-ui';

export type TapChannel = 'send-request' | 'stream-chunk' | 'stream-end' | 'conversation' | 'websocket' | 'history';

export type TapWireMessage =
  | { source: typeof TAP_SOURCE; type: 'hello'; site: 'chatgpt' | 'gemini' }
  | {
      source: typeof TAP_SOURCE;
      type: 'payload';
      site: 'chatgpt' | 'gemini';
      channel: TapChannel;
      streamId: string;
      url: string;
      text: string;
    };

export function isUiPing(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === UI_SOURCE &&
    (data as { type?: unknown }).type === 'ping';
}
