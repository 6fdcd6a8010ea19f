import { describe, expect, it } from 'vitest';
import { generationsFromConversation } from '../../../../lib/capture/chatgpt/tree.ts';

/** A 400-turn conversation of about 5 MB: thoughts, image calls every other turn, regenerations every 10th. */
function bigConversation(turns: number, bulk: number, imageEvery = 2) {
  const mapping: Record<string, { id: string; parent: string | null; children: string[]; message: unknown }> = {};
  const add = (id: string, parent: string | null, message: unknown) => {
    mapping[id] = { id, parent, children: [], message };
    if (parent) mapping[parent]?.children.push(id);
  };
  const filler = (n: number, seed: number) => `word${seed} `.repeat(Math.ceil(n / 8)).slice(0, n);
  add('root', null, null);
  let parent = 'root';
  for (let t = 0; t < turns; t++) {
    const u = `u${t}`;
    add(u, parent, { id: u, author: { role: 'user' }, content: { content_type: 'text', parts: [filler(bulk, t)] }, status: 'finished_successfully', metadata: {} });
    const th = `th${t}`;
    add(th, u, { id: th, author: { role: 'assistant' }, content: { content_type: 'thoughts', thoughts: [{ summary: 'Thinking', content: filler(bulk, t + 1) }] }, metadata: {} });
    let last = th;
    const branches = t % 10 === 0 ? 2 : 1;
    for (let b = 0; b < branches; b++) {
      if (t % imageEvery === 0) {
        const c = `c${t}_${b}`;
        add(c, th, { id: c, author: { role: 'assistant' }, recipient: 't2uay3k.sj1i4kz', status: 'finished_successfully', content: { content_type: 'text', parts: [JSON.stringify({ prompt: filler(bulk / 2, t), size: '1024x1024', n: 1 })] }, metadata: {} });
        const img = `i${t}_${b}`;
        add(img, c, { id: img, author: { role: 'tool', name: 't2uay3k.sj1i4kz' }, content: { content_type: 'multimodal_text', parts: [{ content_type: 'image_asset_pointer', asset_pointer: `sediment://file_${t}_${b}`, width: 1024, height: 1024, metadata: { dalle: { gen_id: `g${t}_${b}`, prompt: '' }, generation: { gen_id: `g${t}_${b}` } } }] }, metadata: { image_gen_title: `Title ${t}` } });
        last = img;
      }
      const a = `a${t}_${b}`;
      add(a, last, { id: a, author: { role: 'assistant' }, recipient: 'all', content: { content_type: 'text', parts: [filler(bulk * 3, t)] }, status: 'finished_successfully', metadata: {} });
      if (b === branches - 1) parent = a;
    }
  }
  return { conversation_id: 'big', current_node: parent, mapping };
}

describe('performance', () => {
  it('parses a 400-turn, ~5 MB tree (time printed, not asserted)', () => {
    const conv = bigConversation(400, 2300);
    const mb = JSON.stringify(conv).length / 1e6;
    generationsFromConversation(conv); // warm-up
    const runs: number[] = [];
    let count = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      count = generationsFromConversation(conv).generations.length;
      runs.push(performance.now() - t0);
    }
    console.log(`400 turns, ${mb.toFixed(1)} MB: ${count} generations, median ${runs.sort((a, b) => a - b)[2]?.toFixed(1)} ms`);
    expect(count).toBe(240); // 200 image turns + 40 regenerated ones
  });

  it('handles a 20,000-turn chain without deep recursion', () => {
    const conv = bigConversation(20_000, 10, 100);
    const t0 = performance.now();
    const r = generationsFromConversation(conv);
    console.log(`20,000 turns: ${r.generations.length} generations in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(r.generations.at(-1)?.previousUserTexts).toHaveLength(19_900);
  });
});
