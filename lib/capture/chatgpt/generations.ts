/**
 * The one place that turns messages linked by parent ids into ImageGenerations: finds image calls and replies,
 * pairs reply → call → user prompt, deduplicates hidden copies and classifies the capture. Used by the tree
 * (GET / export) and by the stream accumulator.
 */
import { nearestStrictAncestor } from './ancestry.ts';
import {
  generatedImagesOf,
  hiddenContextStrings,
  imageDedupeKeys,
  imagePartsOf,
  isFailureReply,
  isImageReply,
  isImageToolName,
  isToolCallCandidate,
  looksLikeImageArgs,
  promptOfArgs,
  readCallArgs,
  thoughtsTextOf,
  type ArgsState,
  type ImagePartInfo,
} from './image-tool.ts';
import { isUserPrompt, metaString, userTextOf, type Msg } from './message.ts';
import type { CaptureClass, ImageGeneration } from './schema.ts';

export interface GraphNode {
  id: string;
  msg: Msg | null;
  parent: string | null;
}

export interface BuildContext {
  conversationId: string | null;
  /** The user message to pair with when a call has no user ancestor (a stream holds one turn only). */
  fallbackUserId?: string | null;
  /** In a live stream a call with no status yet is still streaming; in a stored tree it is not. */
  live?: boolean;
}

export interface BuildResult {
  generations: ImageGeneration[];
  imageCalls: number;
  imageReplies: number;
}

interface CallInfo {
  id: string;
  msg: Msg;
  args: ArgsState;
  /** Confirmed as an image call by its recipient or by its arguments. */
  definite: boolean;
}

interface Entry {
  nodeId: string;
  reply: Msg;
  part: ImagePartInfo;
  hiddenContext: string[];
}

interface Group {
  anchorId: string;
  call: CallInfo | null;
  entries: Entry[];
  failed: boolean;
  hiddenContext: string[];
  title: string | null;
  userId: string | null;
}

const MAX_TURN_WALK = 512;

function titleOf(msg: Msg): string | null {
  return metaString(msg, 'image_gen_title') ?? metaString(msg, 'async_task_title');
}

export function buildGenerations(nodes: readonly GraphNode[], ctx: BuildContext): BuildResult {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n.id)) index.set(n.id, i);
  });
  const nodeOf = (id: string): GraphNode | undefined => {
    const i = index.get(id);
    return i === undefined ? undefined : nodes[i];
  };
  const orderOf = (id: string): number => index.get(id) ?? Number.MAX_SAFE_INTEGER;
  const msgOf = (id: string): Msg | null => nodeOf(id)?.msg ?? null;
  const parentOf = (id: string): string | null => {
    const p = nodeOf(id)?.parent ?? null;
    return p === id ? null : p;
  };
  const isUser = (id: string): boolean => {
    const m = msgOf(id);
    return m !== null && isUserPrompt(m);
  };
  const isCandidate = (id: string): boolean => {
    const m = msgOf(id);
    return m !== null && isToolCallCandidate(m);
  };
  const nearestUser = nearestStrictAncestor(parentOf, isUser);
  const thoughtsMemo = new Map<string, string | null>();
  const thoughtsAt = (id: string): string | null => {
    if (thoughtsMemo.has(id)) return thoughtsMemo.get(id) ?? null;
    const m = msgOf(id);
    const t = m && (m.contentType === 'thoughts' || m.contentType === 'reasoning_recap') ? thoughtsTextOf(m) : null;
    thoughtsMemo.set(id, t);
    return t;
  };
  const nearestStop = nearestStrictAncestor(parentOf, (id) => isUser(id) || isCandidate(id));

  const calls = new Map<string, CallInfo>();
  const callInfo = (id: string): CallInfo | null => {
    const known = calls.get(id);
    if (known) return known;
    const m = msgOf(id);
    if (m === null || !isToolCallCandidate(m)) return null;
    const args = readCallArgs(m);
    const definite = isImageToolName(m.recipient) || (args.state === 'parsed' && looksLikeImageArgs(args.args));
    const info: CallInfo = { id, msg: m, args, definite };
    calls.set(id, info);
    return info;
  };
  // Every candidate is looked at once, so a call with no reply (skipped, failed, pending) is still found.
  const byExchange = new Map<string, CallInfo>();
  for (const n of nodes) {
    if (!n.msg || !isToolCallCandidate(n.msg)) continue;
    const ci = callInfo(n.id);
    const ex = metaString(n.msg, 'turn_exchange_id');
    if (ci?.definite && ex !== null && !byExchange.has(ex)) byExchange.set(ex, ci);
  }

  /** The call a tool message answers: same name first, else (if allowed) the nearest image call of the turn. */
  const pairCall = (nodeId: string, tool: Msg, allowFallback: boolean): CallInfo | null => {
    let cur = nearestStop(nodeId);
    const seen = new Set<string>();
    let fallback: CallInfo | null = null;
    while (cur !== null && !seen.has(cur) && !isUser(cur)) {
      seen.add(cur);
      const ci = callInfo(cur);
      if (ci) {
        if (tool.authorName !== null && ci.msg.recipient === tool.authorName) return ci;
        if (fallback === null && ci.definite) fallback = ci;
      }
      cur = nearestStop(cur);
    }
    if (allowFallback && fallback === null) {
      // A late (async) image stored outside its turn: the shared turn_exchange_id links it to its call.
      const ex = metaString(tool, 'turn_exchange_id');
      if (ex !== null) return byExchange.get(ex) ?? null;
    }
    return allowFallback ? fallback : null;
  };

  // 1. Image replies, visible copies before hidden ones, each paired with its call.
  const toolNodes = nodes.filter((n) => n.msg !== null && n.msg.role === 'tool');
  const replyNodes = toolNodes.filter((n) => n.msg !== null && isImageReply(n.msg));
  replyNodes.sort((a, b) => Number(a.msg?.hidden ?? false) - Number(b.msg?.hidden ?? false));
  const groups = new Map<string, Group>();
  const groupFor = (key: string, anchorId: string, call: CallInfo | null): Group => {
    let g = groups.get(key);
    if (!g) {
      const userId = nearestUser(anchorId) ?? ctx.fallbackUserId ?? null;
      g = { anchorId, call, entries: [], failed: false, hiddenContext: [], title: null, userId };
      groups.set(key, g);
    }
    return g;
  };
  /** Image replies with no call are grouped per user turn. */
  const orphanKey = (nodeId: string): string => `turn:${nearestUser(nodeId) ?? ''}`;
  const seenImages = new Map<string, Entry>();
  const pairedGroup = new Map<string, Group>();

  for (const n of replyNodes) {
    const msg = n.msg as Msg;
    const call = pairCall(n.id, msg, true);
    if (call) call.definite = true;
    const group = call ? groupFor(call.id, call.id, call) : groupFor(orphanKey(n.id), n.id, null);
    pairedGroup.set(n.id, group);
    group.title ??= titleOf(msg);
    for (const part of generatedImagesOf(msg)) {
      const keys = imageDedupeKeys(part);
      if (keys.some((k) => seenImages.has(k))) continue;
      // A hidden copy with nothing to compare by is a duplicate when its group already has a visible image.
      if (msg.hidden && keys.length === 0 && group.entries.some((e) => !e.reply.hidden)) continue;
      const entry: Entry = { nodeId: n.id, reply: msg, part, hiddenContext: [] };
      for (const k of keys) seenImages.set(k, entry);
      group.entries.push(entry);
    }
  }

  // 2. Calls with no image yet (skipped, failed, pending, async) still give one generation.
  for (const ci of calls.values()) if (ci.definite) groupFor(ci.id, ci.id, ci);

  // 3. Other tool messages of the turn: failures, hidden context, titles.
  for (const n of toolNodes) {
    const msg = n.msg as Msg;
    const failure = isFailureReply(msg);
    if (!failure && !msg.hidden && titleOf(msg) === null) continue;
    let group: Group | null = pairedGroup.get(n.id) ?? null;
    if (!pairedGroup.has(n.id)) {
      const imageish = isImageToolName(msg.authorName) || imagePartsOf(msg).length > 0;
      const call = pairCall(n.id, msg, imageish || msg.authorName === null);
      if (call) group = call.definite ? (groups.get(call.id) ?? null) : null;
      else group = imageish ? (groups.get(orphanKey(n.id)) ?? null) : null;
    }
    if (!group) continue;
    if (failure) group.failed = true;
    group.title ??= titleOf(msg);
    if (!msg.hidden) continue;
    const strings = hiddenContextStrings(msg);
    if (strings.length === 0) continue;
    const matched = new Set<Entry>();
    for (const part of imagePartsOf(msg)) {
      for (const k of imageDedupeKeys(part)) {
        const e = seenImages.get(k);
        if (e) matched.add(e);
      }
    }
    if (matched.size > 0) for (const e of matched) pushUnique(e.hiddenContext, strings);
    else pushUnique(group.hiddenContext, strings);
  }

  // Thoughts / reasoning recaps that follow an image (same turn) belong to its group too.
  const replyIds = new Set(replyNodes.map((n) => n.id));
  const nearestAnchor = nearestStrictAncestor(parentOf, (id) => isUser(id) || isCandidate(id) || replyIds.has(id));
  const thoughtsAfter = new Map<Group, string[]>();
  for (const n of nodes) {
    if (n.msg?.contentType !== 'thoughts' && n.msg?.contentType !== 'reasoning_recap') continue;
    const t = thoughtsAt(n.id);
    if (t === null) continue;
    const a = nearestAnchor(n.id);
    if (a === null || isUser(a)) continue;
    const g = pairedGroup.get(a) ?? (callInfo(a)?.definite ? groups.get(a) : undefined);
    if (!g) continue;
    const list = thoughtsAfter.get(g) ?? [];
    list.push(t);
    thoughtsAfter.set(g, list);
  }

  // 4. Pair with the user prompt and emit.
  // The user prompts above a user message, as a shared linked list (linear memory on long threads).
  interface UserLink {
    text: string;
    up: UserLink | null;
  }
  const linkMemo = new Map<string, UserLink | null>();
  /** The chain of user prompts strictly above userId, nearest first. */
  const linkAbove = (userId: string): UserLink | null => {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let cur: string | null = userId;
    while (cur !== null && !linkMemo.has(cur) && !onChain.has(cur)) {
      chain.push(cur);
      onChain.add(cur);
      cur = nearestUser(cur);
    }
    let above: string | null = cur !== null && linkMemo.has(cur) ? cur : null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const id = chain[i] as string;
      let link: UserLink | null = null;
      if (above !== null) {
        const m = msgOf(above);
        link = m ? { text: userTextOf(m), up: linkMemo.get(above) ?? null } : null;
      }
      linkMemo.set(id, link);
      above = id;
    }
    return linkMemo.get(userId) ?? null;
  };
  const previousUserTexts = (userId: string): string[] => {
    const out: string[] = [];
    for (let l = linkAbove(userId); l !== null; l = l.up) out.push(l.text);
    return out.reverse();
  };
  const thoughtsOf = (anchorId: string, after: readonly string[]): string | null => {
    const found: string[] = [];
    let cur = parentOf(anchorId);
    for (let steps = 0; cur !== null && steps < MAX_TURN_WALK && !isUser(cur); steps++) {
      const t = thoughtsAt(cur);
      if (t !== null) found.push(t);
      cur = parentOf(cur);
    }
    found.reverse();
    pushUnique(found, after);
    return found.length > 0 ? found.join('\n\n') : null;
  };

  const out: { order: number; index: number; gen: ImageGeneration }[] = [];
  for (const g of groups.values()) {
    if (!g.call && g.entries.length === 0) continue;
    const call = g.call;
    const first = g.entries[0];
    const toolMessageId = call ? call.msg.id : (first?.reply.id ?? g.anchorId);
    const anchorNode = call ? call.id : (first?.nodeId ?? g.anchorId);
    const userMsg = g.userId !== null ? msgOf(g.userId) : null;
    const args = call?.args ?? null;
    const callPrompt = args ? promptOfArgs(args) : null;
    const skipped = args?.state === 'parsed' && args.args.skipped_mainline === true;
    const streaming =
      call !== null && args?.state !== 'parsed' && (call.msg.status === 'in_progress' || (ctx.live === true && call.msg.status === null));
    const base = {
      conversationId: ctx.conversationId,
      toolMessageId,
      userMessageId: userMsg ? userMsg.id : null,
      userText: userMsg ? userTextOf(userMsg) : '',
      previousUserTexts: g.userId !== null && userMsg ? previousUserTexts(g.userId) : [],
      title: g.title,
      thoughts: thoughtsOf(anchorNode, thoughtsAfter.get(g) ?? []),
      recipient: call?.msg.recipient ?? first?.reply.authorName ?? null,
      size: args?.state === 'parsed' ? (args.args.size ?? null) : null,
      createdAt: call?.msg.createTime ?? first?.reply.createTime ?? null,
      status: streaming ? ('streaming' as const) : ('complete' as const),
    };
    const classify = (rewrite: string | null, hidden: string[], hasImage: boolean): CaptureClass =>
      g.failed && !hasImage
        ? 'failed'
        : rewrite !== null
          ? 'rewrite'
          : hidden.length > 0
            ? 'hidden-context'
            : skipped
              ? 'skipped'
              : 'no-prompt';
    const order = orderOf(anchorNode);
    if (g.entries.length === 0) {
      const hidden = [...g.hiddenContext];
      out.push({
        order,
        index: 0,
        gen: {
          ...base,
          key: `${ctx.conversationId ?? ''}:${toolMessageId}:0`,
          rewrite: callPrompt,
          capture: classify(callPrompt, hidden, false),
          hiddenContext: hidden,
          images: [],
        },
      });
      continue;
    }
    g.entries.forEach((e, i) => {
      const rewrite = e.part.dallePrompt ?? callPrompt;
      const hidden = [...e.hiddenContext];
      pushUnique(hidden, g.hiddenContext);
      out.push({
        order,
        index: i,
        gen: {
          ...base,
          key: `${ctx.conversationId ?? ''}:${toolMessageId}:${i}`,
          rewrite,
          capture: classify(rewrite, hidden, true),
          hiddenContext: hidden,
          images: [{ assetPointer: e.part.assetPointer, width: e.part.width, height: e.part.height, messageId: e.reply.id }],
        },
      });
    });
  }
  out.sort((a, b) => a.order - b.order || a.index - b.index);
  let imageCalls = 0;
  for (const c of calls.values()) if (c.definite) imageCalls++;
  return { generations: out.map((o) => o.gen), imageCalls, imageReplies: replyNodes.length };
}

function pushUnique(into: string[], items: readonly string[]): void {
  for (const s of items) if (!into.includes(s)) into.push(s);
}
