/**
 * ChatGPT's "v1" delta encoding: {p, o, v, c} records (JSON-pointer path, op, value, channel) applied in order
 * to one root object per channel, with carry-forward of p/o (per channel) and c. Ops: add, append, replace, remove, truncate,
 * patch (a list of sub-ops). Safe on garbage: unknown ops, bad paths and prototype keys are ignored.
 */
import { isRecord } from './message.ts';

export interface DeltaState {
  /** One root object per channel `c` (a {message, conversation_id, error} envelope). */
  roots: Map<string, unknown>;
  /** The last path and op, per channel (carried forward to records that omit them). */
  last: Map<string, { p: string | null; o: string | null }>;
  lastC: string;
}

export function createDeltaState(): DeltaState {
  return { roots: new Map(), last: new Map(), lastC: '0' };
}

const OPS = new Set(['add', 'append', 'replace', 'remove', 'truncate', 'patch']);
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
const MAX_PATCH = 10_000;

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

/** "/message/content/parts/0" → ["message","content","parts","0"]; null when malformed or unsafe. */
export function parsePointer(p: string): string[] | null {
  if (p === '') return [];
  if (!p.startsWith('/')) return null;
  const keys = p
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  return keys.some((k) => FORBIDDEN.has(k)) ? null : keys;
}

function arrayIndex(arr: unknown[], key: string, forInsert: boolean): number | null {
  if (key === '-') return forInsert ? arr.length : null;
  if (!/^(0|[1-9]\d{0,8})$/.test(key)) return null;
  const i = Number(key);
  return i < arr.length || (forInsert && i === arr.length) ? i : null;
}

function getOwn(c: Container, key: string): unknown {
  if (Array.isArray(c)) {
    const i = arrayIndex(c, key, false);
    return i === null ? undefined : c[i];
  }
  return Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined;
}

function setOwn(c: Container, key: string, v: unknown, insert: boolean): void {
  if (Array.isArray(c)) {
    const i = arrayIndex(c, key, true);
    if (i === null) return;
    if (insert) c.splice(i, 0, v);
    else c[i] = v;
    return;
  }
  c[key] = v;
}

function mergeInto(target: Record<string, unknown>, v: Record<string, unknown>): void {
  for (const [k, val] of Object.entries(v)) if (!FORBIDDEN.has(k)) target[k] = val;
}

function applyOne(state: DeltaState, channel: string, p: string, o: string, v: unknown): void {
  const keys = parsePointer(p);
  if (keys === null) return;
  if (keys.length === 0) {
    const root = state.roots.get(channel);
    if (o === 'add' || o === 'replace') state.roots.set(channel, v);
    else if (o === 'append' && isRecord(root) && isRecord(v)) mergeInto(root, v);
    else if (o === 'remove') state.roots.delete(channel);
    return;
  }
  const creating = o === 'add' || o === 'replace' || o === 'append';
  let root = state.roots.get(channel);
  if (!isContainer(root)) {
    if (!creating) return;
    root = {};
    state.roots.set(channel, root);
  }
  let parent: Container = root as Container;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i] as string;
    let child = getOwn(parent, k);
    if (!isContainer(child)) {
      if (!creating) return;
      child = /^\d+$/.test(keys[i + 1] as string) ? [] : {};
      setOwn(parent, k, child, false);
      if (getOwn(parent, k) !== child) return;
    }
    parent = child as Container;
  }
  const last = keys[keys.length - 1] as string;
  const cur = getOwn(parent, last);
  switch (o) {
    case 'append':
      if (typeof cur === 'string' && typeof v === 'string') setOwn(parent, last, cur + v, false);
      else if (Array.isArray(cur)) {
        if (Array.isArray(v)) for (const x of v) cur.push(x);
        else cur.push(v);
      } else if (isRecord(cur) && isRecord(v)) mergeInto(cur, v);
      else if (cur === undefined || cur === null) setOwn(parent, last, v, false);
      return;
    case 'add':
      setOwn(parent, last, v, Array.isArray(parent));
      return;
    case 'replace':
      setOwn(parent, last, v, false);
      return;
    case 'remove':
      if (Array.isArray(parent)) {
        const i = arrayIndex(parent, last, false);
        if (i !== null) parent.splice(i, 1);
      } else if (Object.prototype.hasOwnProperty.call(parent, last)) delete parent[last];
      return;
    case 'truncate':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return;
      if (typeof cur === 'string') setOwn(parent, last, cur.slice(0, v), false);
      else if (Array.isArray(cur) && v < cur.length) cur.length = v;
      return;
  }
}

/**
 * Applies one delta record. Returns the channel it touched, or null when the record is not a delta.
 * A bare {"v": {"message": …}, "c": N} installs a new root; a bare {"v": "…"} continues the last op.
 */
export function applyDelta(state: DeltaState, rec: Record<string, unknown>): string | null {
  if (!Object.prototype.hasOwnProperty.call(rec, 'v') && rec.o !== 'remove') return null;
  const c = rec.c;
  if ((typeof c === 'number' && Number.isFinite(c)) || typeof c === 'string') state.lastC = String(c);
  const channel = state.lastC;
  const v = rec.v;
  let p = typeof rec.p === 'string' ? rec.p : null;
  let o = typeof rec.o === 'string' ? rec.o : null;
  if (o !== null && !OPS.has(o)) return null;
  const last = state.last.get(channel) ?? { p: null, o: null };
  if (p === null && o === null && isRecord(v) && isRecord(v.message)) {
    p = '';
    o = 'add';
  }
  if (o === 'patch') {
    if (!Array.isArray(v)) return null;
    let subP = last.p;
    let subO = last.o;
    for (const op of v.slice(0, MAX_PATCH)) {
      if (!isRecord(op)) continue;
      if (typeof op.p === 'string') subP = op.p;
      if (typeof op.o === 'string' && OPS.has(op.o) && op.o !== 'patch') subO = op.o;
      if (subP === null || subO === null) continue;
      applyOne(state, channel, subP, subO, op.v);
    }
    state.last.set(channel, { p: subP, o: subO });
    return channel;
  }
  p ??= last.p;
  o ??= last.o ?? (typeof v === 'string' ? 'append' : null);
  if (p === null || o === null) return null;
  // A root is an envelope object: a string or number can only continue a path inside it.
  if (p === '' && (o === 'add' || o === 'replace') && !isRecord(v)) return null;
  applyOne(state, channel, p, o, v);
  state.last.set(channel, { p, o });
  return channel;
}
