import { describe, expect, it } from 'vitest';
import { createWebSocketDecoder, decodeWebSocketFrame } from '../../../../lib/capture/chatgpt/websocket.ts';
import { createChatGptStream } from '../../../../lib/capture/chatgpt/stream.ts';
import { fixtureText } from './fixtures.ts';

describe('WebSocket hand-off (2026)', () => {
  const frames = fixtureText('ws-handoff-2026.jsonl').trim().split('\n');

  it('continues the POST stream from catch-ups, SSE text, base64 and JSON-in-string items, skipping duplicates', () => {
    const stream = createChatGptStream();
    stream.push(fixtureText('sse-handoff-2026.txt'));
    stream.end();
    expect(stream.snapshot().handoff?.topicIds).toEqual(['conversation-turn-2b3c4d5e-0000-4000-8000-0000000e0009']);

    const ws = createWebSocketDecoder();
    const decoded = frames.map((f) => ws.push(f));
    expect(decoded.map((d) => d.events.length)).toEqual([2, 0, 2, 1, 1, 0]);
    expect(decoded.map((d) => d.done)).toEqual([false, false, false, false, false, true]);
    for (const d of decoded) stream.pushEvents(d.events);

    const s = stream.snapshot();
    expect(s.done).toBe(true);
    expect(s.generations.map((g) => ({ ...g, images: g.images.map((i) => i.assetPointer) }))).toEqual([
      {
        key: '69f0aa11-3c2d-83ea-8e1f-0a1b2c3d4e5f:2b3c4d5e-0000-4000-8000-0000000e0002:0',
        conversationId: '69f0aa11-3c2d-83ea-8e1f-0a1b2c3d4e5f',
        toolMessageId: '2b3c4d5e-0000-4000-8000-0000000e0002',
        userMessageId: '2b3c4d5e-0000-4000-8000-0000000e0001',
        userText: 'Make a poster for a bake sale on Saturday, pastel colors, with the words BAKE SALE at the top',
        previousUserTexts: [],
        rewrite: null,
        capture: 'no-prompt',
        hiddenContext: [],
        title: 'Pastel bake sale poster',
        thoughts: null,
        images: ['sediment://file_00000000feedbeef00000000feedbeef'],
        recipient: 't2uay3k.sj1i4kz',
        size: '1024x1536',
        createdAt: 1790000000.5,
        status: 'complete',
      },
    ]);
  });

  it('reports topics and conversation ids, accepts bytes, and gives nothing for garbage', () => {
    const d = decodeWebSocketFrame(new TextEncoder().encode(frames[0] ?? ''));
    expect(d.events).toHaveLength(2);
    expect(d.topicIds).toEqual(['conversation-turn-2b3c4d5e-0000-4000-8000-0000000e0009']);
    expect(d.conversationIds).toEqual(['69f0aa11-3c2d-83ea-8e1f-0a1b2c3d4e5f']);
    for (const g of ['', 'hello', '[1,2', '{"encoded_item": 5}', '[{"encoded_item":"aGVsbG8="}]', '{"type":"done"}']) {
      const r = decodeWebSocketFrame(g);
      expect(r.events).toEqual([]);
      expect(r.done).toBe(false);
    }
  });
});
