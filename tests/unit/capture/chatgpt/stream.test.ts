import { describe, expect, it } from 'vitest';
import { readSseText } from '../../../../lib/capture/chatgpt/sse.ts';
import {
  createChatGptStream,
  createStreamAccumulator,
  parseSseStream,
} from '../../../../lib/capture/chatgpt/stream.ts';
import { userPromptFromRequestBody, type SendRequest } from '../../../../lib/capture/chatgpt/request.ts';
import { generationsFromConversation } from '../../../../lib/capture/chatgpt/tree.ts';
import { ImageGeneration } from '../../../../lib/capture/chatgpt/schema.ts';
import { fixtureJson, fixtureText } from './fixtures.ts';

function request(name: string): SendRequest {
  const r = userPromptFromRequestBody(fixtureText(name));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('full-message frames (2023, DALL-E, cumulative code args)', () => {
  const text = fixtureText('sse-full-2023-dalle.txt');
  const events = readSseText(text);

  it('is streaming until the args parse, then complete with the image prompt', () => {
    const acc = createStreamAccumulator();
    acc.setRequest(request('request-2023.json'));
    const statuses: string[] = [];
    for (const ev of events) {
      acc.push(ev);
      const g = acc.snapshot().generations[0];
      statuses.push(g ? `${g.status}/${g.capture}/${g.images.length}` : '-');
    }
    expect(statuses).toEqual([
      'streaming/no-prompt/0', // text ""
      'streaming/no-prompt/0', // text '{"'
      'streaming/no-prompt/0', // text cut mid-prompt
      'complete/rewrite/0', // args parse
      'complete/rewrite/0', // finished_successfully
      'complete/rewrite/1', // the image
      'complete/rewrite/1',
      'complete/rewrite/1',
      'complete/rewrite/1',
      'complete/rewrite/1', // [DONE]
    ]);
    const s = acc.snapshot();
    expect(s.encoding).toBe('full');
    expect(s.done).toBe(true);
    expect(s.generations).toEqual([
      {
        key: '9c00faab-8c70-4ae3-a55a-002264bd816b:16d78db9-9f94-418a-a8b8-ae671d95b291:0',
        conversationId: '9c00faab-8c70-4ae3-a55a-002264bd816b',
        toolMessageId: '16d78db9-9f94-418a-a8b8-ae671d95b291',
        userMessageId: '5f3b2a10-7c1d-4e2f-9a3b-4c5d6e7f8091',
        userText: 'Draw the moon with a ping pong ball on it',
        previousUserTexts: [],
        rewrite:
          'A serene, luminous full moon in a starlit night sky, with a whimsical twist: a classic ping pong ball gently resting on its surface.',
        capture: 'rewrite',
        hiddenContext: [],
        title: null,
        thoughts: null,
        images: [
          {
            assetPointer: 'file-service://file-3lZoyavh3UZ9QJT5k1dJjk4J',
            width: 1024,
            height: 1024,
            messageId: 'a5e2dd9f-1a7e-4205-a87d-59ea449d14d6',
          },
        ],
        recipient: 'dalle.text2im',
        size: '1024x1024',
        createdAt: null,
        status: 'complete',
      },
    ]);
  });

  it('without the request, still finds the call (user unknown)', () => {
    const s = parseSseStream(text);
    expect(s.generations).toHaveLength(1);
    expect(s.generations[0]?.userText).toBe('');
    expect(s.userText).toBeNull();
  });
});

describe('v1 delta encoding (2025, 4o, Chinese prompt → English rewrite, CRLF)', () => {
  const text = fixtureText('sse-v1-2025-4o.txt');
  const en =
    'A cyberpunk night view of the Bund in Shanghai, rain-slicked streets reflecting neon signs in pink and cyan, dense fog, towering skyscrapers across the river, vertical composition.';

  it('assembles add / append / bare continuations / patch into the call and its image', () => {
    const s = parseSseStream(text);
    expect(text).toContain('\r\n');
    expect(s.encoding).toBe('v1');
    expect(s.conversationId).toBe('680225d7-a0d8-8004-aaba-00083cfb2ae3');
    expect(s.conversationTitle).toBe('赛博朋克外滩夜景');
    expect(s.userText).toBe('画一张赛博朋克风格的上海外滩夜景，要有霓虹灯和雨，竖版');
    expect(s.done).toBe(true);
    expect(s.generations).toHaveLength(1);
    const g = s.generations[0];
    expect(g?.key).toBe('680225d7-a0d8-8004-aaba-00083cfb2ae3:02e534af-11f5-4e74-ac37-71f65e845332:0');
    expect(g?.userMessageId).toBe('906d0092-95ba-4517-a3ef-081d64a86a88');
    expect(g?.userText).toBe('画一张赛博朋克风格的上海外滩夜景，要有霓虹灯和雨，竖版');
    expect(g?.rewrite).toBe(en);
    expect(g?.capture).toBe('rewrite');
    expect(g?.title).toBe('Neon Rain on the Bund');
    expect(g?.size).toBe('1024x1536');
    expect(g?.status).toBe('complete');
    expect(g?.images).toEqual([
      {
        assetPointer: 'sediment://file_00000000c0ffee00c0ffee00c0ffee01',
        width: 1024,
        height: 1536,
        messageId: '7a3c9e1b-5d2f-4a6b-8c0d-1e2f3a4b5c6d',
      },
    ]);
    expect(s.shapes.events['op:carry']).toBe(7); // 4 bare {"v": "…"} continuations + 3 bare {"v": {"message"}, "c"} adds
    expect(s.shapes.events['op:patch']).toBe(1);
    expect(JSON.stringify(s.shapes)).not.toMatch(/Bund|外滩|eyJ/);
  });

  it('is streaming while the args are being appended', () => {
    const stream = createChatGptStream();
    const cut = text.indexOf('"o": "patch"');
    stream.push(text.slice(0, cut));
    const mid = stream.snapshot().generations[0];
    expect(mid?.status).toBe('streaming');
    expect(mid?.rewrite).toBeNull();
    expect(mid?.images).toEqual([]);
    stream.push(text.slice(cut));
    stream.end();
    expect(stream.snapshot().generations[0]?.status).toBe('complete');
  });
});

describe('2026 skipped_mainline stream that ends before the image (async)', () => {
  const s = parseSseStream(fixtureText('sse-v1-2026-skipped.txt'), request('request-2026.json'));

  it('gives the skipped call, paired with the request’s prompt, and flags the async wait', () => {
    expect(s.asyncPending).toBe(true);
    expect(s.userText).toBe('change text to:\nNASR*ŁEM NA\nWYCIERACZKĘ');
    expect(s.generations.map((g) => [g.key, g.capture, g.images.length, g.status, g.userText])).toEqual([
      [
        '69eb5a4b-282c-83ea-b4f6-91ba9510bc9f:c77318e0-2fd8-4c30-8280-0f2186c8f08d:0',
        'skipped',
        0,
        'complete',
        'change text to:\nNASR*ŁEM NA\nWYCIERACZKĘ',
      ],
    ]);
    expect(s.generations[0]?.title).toBeNull(); // "Przetwarzanie obrazu" is a card title, not the image's
  });

  it('reconciles with the later conversation GET under the same key', () => {
    const later = generationsFromConversation(fixtureJson('conversation-2026-async.json'));
    expect(later.generations.map((g) => g.key)).toEqual(s.generations.map((g) => g.key));
    expect(later.generations[0]?.images).toHaveLength(1);
  });
});

describe('accumulator edge cases', () => {
  it('reads several data lines with no blank line between them one by one', () => {
    const msg = (id: string, extra: object) => JSON.stringify({ message: { id, ...extra }, conversation_id: 'c' });
    const sse =
      `data: ${msg('u', { author: { role: 'user' }, content: { content_type: 'text', parts: ['draw a boat'] } })}\n` +
      `data: ${msg('k', { author: { role: 'assistant' }, recipient: 'dalle.text2im', status: 'finished_successfully', content: { content_type: 'code', text: '{"prompt":"A boat","size":"1024x1024"}' }, metadata: { parent_id: 'u' } })}\n\n` +
      'data: [DONE]\n\n';
    const s = parseSseStream(sse);
    expect(s.generations.map((g) => [g.userText, g.rewrite])).toEqual([['draw a boat', 'A boat']]);
  });

  it('a stream_handoff keeps the turn open until the WebSocket finishes it', () => {
    const s = parseSseStream(fixtureText('sse-handoff-2026.txt'));
    expect(s.done).toBe(false);
    expect(s.handoff).toEqual({ topicIds: ['conversation-turn-2b3c4d5e-0000-4000-8000-0000000e0009'] });
    expect(s.userText).toBe('Make a poster for a bake sale on Saturday, pastel colors, with the words BAKE SALE at the top');
    expect(s.generations).toEqual([]);
    const live = createChatGptStream();
    live.push(fixtureText('sse-handoff-2026.txt'));
    live.end();
    expect(live.snapshot().done).toBe(false);
    live.markDone(); // the WebSocket said "done"
    expect(live.snapshot().done).toBe(true);
  });

  it('reports a server error frame without counting it as invalid', () => {
    const s = parseSseStream('data: {"message": null, "conversation_id": "c", "error": "Something went wrong while generating the response."}\n\ndata: [DONE]\n\n');
    expect(s.error).toBe('Something went wrong while generating the response.');
    expect(s.shapes.invalid).toBe(0);
    expect(s.shapes.events['frame:error']).toBe(1);
    expect(parseSseStream(fixtureText('sse-v1-2025-4o.txt')).error).toBeNull();
  });

  it('never lets a pushed value throw, and validates output', () => {
    const acc = createStreamAccumulator();
    for (const ev of [null, undefined, 1, {}, { data: 5 }, { event: 'delta', data: '{"o":"patch","v":[null,1,{"p":"/__proto__/x","o":"add","v":1}]}' }]) {
      expect(() => acc.push(ev as never)).not.toThrow();
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    for (const g of acc.snapshot().generations) expect(ImageGeneration.safeParse(g).success).toBe(true);
  });
});
