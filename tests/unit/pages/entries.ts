/** Test helpers: history entries made by the real engine, and a synthetic ChatGPT export with a DALL-E tree. */
import { analyze } from '../../../lib/engine';
import type { HistoryEntry } from '../../../lib/store/history';

export function entryOf(
  id: string,
  userText: string,
  rewrite: string | null,
  patch: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    id,
    site: 'chatgpt',
    conversationId: 'conv-1',
    createdAt: Date.UTC(2025, 0, 15, 9, 30),
    capturedAt: Date.UTC(2025, 0, 15, 9, 31),
    userText,
    previous: [],
    rewrite,
    capture: rewrite === null ? 'no-prompt' : 'rewrite',
    compare: rewrite === null ? 'none' : 'rewrite',
    analysis: analyze(userText, rewrite ?? ''),
    title: null,
    checks: {},
    ...patch,
  };
}

export const APPLES = entryOf(
  'chatgpt:conv-1:msg-1:0',
  'Draw 3 red apples on a wooden table, no people',
  'A still life of two green apples on a table with a person in the background',
);
export const CAT = entryOf(
  'chatgpt:conv-2:msg-9:0',
  '画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字',
  'An orange cat sleeping under a cherry blossom tree, watercolor style',
  { site: 'gemini', conversationId: 'conv-2', createdAt: Date.UTC(2025, 0, 16, 12), capturedAt: Date.UTC(2025, 0, 16, 12) },
);
export const UNCHECKED = entryOf('import:conv-3:msg-2:0', 'A blue bicycle leaning on a fence', null, { site: 'import', conversationId: 'conv-3' });

let node = 0;
interface Node {
  id: string;
  message: unknown;
  parent: string | null;
  children: string[];
}

/** A DALL-E era conversation: user → assistant call to dalle.text2im with a JSON prompt → tool reply with the image. */
export function dalleConversation(id: string, turns: { user: string; prompt: string | null; time: number }[], title = 'Test'): unknown {
  const mapping: Record<string, Node> = {};
  const add = (message: unknown, parent: string | null): string => {
    const key = `${id}-n${node++}`;
    mapping[key] = { id: key, message: message === null ? null : { id: key, ...(message as object) }, parent, children: [] };
    if (parent) mapping[parent]!.children.push(key);
    return key;
  };
  let last = add(null, null);
  last = add({ author: { role: 'system', name: null, metadata: {} }, create_time: null, content: { content_type: 'text', parts: [''] },
    status: 'finished_successfully', weight: 0, metadata: { is_visually_hidden_from_conversation: true }, recipient: 'all' }, last);
  for (const turn of turns) {
    last = add({ author: { role: 'user', name: null, metadata: {} }, create_time: turn.time, content: { content_type: 'text', parts: [turn.user] },
      status: 'finished_successfully', weight: 1, metadata: {}, recipient: 'all' }, last);
    if (turn.prompt === null) {
      last = add({ author: { role: 'assistant', name: null, metadata: {} }, create_time: turn.time + 1,
        content: { content_type: 'text', parts: ['Sure, here is a poem instead.'] }, status: 'finished_successfully', end_turn: true,
        weight: 1, metadata: {}, recipient: 'all' }, last);
      continue;
    }
    last = add({ author: { role: 'assistant', name: null, metadata: {} }, create_time: turn.time + 1,
      content: { content_type: 'text', parts: [JSON.stringify({ size: '1024x1024', prompt: turn.prompt })] },
      status: 'finished_successfully', weight: 1, metadata: { model_slug: 'gpt-4o' }, recipient: 'dalle.text2im' }, last);
    last = add({ author: { role: 'tool', name: 'dalle.text2im', metadata: {} }, create_time: turn.time + 20,
      content: { content_type: 'multimodal_text', parts: [{ content_type: 'image_asset_pointer', asset_pointer: `file-service://file-${id}${node}`,
        size_bytes: 1000, width: 1024, height: 1024, fovea: 512,
        metadata: { dalle: { gen_id: `g${node}`, prompt: turn.prompt, seed: 1, parent_gen_id: null, edit_op: null, serialization_title: 'DALL-E generation metadata' } } }] },
      status: 'finished_successfully', weight: 1, metadata: {}, recipient: 'all' }, last);
    last = add({ author: { role: 'assistant', name: null, metadata: {} }, create_time: turn.time + 21,
      content: { content_type: 'text', parts: ['Here is your image.'] }, status: 'finished_successfully', end_turn: true, weight: 1,
      metadata: {}, recipient: 'all' }, last);
  }
  return { title, create_time: turns[0]?.time ?? 0, update_time: null, mapping, current_node: last, conversation_id: id, id };
}
