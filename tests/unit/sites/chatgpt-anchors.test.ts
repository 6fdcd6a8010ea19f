// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { ImageGeneration } from '@/lib/capture/chatgpt';
import { anchorImages, fileIdOf, turnAnchor } from '@/lib/sites/chatgpt/anchors';

/** Which generation each image on the page shows — and capture health: an image with no captured call stays unpaired. */
function generation(key: string, asset: string | null, toolMessageId: string): ImageGeneration {
  return {
    key, conversationId: 'c1', toolMessageId, userMessageId: 'u1', userText: 'three apples', previousUserTexts: [], rewrite: 'apples',
    capture: 'rewrite', hiddenContext: [], title: null, thoughts: null,
    images: asset ? [{ assetPointer: asset, width: 1024, height: 1024, messageId: `${toolMessageId}-img` }] : [],
    recipient: 't2uay3k.sj1i4kz', size: null, createdAt: 1, status: 'complete',
  };
}

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const image = (id: string, file: string) => `
  <section data-testid="conversation-turn-2" data-turn="assistant">
    <div id="image-${id}" class="group/imagegen-image">
      <img alt="Generated image: x" src="/backend-api/estuary/content?id=${file}&amp;sig=1" />
      <img aria-hidden="true" src="/backend-api/estuary/content?id=${file}&amp;sig=1" />
    </div>
  </section>`;

describe('ChatGPT image anchors', () => {
  test('the file id in the image URL and in the asset pointer pair an image with its call, whatever the order', () => {
    const doc = page(image('a', 'file_000000001111') + image('b', 'file_000000002222'));
    const anchors = anchorImages(doc, [generation('k2', 'sediment://file_000000002222', 't2'), generation('k1', 'sediment://file_000000001111', 't1')]);
    expect(anchors.map((a) => a.generation?.key)).toEqual(['k1', 'k2']);
    expect(fileIdOf('file-service://file-AbC123')).toBe('file-AbC123');
  });

  test('an image whose call was never captured stays unpaired (the UI then says it could not read the prompt)', () => {
    const doc = page(image('a', 'file_000000001111') + image('b', 'file_000000009999'));
    const anchors = anchorImages(doc, [generation('k1', 'sediment://file_000000001111', 't1')]);
    expect(anchors[0]!.generation?.key).toBe('k1');
    expect(anchors[1]!.generation).toBeNull();
  });

  test('a call with no image is shown on its own turn, never on an unrelated one', () => {
    const doc = page(`<section data-testid="conversation-turn-1"><div data-message-id="t9">refused</div></section>` + image('a', 'file_1'));
    expect(turnAnchor(doc, generation('k9', null, 't9'), false)?.getAttribute('data-testid')).toBe('conversation-turn-1');
    expect(turnAnchor(doc, generation('k8', null, 'elsewhere'), false)).toBeNull();
  });
});
