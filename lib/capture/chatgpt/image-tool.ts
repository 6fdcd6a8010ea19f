/**
 * Recognising ChatGPT's image tool: the assistant's call (by recipient or by argument shape), the tool's image
 * replies (image_asset_pointer parts with dalle/generation metadata), failures and hidden context strings.
 */
import { z } from 'zod';
import { isRecord, stringParts, type Msg } from './message.ts';

/** Recipients that are the image tool in every era seen (DALL-E, 4o/gpt-image, 2026). */
const KNOWN_IMAGE_TOOLS = new Set(['dalle.text2im', 't2uay3k.sj1i4kz', 'image_gen.text2im']);

export function isImageToolName(name: string | null | undefined): boolean {
  if (!name) return false;
  return KNOWN_IMAGE_TOOLS.has(name) || name.endsWith('.text2im');
}

/** An assistant message addressed to some tool: a candidate call (confirmed by name, shape or an image reply). */
export function isToolCallCandidate(msg: Msg): boolean {
  return msg.role === 'assistant' && msg.recipient !== null && msg.recipient !== '' && msg.recipient !== 'all';
}

const CallArgs = z.object({
  prompt: z.string().nullable().optional().catch(undefined),
  size: z.string().optional().catch(undefined),
  n: z.number().optional().catch(undefined),
  referenced_image_ids: z.array(z.unknown()).optional().catch(undefined),
  skipped_mainline: z.boolean().optional().catch(undefined),
  transparent_background: z.boolean().optional().catch(undefined),
  is_style_transfer: z.boolean().optional().catch(undefined),
});
export type CallArgs = z.infer<typeof CallArgs>;

export type ArgsState =
  | { state: 'parsed'; args: CallArgs }
  /** Empty text: nothing streamed yet, or a call with no arguments. */
  | { state: 'empty' }
  /** Text that is not (yet) a JSON object: still streaming, or malformed. */
  | { state: 'invalid' };

/** The raw argument text of a call: content.text for `code`, the string parts for `text`. */
function argsTextOf(msg: Msg): string {
  if (msg.contentType === 'code' || (msg.text !== null && msg.parts.length === 0)) return msg.text ?? '';
  return stringParts(msg).join('');
}

export function readCallArgs(msg: Msg): ArgsState {
  let text = argsTextOf(msg).trim();
  if (text === '') return { state: 'empty' };
  const fenced = /^```[\w-]*\s*\n([\s\S]*?)\n?```$/.exec(text);
  if (fenced?.[1] !== undefined) text = fenced[1].trim();
  if (!text.startsWith('{')) return { state: 'invalid' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: 'invalid' };
  }
  if (!isRecord(value)) return { state: 'invalid' };
  const r = CallArgs.safeParse(value);
  return r.success ? { state: 'parsed', args: r.data } : { state: 'invalid' };
}

/** Arguments only an image call has (size "WxH", referenced images, transparent background, skipped_mainline…). */
export function looksLikeImageArgs(args: CallArgs): boolean {
  return (
    (args.size !== undefined && /^\d{2,5}x\d{2,5}$/.test(args.size)) ||
    args.referenced_image_ids !== undefined ||
    args.skipped_mainline === true ||
    args.transparent_background !== undefined ||
    args.is_style_transfer !== undefined ||
    (typeof args.prompt === 'string' && args.n !== undefined)
  );
}

/** The rewritten prompt in the call's arguments, if any (absent, null and blank count as none). */
export function promptOfArgs(state: ArgsState): string | null {
  if (state.state !== 'parsed') return null;
  const p = state.args.prompt;
  return typeof p === 'string' && p.trim() !== '' ? p : null;
}

const GenMeta = z.object({
  gen_id: z.string().nullable().optional().catch(null),
  prompt: z.string().nullable().optional().catch(null),
});
const ImagePart = z.object({
  content_type: z.literal('image_asset_pointer'),
  asset_pointer: z.string().nullable().optional().catch(null),
  width: z.number().nullable().optional().catch(null),
  height: z.number().nullable().optional().catch(null),
  metadata: z
    .object({
      dalle: GenMeta.nullable().optional().catch(null),
      generation: GenMeta.nullable().optional().catch(null),
    })
    .nullable()
    .optional()
    .catch(null),
});

export interface ImagePartInfo {
  assetPointer: string | null;
  width: number | null;
  height: number | null;
  /** metadata.dalle or metadata.generation is present: made by the image tool, not uploaded. */
  generated: boolean;
  genId: string | null;
  /** metadata.dalle.prompt (DALL-E era: the prompt actually rendered; "" later). */
  dallePrompt: string | null;
}

export function imagePartsOf(msg: Msg): ImagePartInfo[] {
  const out: ImagePartInfo[] = [];
  for (const p of msg.parts) {
    if (!isRecord(p) || p.content_type !== 'image_asset_pointer') continue;
    const r = ImagePart.safeParse(p);
    if (!r.success) continue;
    const dalle = r.data.metadata?.dalle ?? null;
    const gen = r.data.metadata?.generation ?? null;
    out.push({
      assetPointer: r.data.asset_pointer ?? null,
      width: r.data.width ?? null,
      height: r.data.height ?? null,
      generated: dalle !== null || gen !== null,
      genId: gen?.gen_id ?? dalle?.gen_id ?? null,
      dallePrompt: typeof dalle?.prompt === 'string' && dalle.prompt.trim() !== '' ? dalle.prompt : null,
    });
  }
  return out;
}

/** Keys under which two parts are the same image (hidden duplicates share them). */
export function imageDedupeKeys(part: ImagePartInfo): string[] {
  const keys: string[] = [];
  if (part.assetPointer) keys.push(`a:${part.assetPointer}`);
  if (part.genId) keys.push(`g:${part.genId}`);
  return keys;
}

/** A tool message that carries generated images (accepts any tool name: the tool was renamed before). */
export function isImageReply(msg: Msg): boolean {
  if (msg.role !== 'tool') return false;
  const parts = imagePartsOf(msg);
  if (parts.length === 0) return false;
  return parts.some((p) => p.generated) || isImageToolName(msg.authorName);
}

/** The images of a reply that count: generated ones, or all of them when the tool is a known image tool. */
export function generatedImagesOf(msg: Msg): ImagePartInfo[] {
  const parts = imagePartsOf(msg);
  const known = isImageToolName(msg.authorName);
  return parts.filter((p) => p.generated || known);
}

/** A tool message reporting a failure: system_error content, or error metadata. */
export function isFailureReply(msg: Msg): boolean {
  if (msg.role !== 'tool') return false;
  if (msg.contentType === 'system_error') return true;
  const md = msg.metadata;
  for (const k of ['error', 'error_code', 'error_type', 'image_gen_error']) {
    const v = md[k];
    if (v !== undefined && v !== null && v !== false && v !== '') return true;
  }
  return msg.status === 'error' || msg.status === 'failed';
}

/** Boilerplate the tool says to the chat model; never an image description. */
const INSTRUCTION =
  /^(you are|you're|do not|don't|never|from now on|before doing|please|explicitly|the user|the images? (?:are|is|was|were|has|have) (?:already|now|been|plainly)|gpt-4o returned|gpt-image|dall[·.\-\s]?e displayed|processing image|image generation|end this turn|write \d|respond|reply)/i;

/** Whether a string reads like an image description (or expanded prompt), not like an instruction. */
export function isDescriptionLike(s: string): boolean {
  const t = s.trim();
  if (t.length < 20) return false;
  if (INSTRUCTION.test(t)) return false;
  const words = t.split(/\s+/).length;
  const cjk = (t.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  return words >= 4 || cjk >= 8;
}

/** Candidate description strings of a hidden tool message; a JSON string with a prompt gives that prompt. */
export function hiddenContextStrings(msg: Msg): string[] {
  const out: string[] = [];
  const strings = stringParts(msg);
  if (msg.text !== null) strings.push(msg.text);
  for (const s of strings) {
    const t = s.trim();
    if (t.startsWith('{')) {
      try {
        const v: unknown = JSON.parse(t);
        if (isRecord(v) && typeof v.prompt === 'string' && v.prompt.trim() !== '') {
          out.push(v.prompt);
          continue;
        }
      } catch {
        /* not JSON: judge the text itself */
      }
    }
    if (isDescriptionLike(t)) out.push(s);
  }
  return out;
}

/** The thoughts / reasoning recap text of a message, or null. */
export function thoughtsTextOf(msg: Msg): string | null {
  if (msg.contentType === 'reasoning_recap') {
    const c = msg.content.content;
    return typeof c === 'string' && c.trim() !== '' ? c : null;
  }
  if (msg.contentType !== 'thoughts') return null;
  const list = msg.content.thoughts;
  if (!Array.isArray(list)) return null;
  const chunks: string[] = [];
  for (const t of list) {
    if (!isRecord(t)) continue;
    const summary = typeof t.summary === 'string' ? t.summary.trim() : '';
    const content = typeof t.content === 'string' ? t.content.trim() : '';
    const text = [summary, content].filter((x) => x !== '').join('\n');
    if (text !== '') chunks.push(text);
  }
  return chunks.length > 0 ? chunks.join('\n\n') : null;
}
