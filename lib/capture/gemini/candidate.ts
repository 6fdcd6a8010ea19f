// One candidate (draft) of a Gemini response: `payload[4][i]` in StreamGenerate, `turn[3][0][i]` in hNvQHb (doc §3.4).
//
//   [0]            choice id `rc_…`
//   [1][0]         answer text (Markdown) with placeholders
//   [8][0]         2 = complete, 1 = in progress
//   [12][1]        web (search) images                      – counted, never returned as generated
//   [12][7][0][i]  generated images; URL at [0][3][3], image id at [1][0]
//   [12][0]["8"][0][i]  image-edit results, same entry shape
//   [12][6][0]     "still working" (hNvQHb)
//   [22][0]        the real text when [1][0] is only `…/card_content/N`
//   [37][0][0]     thoughts (Markdown summary)

import { arrayAt, at, findString, numberAt, stringAt } from './json.ts';
import { choiceIdOrNull } from './ids.ts';
import {
  cleanAnswerText,
  cleanThinkingText,
  countImagePlaceholders,
  isCardContentOnly,
  splitInlineThoughts,
} from './text.ts';

export interface GeneratedImageEntry {
  url: string | null;
  /** `http://googleusercontent.com/image_generation_content/N` style id, when present. */
  imageId: string | null;
  index: number;
  kind: 'generated' | 'edit';
}

export interface CandidateView {
  choiceId: string | null;
  /** Cleaned answer; null when the candidate carries no text at all. */
  answer: string | null;
  thinking: string | null;
  statusCode: number | null;
  images: GeneratedImageEntry[];
  webImageCount: number;
  imagePlaceholders: number;
  stillWorking: boolean;
  notes: string[];
  arrayLength: number;
}

const IMAGE_URL = /^https?:\/\/[^\s"]+$/;
const GOOGLE_IMAGE_URL = /^https:\/\/[A-Za-z0-9.-]*googleusercontent\.com\/[^\s"]+$/;

function imageEntry(entry: unknown, index: number, kind: GeneratedImageEntry['kind']): GeneratedImageEntry | null {
  if (!Array.isArray(entry)) return null;
  let url = stringAt(entry, [0, 3, 3]);
  if (url !== null && !IMAGE_URL.test(url)) url = null;
  // Older or drifted layouts: the first googleusercontent URL inside the entry.
  url ??= findString(entry, (s) => GOOGLE_IMAGE_URL.test(s), 6);
  const imageId = stringAt(entry, [1, 0]);
  if (url === null && imageId === null) return null;
  return { url, imageId, index, kind };
}

function thoughtsOf(candidate: unknown[]): string | null {
  const direct = stringAt(candidate, [37, 0, 0]);
  if (direct !== null) return direct;
  const block = candidate[37];
  if (!Array.isArray(block)) return null;
  const parts: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (v.trim() !== '') parts.push(v);
    } else if (Array.isArray(v) && depth < 4) for (const x of v) walk(x, depth + 1);
  };
  walk(block, 0);
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/** Reads a candidate; null when `value` is not a candidate (no choice id and no text). */
export function readCandidate(value: unknown): CandidateView | null {
  if (!Array.isArray(value)) return null;
  const choiceId = choiceIdOrNull(value[0]);
  let raw = stringAt(value, [1, 0]);
  if (choiceId === null && raw === null) return null;

  const notes: string[] = [];
  if (raw !== null && isCardContentOnly(raw)) {
    const real = stringAt(value, [22, 0]);
    if (real !== null) {
      raw = real;
      notes.push('card-content');
    }
  }

  let thinkingRaw = thoughtsOf(value);
  if (raw !== null) {
    const inline = splitInlineThoughts(raw);
    if (inline.thoughts !== null) {
      raw = inline.text;
      thinkingRaw ??= inline.thoughts;
      notes.push('inline-thoughts');
    }
  }

  const images: GeneratedImageEntry[] = [];
  const generated = arrayAt(value, [12, 7, 0]) ?? [];
  const edits = arrayAt(value, [12, 0, '8', 0]) ?? [];
  for (const entry of generated) {
    const image = imageEntry(entry, images.length, 'generated');
    if (image) images.push(image);
  }
  for (const entry of edits) {
    const image = imageEntry(entry, images.length, 'edit');
    if (image) images.push(image);
  }
  if (edits.length > 0) notes.push('image-edit');

  const thinking = thinkingRaw === null ? null : cleanThinkingText(thinkingRaw);
  return {
    choiceId,
    answer: raw === null ? null : cleanAnswerText(raw),
    thinking: thinking === '' ? null : thinking,
    statusCode: numberAt(value, [8, 0]),
    images,
    webImageCount: arrayAt(value, [12, 1])?.length ?? 0,
    imagePlaceholders: raw === null ? 0 : countImagePlaceholders(raw),
    stillWorking: at(value, [12, 6, 0]) !== undefined && at(value, [12, 6, 0]) !== null,
    notes,
    arrayLength: value.length,
  };
}
