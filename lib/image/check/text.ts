import { bestSpan } from '../../engine/text/compare-text';
import { bounds, pointInQuad } from '../ocr/geometry';
import type { ImageCheck, Point, TextRead } from '../types';
import { foldUnits, isHan, type Unit } from './fold';

/** Tuned on the scenes that are not held out (tests/fixtures/images). */
export const TEXT_RULES = {
  /** Reads below this mean character probability are ignored (noise read as text). */
  minReadScore: 0.5,
  /** An altered match may differ by at most this share of the wanted text's units (and at least 1 unit). */
  alteredShare: 0.4,
  /** A Chinese character matched below this probability may be a misdrawn glyph the recogniser "corrected". */
  hanSuspect: 0.97,
  /** A match whose characters are read below this mean probability is unverified rather than altered. */
  unsureScore: 0.6,
};

interface Candidate {
  units: Unit[];
}

/**
 * The ways to chain the reads: reading order (rows) and left to right (columns, arcs, tilted lines), each as read
 * and with the letters that two overlapping boxes both read kept once.
 */
function candidates(reads: TextRead[]): Candidate[] {
  const usable = reads.map((read, index) => ({ read, index })).filter(({ read }) => read.score >= TEXT_RULES.minReadScore);
  const centre = (r: TextRead) => r.box.reduce((s, p) => [s[0] + p[0] / 4, s[1] + p[1] / 4], [0, 0]);
  const chain = (list: typeof usable, trim: boolean) => ({
    units: list.flatMap(({ read, index }, k) => {
      const previous = list[k - 1]?.read;
      const units = foldUnits(read.text, index);
      return previous && trim ? units.filter((u) => !pointInQuad(...charCentre(read, u.char), previous.box)) : units;
    }),
  });
  const byColumn = [...usable].sort((a, b) => centre(a.read)[0] - centre(b.read)[0] || centre(a.read)[1] - centre(b.read)[1]);
  return [chain(usable, false), chain(byColumn, false), chain(usable, true), chain(byColumn, true)];
}

/** Where a character of a read is, taking characters as evenly spaced along the box. */
function charCentre(read: TextRead, char: number): [number, number] {
  const n = Math.max(1, Array.from(read.text).length);
  const t = (char + 0.5) / n;
  const [tl, tr, br, bl] = read.box;
  const vertical = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]) >= 1.5 * Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
  const [a, b, c, d] = vertical ? [tl, bl, tr, br] : [tl, tr, bl, br];
  const p: Point = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  const q: Point = [c[0] + (d[0] - c[0]) * t, c[1] + (d[1] - c[1]) * t];
  return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
}

/**
 * Could this unclear read be the wanted text? Only if it is long enough: a few characters, or a box elongated
 * like a line of text (a circle read as "O" is no hiding place for "OPEN 24 HOURS").
 */
function couldHide(read: TextRead, wantedUnits: number): boolean {
  const [tl, tr, , bl] = read.box;
  const w = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]), h = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
  const elongation = Math.max(w, h) / Math.max(1, Math.min(w, h));
  return Array.from(read.text).length * 2 >= wantedUnits || elongation >= Math.max(1.5, wantedUnits / 3);
}

/** Checks one wanted text against everything read. */
export function checkText(wanted: string, reads: TextRead[]): ImageCheck | null {
  const pattern = foldUnits(wanted).map((u) => u.unit);
  const m = pattern.length;
  if (!m) return null;
  let best: { units: Unit[]; distance: number } | null = null;
  for (const candidate of candidates(reads)) {
    const text = candidate.units.map((u) => u.unit);
    const span = bestSpan(pattern, text);
    if (best && span.distance >= best.distance) continue;
    best = { units: candidate.units.slice(span.start, span.end), distance: span.distance };
  }
  const source = 'ocr' as const;
  const uncertain = reads.filter((r) => (r.weak || r.score < TEXT_RULES.minReadScore) && couldHide(r, m));
  const unclear = uncertain.length ? 'some text in the image could not be read clearly' : undefined;
  if (!best || !best.units.length) {
    return unclear ? { verdict: 'unverified', source, rationale: unclear } : { verdict: 'lost', source, rationale: 'no similar text was read' };
  }
  const units = best.units;
  const distance = round(best.distance / Math.max(m, units.length));
  const probs = units.map((u) => reads[u.read]!.chars[u.char] ?? 0);
  const confidence = round(probs.reduce((a, b) => a + b, 0) / probs.length);
  const located = { read: shown(units, reads), box: boxOf(units, reads), confidence, source };
  // A very short text inside a longer word ("CAT" in "SCATTER") was not written.
  const whole = m > 3 || onBoundaries(units, reads, true);
  if (best.distance === 0 && whole) {
    const han = units.map((u, k) => ({ ch: Array.from(reads[u.read]!.text)[u.char] ?? '', p: probs[k]! })).filter((c) => isHan(c.ch));
    const doubtful = han.filter((c) => c.p < TEXT_RULES.hanSuspect);
    if (doubtful.length) {
      return {
        verdict: 'unverified', distance: 0, ...located,
        rationale: `the characters were found, but ${doubtful.map((c) => `${c.ch} (${c.p.toFixed(2)})`).join(', ')} may be misdrawn`,
      };
    }
    return { verdict: 'kept', distance: 0, ...located };
  }
  const allowed = Math.max(1, Math.floor(TEXT_RULES.alteredShare * m));
  const close = best.distance > 0 && best.distance <= allowed && best.distance < m && (m > 4 || onBoundaries(units, reads, false));
  if (close) {
    if (confidence < TEXT_RULES.unsureScore) return { verdict: 'unverified', distance, ...located, rationale: 'similar text was read with low confidence' };
    return { verdict: 'altered', distance, ...located };
  }
  if (unclear) return { verdict: 'unverified', distance, source, rationale: unclear };
  return { verdict: 'lost', distance, read: located.read, source, rationale: 'no similar text was read' };
}

/**
 * A short match must not be a piece of a longer word: no Latin letter right before or after it (digits and
 * Chinese may touch it, since the recogniser often drops the spaces: "OPEN24HOURS", "Hello你好"). Chinese has no
 * spaces: an exact match anywhere counts, a near one only when the reads around it are not much longer.
 */
function onBoundaries(units: Unit[], reads: TextRead[], exact: boolean): boolean {
  const text = (read: number) => Array.from(reads[read]!.text);
  const first = units[0]!, last = units[units.length - 1]!;
  if (units.every((u) => isHan(text(u.read)[u.char] ?? ''))) {
    if (exact) return true;
    const around = new Set(units.map((u) => u.read));
    return [...around].reduce((n, r) => n + text(r).length, 0) <= units.length + 2;
  }
  const latin = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch) && !isHan(ch);
  const glued = (outside: string | undefined, edge: string | undefined) => latin(outside) && latin(edge);
  return !glued(text(first.read)[first.char - 1], text(first.read)[first.char]) && !glued(text(last.read)[last.last + 1], text(last.read)[last.last]);
}

/** What was read there, as written in the reads (whole words for Latin text), reads joined with a space. */
function shown(units: Unit[], reads: TextRead[]): string {
  const parts: string[] = [];
  let k = 0;
  while (k < units.length) {
    const read = units[k]!.read;
    let end = k;
    while (end + 1 < units.length && units[end + 1]!.read === read) end++;
    const chars = Array.from(reads[read]!.text);
    let from = units[k]!.char, to = units[end]!.last;
    const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !isHan(ch);
    while (word(chars[from - 1]) && word(chars[from])) from--;
    while (word(chars[to + 1]) && word(chars[to])) to++;
    parts.push(chars.slice(from, to + 1).join(''));
    k = end + 1;
  }
  return parts.join(' ');
}

/** The part of the read boxes the match covers (characters taken as evenly spaced along each box). */
function boxOf(units: Unit[], reads: TextRead[]): [number, number, number, number] {
  const points: Point[] = [];
  for (const read of new Set(units.map((u) => u.read))) {
    const r = reads[read]!;
    const mine = units.filter((u) => u.read === read);
    const n = Math.max(1, Array.from(r.text).length);
    const a = mine[0]!.char / n, b = (mine[mine.length - 1]!.last + 1) / n;
    const [tl, tr, br, bl] = r.box;
    const along = (p: Point, q: Point, t: number): Point => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
    const vertical = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]) >= 1.5 * Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
    if (vertical) points.push(along(tl, bl, a), along(tl, bl, b), along(tr, br, a), along(tr, br, b));
    else points.push(along(tl, tr, a), along(tl, tr, b), along(bl, br, a), along(bl, br, b));
  }
  return bounds(points).map((v) => Math.round(v)) as [number, number, number, number];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
