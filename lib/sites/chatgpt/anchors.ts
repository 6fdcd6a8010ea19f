import type { ImageGeneration } from '@/lib/capture/chatgpt';
import { closestAny, queryAllFirst, SELECTORS } from './selectors';

/** Generated images on the page and the generation each one shows. DOM only; no payload knowledge beyond ids. */
export interface ImageAnchor {
  container: Element;
  src: string;
  generation: ImageGeneration | null;
}

/** file_00000000abc / file-AbC123: the id both the image URL and the asset pointer carry. */
export function fileIdOf(text: string | null | undefined): string | null {
  if (!text) return null;
  // "file-service://file-AbC…" (DALL-E) names the id after its scheme, which also starts with "file-".
  const match = /(file[_-](?!service\b)[A-Za-z0-9]+)/.exec(text);
  return match ? match[1]! : null;
}

export function findImageContainers(root: ParentNode): Element[] {
  const containers = queryAllFirst(root, SELECTORS.imageContainer);
  if (containers.length) return containers;
  // Fallback: the parent of each visible generated image.
  return queryAllFirst(root, SELECTORS.generatedImage).map((img) => img.parentElement).filter((el): el is HTMLElement => !!el);
}

function messageIdsAround(container: Element): string[] {
  const turn = closestAny(container, SELECTORS.turn) ?? container.parentElement;
  if (!turn) return [];
  const ids = new Set<string>();
  for (const element of [turn, ...turn.querySelectorAll('[data-message-id],[data-turn-id],li[data-message-role][id]')]) {
    for (const name of ['data-message-id', 'data-turn-id', 'id']) {
      const value = element.getAttribute(name);
      if (value) ids.add(value);
    }
  }
  return [...ids];
}

/** Pairs each image on the page with its generation: by file id, then by message id, then by order. */
export function anchorImages(root: ParentNode, generations: ImageGeneration[]): ImageAnchor[] {
  const anchors: ImageAnchor[] = findImageContainers(root).map((container) => {
    const img = container.querySelector('img[alt^="Generated image"]:not([aria-hidden="true"])') ?? container.querySelector('img');
    return { container, src: img?.getAttribute('src') ?? '', generation: null };
  });
  const used = new Set<string>();
  const byFile = new Map<string, ImageGeneration>();
  for (const generation of generations) {
    const id = fileIdOf(generation.images[0]?.assetPointer);
    if (id) byFile.set(id, generation);
  }
  for (const anchor of anchors) {
    const generation = byFile.get(fileIdOf(anchor.src) ?? fileIdOf(anchor.container.id) ?? '');
    if (generation && !used.has(generation.key)) {
      anchor.generation = generation;
      used.add(generation.key);
    }
  }
  for (const anchor of anchors) {
    if (anchor.generation) continue;
    const ids = messageIdsAround(anchor.container);
    const generation = generations.find((g) => !used.has(g.key) && g.images.length &&
      (ids.includes(g.toolMessageId) || ids.includes(g.images[0]!.messageId)));
    if (generation) {
      anchor.generation = generation;
      used.add(generation.key);
    }
  }
  const left = anchors.filter((anchor) => !anchor.generation);
  const unused = generations.filter((g) => !used.has(g.key) && g.images.length);
  if (left.length && left.length === unused.length) left.forEach((anchor, index) => (anchor.generation = unused[index]!));
  return anchors;
}

/** Where to show a generation that has no image on the page (still streaming, failed): its turn, else the last one. */
export function turnAnchor(root: ParentNode, generation: ImageGeneration, orLastTurn: boolean): Element | null {
  for (const id of [generation.toolMessageId, generation.images[0]?.messageId]) {
    if (!id) continue;
    const message = root.querySelector(`[data-message-id="${CSS.escape(id)}"]`);
    if (message) return closestAny(message, SELECTORS.turn) ?? message;
  }
  if (!orLastTurn) return null; // a call of another branch, or one whose turn is scrolled away: nowhere to show it
  const turns = queryAllFirst(root, SELECTORS.turn);
  return turns.length ? turns[turns.length - 1]! : null;
}
