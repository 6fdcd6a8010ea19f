/**
 * generationsFromConversation: the image generations of a conversation tree, as returned by
 * GET /backend-api/conversation/{id} and as stored in data exports (mapping + current_node). Every branch counts.
 */
import { z } from 'zod';
import { buildGenerations, type GraphNode } from './generations.ts';
import { AnyRecord, isRecord, toMsg } from './message.ts';
import { emptyShapes, type CaptureShapes, type ImageGeneration } from './schema.ts';
import { countGenerations, countMessage } from './shapes.ts';

const Envelope = z.object({
  mapping: AnyRecord,
  conversation_id: z.string().nullable().optional().catch(null),
  id: z.string().nullable().optional().catch(null),
  title: z.string().nullable().optional().catch(null),
  current_node: z.string().nullable().optional().catch(null),
  create_time: z.number().nullable().optional().catch(null),
});

/** A mapping node {message, parent, children}: checked by hand, it is the hot path of a 5 MB tree. */
function mappingNode(v: unknown): { message: unknown; parent: string | null; children: string[] } | null {
  if (!isRecord(v)) return null;
  const parent = typeof v.parent === 'string' && v.parent !== '' ? v.parent : null;
  const children = Array.isArray(v.children) ? v.children.filter((c): c is string => typeof c === 'string') : [];
  return { message: v.message, parent, children };
}

export interface ConversationGenerations {
  conversationId: string | null;
  title: string | null;
  /** Epoch seconds of the conversation (create_time), if present. */
  createdAt: number | null;
  generations: ImageGeneration[];
  shapes: CaptureShapes;
}

/** Total: any input gives a result; garbage gives no generations. A JSON string is parsed first. */
export function generationsFromConversation(json: unknown): ConversationGenerations {
  const shapes = emptyShapes();
  const empty: ConversationGenerations = { conversationId: null, title: null, createdAt: null, generations: [], shapes };
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      shapes.invalid++;
      return empty;
    }
  }
  const env = Envelope.safeParse(value);
  if (!env.success) {
    shapes.invalid++;
    return empty;
  }
  const conversationId = env.data.conversation_id ?? env.data.id ?? null;
  const raw = new Map<string, GraphNode & { children: string[] }>();
  for (const [key, v] of Object.entries(env.data.mapping)) {
    const n = mappingNode(v);
    if (!n) {
      shapes.invalid++;
      continue;
    }
    shapes.nodes++;
    const msg = n.message == null ? null : toMsg(n.message, key);
    if (n.message != null && msg === null) shapes.invalid++;
    if (msg) countMessage(shapes, msg);
    raw.set(key, { id: key, msg, parent: n.parent, children: n.children });
  }
  const nodes = treeOrder(raw);
  const built = buildGenerations(nodes, { conversationId });
  shapes.imageCalls = built.imageCalls;
  shapes.imageReplies = built.imageReplies;
  countGenerations(shapes, built.generations);
  return {
    conversationId,
    title: env.data.title ?? null,
    createdAt: env.data.create_time ?? null,
    generations: built.generations,
    shapes,
  };
}

/** Depth-first pre-order from the roots, following children in order (iterative), then any unreached node. */
function treeOrder(raw: Map<string, GraphNode & { children: string[] }>): GraphNode[] {
  const out: GraphNode[] = [];
  const done = new Set<string>();
  const visit = (rootId: string): void => {
    const stack = [rootId];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (done.has(id)) continue;
      const n = raw.get(id);
      if (!n) continue;
      done.add(id);
      out.push({ id: n.id, msg: n.msg, parent: n.parent });
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i] as string;
        if (!done.has(c) && raw.get(c)?.parent === id) stack.push(c);
      }
    }
  };
  for (const n of raw.values()) if (n.parent === null || !raw.has(n.parent)) visit(n.id);
  for (const n of raw.values()) if (!done.has(n.id)) visit(n.id);
  return out;
}

