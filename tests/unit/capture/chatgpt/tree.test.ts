import { describe, expect, it } from 'vitest';
import { generationsFromConversation } from '../../../../lib/capture/chatgpt/tree.ts';
import { ImageGeneration } from '../../../../lib/capture/chatgpt/schema.ts';
import { fixtureJson } from './fixtures.ts';

const id = (prefix: string, n: string): string => `${prefix}${n}`;
const A = (n: string) => id('3f0e6a1c-0000-4000-8000-00000000a0', n);
const B = (n: string) => id('5b2e0c44-0000-4000-8000-0000000b00', n);
const D = (n: string) => id('8c9d0e1f-0000-4000-8000-0000000d00', n);

function parse(name: string) {
  const r = generationsFromConversation(fixtureJson(name));
  for (const g of r.generations) expect(ImageGeneration.safeParse(g).success).toBe(true);
  return r;
}

describe('DALL-E era tree (2024): two images per call, code and text args, regeneration and edit branches', () => {
  const conv = '9c00faab-8c70-4ae3-a55a-002264bd816b';
  const r = parse('conversation-dalle-2024.json');
  const u1 = 'Draw a cat astronaut floating above Earth, photorealistic, wide format';

  it('gives one generation per image, on every branch, in tree order', () => {
    expect(r.conversationId).toBe(conv);
    expect(r.generations.map((g) => g.key)).toEqual([
      `${conv}:${A('11')}:0`,
      `${conv}:${A('11')}:1`,
      `${conv}:${A('21')}:0`,
      `${conv}:${A('31')}:0`,
      `${conv}:${A('41')}:0`,
    ]);
    expect(r.generations.every((g) => g.capture === 'rewrite' && g.status === 'complete')).toBe(true);
  });

  it('takes each image its own metadata.dalle.prompt (the prompt actually rendered)', () => {
    const [g0, g1, g2] = r.generations;
    expect(g0?.rewrite).toBe(
      'Photo of a fluffy white cat astronaut with blue eyes floating above Earth, reflective helmet visor, stars behind.',
    );
    expect(g1?.rewrite).toBe(
      'Illustration of a sleek black cat astronaut with green eyes drifting above Earth, soft rim light, starfield.',
    );
    // The call (pretty-printed code JSON) said "in a blue spacesuit"; the image's own prompt wins.
    expect(g2?.rewrite).toBe(
      'An illustration of a sleek black cat astronaut with green eyes in a deep blue spacesuit drifting above Earth, cool blue palette.',
    );
    expect(g0?.images).toEqual([
      { assetPointer: 'file-service://file-3lZoyavh3UZ9QJT5k1dJjk4J', width: 1792, height: 1024, messageId: A('12') },
    ]);
    expect(g1?.images[0]?.assetPointer).toBe('file-service://file-Vsec6K4myme2yyOWcY54WrOV');
  });

  it('pairs each call with its user prompt and that branch’s earlier prompts', () => {
    const pairs = r.generations.map((g) => [g.userMessageId, g.userText, g.previousUserTexts]);
    expect(pairs).toEqual([
      [A('10'), u1, []],
      [A('10'), u1, []],
      [A('20'), 'Make the second one more blue', [u1]],
      [A('20'), 'Make the second one more blue', [u1]], // the regeneration
      [A('40'), 'Draw a dog astronaut floating above Mars, watercolor', []], // the edit: its own branch
    ]);
  });

  it('reads the whole generation exactly', () => {
    expect(r.generations[4]).toEqual({
      key: `${conv}:${A('41')}:0`,
      conversationId: conv,
      toolMessageId: A('41'),
      userMessageId: A('40'),
      userText: 'Draw a dog astronaut floating above Mars, watercolor',
      previousUserTexts: [],
      rewrite:
        'A watercolor painting of a dog astronaut floating above Mars, loose brush strokes, warm red planet below, soft paper texture.',
      capture: 'rewrite',
      hiddenContext: [],
      title: null,
      thoughts: null,
      images: [
        { assetPointer: 'file-service://file-Wt5sDfGh6JkL8ZxCvBnM1QwE', width: 1024, height: 1024, messageId: A('42') },
      ],
      recipient: 'dalle.text2im',
      size: '1024x1024',
      createdAt: 1722667701,
      status: 'complete',
    });
  });

  it('counts shapes without any user content', () => {
    expect(r.shapes.roles).toEqual({ system: 1, user: 3, assistant: 8, tool: 5 });
    expect(r.shapes.recipients).toEqual({ all: 13, 'dalle.text2im': 4 });
    expect(r.shapes.imageCalls).toBe(4);
    expect(r.shapes.captures).toEqual({ rewrite: 5 });
    expect(JSON.stringify(r.shapes)).not.toMatch(/astronaut|Draw/);
  });
});

describe('4o / 2026 tree: Chinese prompt rewritten into English, no-prompt call, system_error', () => {
  const conv = '680225d7-a0d8-8004-aaba-00083cfb2ae3';
  const r = parse('conversation-4o-2025.json');
  const zh1 = '画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字';

  it('classifies the three calls', () => {
    expect(r.generations.map((g) => [g.key, g.capture])).toEqual([
      [`${conv}:${B('02')}:0`, 'rewrite'],
      [`${conv}:${B('07')}:0`, 'no-prompt'],
      [`${conv}:${B('12')}:0`, 'failed'],
    ]);
  });

  it('keeps the English rewrite, the image title and the thoughts of the turn', () => {
    const g = r.generations[0];
    expect(g?.userText).toBe(zh1);
    expect(g?.rewrite).toBe(
      'A watercolor painting of an orange tabby cat sleeping peacefully under a blooming cherry blossom tree, soft pink petals drifting down, gentle pastel colors, no text or lettering anywhere in the image.',
    );
    expect(g?.title).toBe('Orange Cat Under Cherry Blossoms');
    expect(g?.thoughts).toBe(
      'Planning the watercolor scene\nThe user wants an orange cat asleep under a cherry tree, watercolor, and no text in the picture.',
    );
    expect(g?.size).toBe('1024x1536');
    expect(g?.images).toEqual([
      { assetPointer: 'sediment://file_0000000081e471fdaaa71e619b330e0f', width: 1024, height: 1536, messageId: B('03') },
    ]);
  });

  it('reports no prompt honestly when the call only has options (metadata.dalle.prompt is "")', () => {
    const g = r.generations[1];
    expect(g?.rewrite).toBeNull();
    expect(g?.previousUserTexts).toEqual([zh1]);
    expect(g?.images).toHaveLength(1);
  });

  it('marks a system_error reply as failed, with no image', () => {
    const g = r.generations[2];
    expect(g?.rewrite).toBeNull(); // prompt: null
    expect(g?.images).toEqual([]);
    expect(g?.previousUserTexts).toEqual([zh1, '再加一只小白狗，其他不变']);
    expect(g?.size).toBe('1536x1024');
  });
});

describe('2026 skipped_mainline call whose image arrived later (conversation GET)', () => {
  const r = parse('conversation-2026-async.json');

  it('pairs the late image with the skipped call (same key as the stream gave)', () => {
    expect(r.generations).toHaveLength(1);
    const g = r.generations[0];
    expect(g?.key).toBe('69eb5a4b-282c-83ea-b4f6-91ba9510bc9f:c77318e0-2fd8-4c30-8280-0f2186c8f08d:0');
    expect(g?.capture).toBe('skipped');
    expect(g?.userText).toBe('change text to:\nNASR*ŁEM NA\nWYCIERACZKĘ');
    expect(g?.title).toBe('Wycieraczka z napisem');
    expect(g?.images).toEqual([
      {
        assetPointer: 'sediment://file_00000000bc9872aaadba1c148413e999',
        width: 1536,
        height: 1024,
        messageId: 'b748516b-91b3-42fa-9e9a-637e8827cc15',
      },
    ]);
    // The uploaded image in the user message is not a generation.
    expect(r.shapes.imageParts).toBe(2);
    expect(r.shapes.imageReplies).toBe(1);
  });
});

describe('2026 hidden duplicate tool messages', () => {
  const r = parse('conversation-2026-hidden.json');

  it('adds no second generation for a hidden copy, and keeps its description as hidden context', () => {
    expect(r.generations.map((g) => [g.toolMessageId, g.capture, g.images[0]?.messageId])).toEqual([
      [D('01'), 'hidden-context', D('01')], // no call at all: keyed by the visible tool message
      [D('07'), 'hidden-context', D('08')], // a skipped_mainline call
    ]);
    const [g0, g1] = r.generations;
    expect(g0?.hiddenContext).toHaveLength(1);
    expect(g0?.hiddenContext[0]).toMatch(/^A cute minimalist cat character logo: a round orange cat face/);
    expect(g0?.hiddenContext[0]?.length).toBeGreaterThan(2500);
    expect(g1?.hiddenContext).toEqual([
      'The same cute minimalist orange cat character logo, now placed on a solid medium blue background, flat colors, centered, no text.',
    ]);
  });

  it('ignores the hidden instruction text, and keeps the reasoning recap of the turn', () => {
    const [g0, g1] = r.generations;
    expect(g0?.hiddenContext.join(' ')).not.toMatch(/You are responding/);
    expect(g0?.thoughts).toBe('Thought for 5s');
    expect(g0?.title).toBe('Orange cat logo');
    expect(g1?.previousUserTexts).toEqual(['고양이 캐릭터 로고를 만들어줘. 배경은 투명하게, 글자는 넣지 마.']);
  });
});

describe('shape-based recognition and odd inputs', () => {
  const conv = (mapping: Record<string, unknown>, current = 'x') => ({ conversation_id: 'c1', current_node: current, mapping });
  const node = (id: string, parent: string | null, message: unknown, children: string[] = []) => ({
    id,
    parent,
    children,
    message,
  });
  const user = (id: string, text: string) => ({ id, author: { role: 'user' }, content: { content_type: 'text', parts: [text] } });

  it('recognises a renamed tool by its arguments, and by its image reply', () => {
    const r = generationsFromConversation(
      conv({
        r: node('r', null, null, ['u']),
        u: node('u', 'r', user('u', 'a red fox'), ['c']),
        c: node('c', 'u', {
          id: 'c',
          author: { role: 'assistant' },
          recipient: 'pictures.make',
          content: { content_type: 'code', text: '{"prompt":"A red fox in snow","size":"1024x1024"}' },
        }, ['u2']),
        u2: node('u2', 'c', user('u2', 'now a wolf'), ['c2']),
        c2: node('c2', 'u2', {
          id: 'c2',
          author: { role: 'assistant' },
          recipient: 'n7jupd_m',
          content: { content_type: 'text', parts: ['{"prompt":"A grey wolf"}'] },
        }, ['t2']),
        t2: node('t2', 'c2', {
          id: 't2',
          author: { role: 'tool', name: 'n7jupd_m' },
          content: {
            content_type: 'multimodal_text',
            parts: [{ content_type: 'image_asset_pointer', asset_pointer: 'sediment://file_1', metadata: { generation: { gen_id: 'g' } } }],
          },
        }),
      }),
    );
    expect(r.generations.map((g) => [g.toolMessageId, g.rewrite, g.recipient, g.userText])).toEqual([
      ['c', 'A red fox in snow', 'pictures.make', 'a red fox'],
      ['c2', 'A grey wolf', 'n7jupd_m', 'now a wolf'],
    ]);
  });

  it('does not take other tools (web, python) or a printed JSON answer for image calls', () => {
    const r = generationsFromConversation(
      conv({
        u: node('u', null, user('u', 'hi'), ['w']),
        w: node('w', 'u', {
          id: 'w',
          author: { role: 'assistant' },
          recipient: 'web.run',
          content: { content_type: 'code', text: '{"search_query":[{"q":"cats"}]}' },
        }, ['p']),
        p: node('p', 'w', {
          id: 'p',
          author: { role: 'assistant' },
          recipient: 'python',
          content: { content_type: 'code', text: 'print({"prompt": 1, "n": 2})' },
        }, ['t']),
        t: node('t', 'p', {
          id: 't',
          author: { role: 'tool', name: 'python' },
          content: {
            content_type: 'multimodal_text',
            parts: [{ content_type: 'image_asset_pointer', asset_pointer: 'file-service://file-chart', metadata: { dalle: null, generation: null } }],
          },
        }, ['a']),
        a: node('a', 't', {
          id: 'a',
          author: { role: 'assistant' },
          recipient: 'all',
          content: { content_type: 'text', parts: ['{"size":"1024x1024","n":4}'] },
        }),
      }),
    );
    expect(r.generations).toEqual([]);
  });

  it('reports a call still streaming (in_progress, args incomplete), and survives cycles and dangling parents', () => {
    const r = generationsFromConversation(
      conv({
        u: node('u', 'zz', user('u', 'draw'), ['c']),
        c: node('c', 'u', {
          id: 'c',
          author: { role: 'assistant' },
          recipient: 't2uay3k.sj1i4kz',
          status: 'in_progress',
          content: { content_type: 'code', text: '{"size":"1024x10' },
        }),
        x: node('x', 'y', user('x', 'loop')),
        y: node('y', 'x', { id: 'y', author: { role: 'assistant' }, recipient: 'dalle.text2im', content: { content_type: 'code', text: '' } }),
      }),
    );
    expect(r.generations.map((g) => [g.toolMessageId, g.status, g.capture, g.userText])).toEqual([
      ['c', 'streaming', 'no-prompt', 'draw'],
      ['y', 'complete', 'no-prompt', 'loop'],
    ]);
  });

  it('links a late async image stored under the next turn to its call by turn_exchange_id', () => {
    const img = (pointer: string) => ({
      content_type: 'multimodal_text',
      parts: [{ content_type: 'image_asset_pointer', asset_pointer: pointer, metadata: { generation: { gen_id: pointer } } }],
    });
    const r = generationsFromConversation(
      conv({
        u1: node('u1', null, user('u1', 'a lighthouse at dusk'), ['c1']),
        c1: node('c1', 'u1', {
          id: 'c1',
          author: { role: 'assistant' },
          recipient: 't2uay3k.sj1i4kz',
          content: { content_type: 'code', text: '{"skipped_mainline":true}' },
          metadata: { turn_exchange_id: 'tx-1' },
        }, ['u2']),
        u2: node('u2', 'c1', user('u2', 'thanks, and what is a fresnel lens?'), ['late']),
        late: node('late', 'u2', {
          id: 'late',
          author: { role: 'tool', name: 't2uay3k.sj1i4kz' },
          content: img('sediment://file_late'),
          metadata: { turn_exchange_id: 'tx-1', image_gen_title: 'Lighthouse' },
        }),
      }),
    );
    expect(r.generations.map((g) => [g.toolMessageId, g.userText, g.capture, g.images[0]?.assetPointer, g.title])).toEqual([
      ['c1', 'a lighthouse at dusk', 'skipped', 'sediment://file_late', 'Lighthouse'],
    ]);
  });

  it('accepts a JSON string, and gives nothing for garbage', () => {
    expect(generationsFromConversation(JSON.stringify(fixtureJson('conversation-2026-async.json'))).generations).toHaveLength(1);
    for (const g of [null, 1, 'nope', [], {}, { mapping: [] }, { mapping: { a: 1 } }, { mapping: { a: { message: 'x' } } }]) {
      expect(generationsFromConversation(g).generations).toEqual([]);
    }
  });
});
