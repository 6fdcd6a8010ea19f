// npm run bench:capture — main-thread work of the ChatGPT side on a long conversation: a 400-turn, ~5 MB
// conversation GET parsed by the session and every image pair analysed (what the content script does when the
// page loads such a chat), and the MAIN-world tap's gzip size. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { createChatgptSession } from '@/lib/capture/chatgpt-session';
import { analyze } from '@/lib/engine';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const base = JSON.parse(readFileSync(`${ROOT}tests/fixtures/chatgpt/payloads/dalle-apples-2024.json`, 'utf8')) as {
  mapping: Record<string, { id: string; parent: string | null; children: string[]; message: unknown }>;
  current_node: string;
  conversation_id: string;
};

/** Chains copies of the conversation's turns into one long branch, padding assistant text to reach ~5 MB. */
function longConversation(turns: number): string {
  const nodes = Object.values(base.mapping);
  const mapping: Record<string, unknown> = {};
  let parent: string | null = null;
  let last = '';
  const filler = 'A long assistant answer about composition, light and colour. '.repeat(180);
  for (let round = 0; mapping && Object.keys(mapping).length < turns * nodes.length && round < turns; round++) {
    for (const node of nodes) {
      if (!node.message && node.parent === null) continue;
      const id = `${node.id}-${round}`;
      const message = JSON.parse(JSON.stringify(node.message ?? null)) as { id?: string; author?: { role?: string }; content?: { parts?: unknown[] } } | null;
      if (message) {
        message.id = id;
        if (message.author?.role === 'assistant' && message.content?.parts && typeof message.content.parts[0] === 'string') message.content.parts[0] += filler;
      }
      mapping[id] = { id, parent, children: [], message };
      if (parent) (mapping[parent] as { children: string[] }).children.push(id);
      parent = id;
      last = id;
    }
  }
  return JSON.stringify({ ...base, mapping, current_node: last });
}

const text = longConversation(400);
const parse: number[] = [];
const visible: number[] = [];
const all: number[] = [];
let pairs = 0;
for (let run = 0; run < 7; run++) {
  const session = createChatgptSession();
  let start = performance.now();
  session.ingest({ channel: 'conversation', streamId: 'bench', url: `/backend-api/conversation/${base.conversation_id}`, text });
  const generations = session.generations(base.conversation_id);
  parse.push(performance.now() - start);
  // The page analyses only the images it shows (ChatGPT virtualises long threads: a dozen at a time).
  start = performance.now();
  for (const g of generations.slice(-12)) analyze(g.userText, g.rewrite ?? '', { previous: g.previousUserTexts });
  visible.push(performance.now() - start);
  start = performance.now();
  for (const g of generations) analyze(g.userText, g.rewrite ?? '', { previous: g.previousUserTexts });
  all.push(performance.now() - start);
  pairs = generations.length;
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
console.log(`400-turn conversation GET: ${(text.length / 1e6).toFixed(1)} MB, ${pairs} image pairs (Node ${process.version})`);
console.log(`  JSON.parse + tree + pairing: median ${median(parse)} ms (target ≤ 50 ms on the page's thread)`);
console.log(`  analysis of the 12 images on screen: median ${median(visible)} ms; of all ${pairs} (export-like): ${median(all)} ms`);
for (const tap of ['chatgpt-tap', 'gemini-tap']) {
  const path = `${ROOT}.output/chrome-mv3/content-scripts/${tap}.js`;
  if (existsSync(path)) console.log(`  ${tap}.js: ${(gzipSync(readFileSync(path), { level: 9 }).length / 1024).toFixed(1)} kB gzip (target ≤ 5 kB)`);
}
