// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { geminiDomDiagnosticsSchema, geminiTurnSchema } from '../../../../lib/capture/gemini/schema.ts';
import { geminiTurnsFromDom, readTurns, readTurnsWithDiagnostics } from '../../../../lib/sites/gemini/read-turns.ts';
import { load } from './dom.ts';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('readTurns: a finished turn with thinking expanded (2025-12 dump, 2026-02 images, JSON jslog)', () => {
  it('reads prompt, answer, thinking, ids, status and the generated image', () => {
    const doc = load('turn-complete-thinking-expanded.html');
    const [turn, ...rest] = readTurns(doc);
    expect(rest).toHaveLength(0);
    expect(turn).toMatchObject({
      key: 'c_d84d56201036955d/r_e05b3acccae0146e',
      conversationId: 'c_d84d56201036955d',
      responseId: 'r_e05b3acccae0146e',
      choiceId: 'rc_30be61f22fe21994',
      userText: '画一张赛博朋克风格的台北夜景：下着雨，霓虹灯在湿漉漉的街道上倒影。\n\n远处是台北101，16:9，不要出现任何文字。',
      answer: '这是你要的赛博朋克台北夜景 🌃，雨夜、霓虹倒影，远处是台北101。',
      thinkingState: 'expanded',
      status: 'complete',
      pending: false,
    });
    expect(turn?.thinking).toBe(
      'Envisioning Cyberpunk Taipei\n\nI\'m focusing on a future Taipei, in a rain-soaked night. I envision neon reflections on wet streets and Taipei 101 in the distance.\n\nRefining the Composition\n\nI\'m keeping the signage abstract so no readable text appears.',
    );
    // The answer excludes the thinking's own message-content, hidden headings, buttons and sources.
    expect(turn?.answer).not.toMatch(/Envisioning|Gemini said|Sources|download/);
    expect(turn?.images).toHaveLength(1);
    expect(turn?.images[0]).toMatchObject({
      index: 0,
      url: 'https://lh3.googleusercontent.com/gg-dl/AOI_d_9x2Qm7yT0kPz3Lw8nVb5cR1sJ4hF6gE0aD2uX7iK9oM3pQ5rS8tU1vW4xY6zA=s1024-rj',
      responseId: 'r_e05b3acccae0146e',
      conversationId: 'c_d84d56201036955d',
      choiceId: 'rc_30be61f22fe21994',
      jslogFormat: 'json',
    });
    expect(turn?.images[0]?.element.tagName).toBe('IMG');
    expect(turn?.images[0]?.host.tagName).toBe('SINGLE-IMAGE');
    expect(turn?.modelElement?.tagName).toBe('MODEL-RESPONSE');
    expect(turn?.answerElement?.classList.contains('markdown-main-panel')).toBe(true);
    expect(turn?.answerElement?.closest('model-thoughts')).toBeNull();
  });

  it('never clicks the thinking open or closed', () => {
    const doc = load('turn-complete-thinking-collapsed.html');
    let clicks = 0;
    doc.addEventListener('click', () => clicks++, true);
    readTurns(doc);
    expect(clicks).toBe(0);
    expect(doc.querySelector('[data-test-id="thoughts-content"]')).toBeNull();
  });
});

describe('readTurns: thinking collapsed, 2026-07 blob images with base64 jslog', () => {
  it('has no thinking text, and reads both images with ids from the base64 jslog', () => {
    const [turn] = readTurns(load('turn-complete-thinking-collapsed.html'));
    expect(turn).toMatchObject({
      key: 'c_7c496aa384bede38/r_125c18fcc28d0810',
      choiceId: 'rc_d1b6e20e193e83d1',
      userText: 'Two watercolor foxes in fresh snow, one red and one arctic white, square, no text',
      answer: 'Here are two watercolor foxes in the snow.',
      thinking: null,
      thinkingState: 'collapsed',
      status: 'complete',
    });
    expect(turn?.images.map((i) => [i.index, i.url, i.src?.startsWith('blob:'), i.jslogFormat, i.responseId])).toEqual([
      [0, null, true, 'base64', 'r_125c18fcc28d0810'],
      [1, null, true, 'base64', 'r_125c18fcc28d0810'],
    ]);
  });
});

describe('readTurns: streaming and pending', () => {
  it('marks the running turn streaming (spinner, no footer, stop button) while an image is already shown', () => {
    const turns = readTurns(load('turn-streaming.html'));
    expect(turns.map((t) => t.status)).toEqual(['complete', 'streaming']);
    expect(turns[1]).toMatchObject({
      key: 'c_66fc1629be0bc83a/r_bc98137b61ada92c',
      answer: 'Đây là ngọn hải đăng',
      thinkingState: 'collapsed',
      thinking: null,
    });
    expect(turns[1]?.images).toHaveLength(1);
  });

  it('reads aria-busy as streaming', () => {
    const doc = load('turn-complete-thinking-collapsed.html');
    doc.querySelector('.response-footer')?.classList.remove('complete');
    doc.querySelector('message-actions')?.remove();
    doc.querySelector('response-container')?.setAttribute('aria-busy', 'true');
    expect(readTurns(doc)[0]?.status).toBe('streaming');
  });

  it('reads the pending-request placeholder as a streaming turn without ids, after the previous turn', () => {
    const turns = readTurns(load('turn-pending.html'));
    expect(turns.map((t) => [t.pending, t.status, t.key, t.userText])).toEqual([
      [false, 'complete', 'c_d84d56201036955d/r_e05b3acccae0146e', '画一只猫'],
      [true, 'streaming', null, '再画一只狗，同样的风格'],
    ]);
    expect(turns[1]?.modelElement).toBeNull();
    // The pending turn has no key, so it is not a GeminiTurn yet; its prompt still counts as previous text.
    expect(geminiTurnsFromDom(turns)).toHaveLength(1);
  });
});

describe('readTurns: images that are not generated', () => {
  it('does not count web search images, web hero attachments, inline web images or favicons', () => {
    const { turns, diagnostics } = readTurnsWithDiagnostics(load('turn-web-search-images.html'));
    expect(turns).toHaveLength(1);
    expect(turns[0]?.images).toEqual([]);
    expect(turns[0]?.answer).toBe(
      'Here are some photos of Taipei 101 at night.\n\nThe tower is lit in a different colour each day of the week.',
    );
    expect(diagnostics.excludedImages).toBe(5);
    expect(diagnostics.generatedImages).toBe(0);
  });
});

describe('readTurns: several turns, ids without jslog', () => {
  it('keeps document order, reads ids from container/message-content ids, and fills previousUserTexts', () => {
    const turns = readTurns(load('conversation-multi.html'), { conversationId: '26dfc929fd75fe3d' });
    expect(turns.map((t) => t.key)).toEqual([
      'c_26dfc929fd75fe3d/r_b6eb23222c6b10a2',
      'c_26dfc929fd75fe3d/r_a23872877afd8022',
      'c_26dfc929fd75fe3d/r_f1e2d3c4b5a69788',
    ]);
    expect(turns[1]?.answer).toBe('Here is the watercolor version.\n\nsoft edges\npaper texture');
    expect(turns[1]?.choiceId).toBe('rc_27a9438ecdf0a13d');
    const gemini = geminiTurnsFromDom(turns);
    expect(gemini.map((t) => t.previousUserTexts)).toEqual([
      [],
      ['画一只戴着宇航员头盔的橘猫，坐在月球上'],
      ['画一只戴着宇航员头盔的橘猫，坐在月球上', 'Make it a watercolor painting instead'],
    ]);
    for (const t of gemini) {
      expect(geminiTurnSchema.parse(t)).toEqual(t);
      expect(t.source).toBe('dom');
    }
  });

  it('reads a single container passed as the root', () => {
    const doc = load('conversation-multi.html');
    const second = doc.querySelectorAll('.conversation-container')[1] as Element;
    expect(readTurns(second).map((t) => t.responseId)).toEqual(['r_a23872877afd8022']);
  });
});

describe('readTurns: broken and partial DOM', () => {
  it('does not throw on broken markup and reads what it can', () => {
    const { turns, diagnostics } = readTurnsWithDiagnostics(load('broken.html'));
    expect(geminiDomDiagnosticsSchema.parse(diagnostics)).toEqual(diagnostics);
    expect(diagnostics.jslog.undecodable).toBeGreaterThanOrEqual(1);
    for (const t of turns) {
      expect(t.key === null || /^(c_|-)/.test(t.key)).toBe(true);
      for (const image of t.images) expect(image.url).toBeNull();
    }
    const withUser = turns.find((t) => t.userText.includes('first line'));
    expect(withUser?.userText).toMatch(/first line\nsecond line/);
    expect(withUser?.responseId).toBeNull();
  });

  it('reads partial turns: answer without prompt, prompt with thoughts but no answer, a stray query', () => {
    const turns = readTurns(load('partial.html'));
    expect(turns.map((t) => [t.responseId, t.userText, t.answer, t.thinkingState])).toEqual([
      ['r_0a0b0c0d0e0f1011', '', 'An answer whose prompt scrolled out.', 'absent'],
      ['r_2122232425262728', 'A lighthouse at dusk', '', 'collapsed'],
      [null, 'a stray query outside the history', '', 'absent'],
    ]);
  });

  it('returns nothing for an empty or unrelated document', () => {
    expect(readTurns(document)).toEqual([]);
    document.body.innerHTML = '<div><p>hello</p><img src="x.png"></div>';
    expect(readTurns(document)).toEqual([]);
    expect(readTurns(document.createDocumentFragment())).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('record which selector alternatives matched, without user content', () => {
    const { diagnostics } = readTurnsWithDiagnostics(load('turn-complete-thinking-expanded.html'));
    expect(diagnostics.selectorHits).toMatchObject({ userQuery: 0, modelResponse: 0, answerText: 0, thoughts: 0, responseComplete: 0 });
    expect(diagnostics).toMatchObject({ turns: 1, thoughts: { expanded: 1 }, generatedImages: 1, statuses: { complete: 1 } });
    const text = JSON.stringify(diagnostics);
    for (const secret of ['台北', 'Envisioning', 'googleusercontent', 'r_e05b']) expect(text).not.toContain(secret);
  });
});

describe('readTurns: a lone model-response as the root', () => {
  it('reads it as a turn without a prompt', () => {
    const doc = load('turn-complete-thinking-collapsed.html');
    const model = doc.querySelector('model-response') as Element;
    expect(readTurns(model).map((t) => [t.responseId, t.images.length])).toEqual([['r_125c18fcc28d0810', 2]]);
  });
});
