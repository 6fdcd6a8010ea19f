// @vitest-environment happy-dom
// Property tests: readTurns is total on arbitrary trees built from Gemini's own vocabulary, never reports an image
// from a web-search/upload/thoughts scope, and what it reports always fits the GeminiTurn schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geminiDomDiagnosticsSchema, geminiTurnSchema } from '../../../../lib/capture/gemini/schema.ts';
import { geminiTurnsFromDom, readTurnsWithDiagnostics } from '../../../../lib/sites/gemini/read-turns.ts';
import { SELECTORS } from '../../../../lib/sites/gemini/selectors.ts';
import { html } from './dom.ts';

const TAGS = [
  'div', 'span', 'p', 'img', 'button', 'ul', 'li', 'br', 'b',
  'user-query', 'model-response', 'message-content', 'model-thoughts', 'response-container', 'pending-request',
  'generated-image', 'single-image', 'response-element', 'sources-list', 'mat-icon', 'gem-icon-button', 'infinite-scroller',
];
const CLASSES = [
  'conversation-container', 'query-text', 'query-text-line', 'markdown', 'markdown-main-panel', 'response-footer', 'complete',
  'attachment-container', 'generated-images', 'search-images', 'thoughts-content', 'image-button', 'image', 'cdk-visually-hidden',
  'avatar_spinner_animation', 'stop', 'send-button', 'inline-image-container',
];
const ATTRS: Array<[string, fc.Arbitrary<string>]> = [
  ['id', fc.constantFrom('e05b3acccae0146e', 'message-content-id-r_e05b3acccae0146e', 'x', '')],
  ['jslog', fc.constantFrom(
    '1;BardVeMetadataKey:[["r_e05b3acccae0146e","c_d84d56201036955d",null,"rc_30be61f22fe21994"]]',
    '1;BardVeMetadataKey:W1sicl8xMjVjMThmY2MyOGQwODEwIiwiY183YzQ5NmFhMzg0YmVkZTM4IixudWxsLCJyY19kMWI2ZTIwZTE5M2U4M2QxIl1d',
    '1;BardVeMetadataKey:bm90IGpzb24=',
    'garbage',
  )],
  ['data-image-attachment-index', fc.constantFrom('0', '1', '-1', 'x')],
  ['data-full-size-image-uri', fc.constant('https://example.com/a.jpg')],
  ['src', fc.constantFrom('blob:https://gemini.google.com/1', 'https://lh3.googleusercontent.com/gg-dl/x=s1024-rj', 'data:,', '')],
  ['alt', fc.constantFrom(', AI generated', '')],
  ['aria-busy', fc.constantFrom('true', 'false')],
  ['style', fc.constantFrom('opacity: 0; visibility: hidden;', 'opacity: 1')],
  ['data-test-draft-id', fc.constantFrom('rc_30be61f22fe21994', 'nope')],
  ['data-test-id', fc.constantFrom('thoughts-content', 'copy-button', 'chat-history-container')],
];

interface Spec {
  tag: string;
  classes: string[];
  attrs: Array<[string, string]>;
  text: string;
  children: Spec[];
}

function treeOfDepth(depth: number): fc.Arbitrary<Spec> {
  return fc.record({
    tag: fc.constantFrom(...TAGS),
    classes: fc.subarray(CLASSES, { maxLength: 3 }),
    attrs: fc.array(fc.oneof(...ATTRS.map(([name, value]) => value.map((v) => [name, v] as [string, string]))), { maxLength: 3 }),
    text: fc.oneof(fc.constant(''), fc.string({ maxLength: 12 })),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOfDepth(depth - 1), { maxLength: 3 }),
  });
}
const tree = treeOfDepth(6);

function build(spec: Spec): Element {
  const el = document.createElement(spec.tag);
  for (const c of spec.classes) el.classList.add(c);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  if (spec.text !== '') el.appendChild(document.createTextNode(spec.text));
  for (const child of spec.children) el.appendChild(build(child));
  return el;
}

const excluded = SELECTORS.excludedImageScopes.join(', ');

describe('readTurns on arbitrary trees', () => {
  it('never throws, reports schema-valid turns, and never an image from an excluded scope', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (specs) => {
        document.body.replaceChildren(...specs.map(build));
        const { turns, diagnostics } = readTurnsWithDiagnostics(document);
        geminiDomDiagnosticsSchema.parse(diagnostics);
        for (const t of turns) {
          expect(['streaming', 'complete']).toContain(t.status);
          expect(t.key === null || /^(c_[A-Za-z0-9_-]+|-)\/(r|rc)_[A-Za-z0-9_-]+$/.test(t.key)).toBe(true);
          for (const image of t.images) {
            expect(image.element.tagName).toBe('IMG');
            let node: Element | null = image.element;
            while (node !== null && node !== t.modelElement) {
              expect(node.matches(excluded), `image inside ${node.tagName}`).toBe(false);
              node = node.parentElement;
            }
            expect(image.url === null || /^https?:\/\//.test(image.url)).toBe(true);
          }
        }
        for (const t of geminiTurnsFromDom(turns)) geminiTurnSchema.parse(t);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any fixture cut at an arbitrary point (partial, unclosed markup)', () => {
    const sources = ['turn-complete-thinking-expanded.html', 'turn-complete-thinking-collapsed.html', 'turn-streaming.html', 'turn-web-search-images.html'].map(html);
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (which, fraction) => {
        const source = sources[which] as string;
        document.body.innerHTML = source.slice(0, Math.floor(source.length * fraction));
        const { turns } = readTurnsWithDiagnostics(document);
        for (const t of geminiTurnsFromDom(turns)) geminiTurnSchema.parse(t);
      }),
      { numRuns: 200 },
    );
  });
});
