// Cleaning of Gemini's Markdown text, and the suffix the web UI may append to image prompts.

/**
 * Gemini marks where rich content goes with `http://googleusercontent.com/<kind>/<n>` (also `…/0_624`), and some bare
 * kinds (`image_agent_tag`, `lmdx_image`). They are not part of the answer the user reads.
 */
const PLACEHOLDER = /http:\/\/googleusercontent\.com\/[A-Za-z_]+(?:\/[0-9]+(?:_[0-9]+)?)?/g;
const IMAGE_PLACEHOLDER = /http:\/\/googleusercontent\.com\/image_generation_content\/[0-9]+(?:_[0-9]+)?/g;
const CARD_ONLY = /^\s*http:\/\/googleusercontent\.com\/card_content\/[0-9]+\s*$/;
/** Mid-stream Markdown escapes (`\*`, `\-` …), as HanaokaYuzu `get_clean_text` removes them. */
const MARKDOWN_ESCAPE = /\\(?=[\\[\]{}()<>`*_#~+.:!&^$|-])/g;
/** Gemini 2.0 Flash Thinking put thoughts inline: `<ctrl94>thought\n…<ctrl95>`. */
const INLINE_THOUGHT = /^\s*<ctrl94>thought\s*([\s\S]*?)<ctrl95>/;

export function countImagePlaceholders(text: string): number {
  return (text.match(IMAGE_PLACEHOLDER) ?? []).length;
}

export function isCardContentOnly(text: string): boolean {
  return CARD_ONLY.test(text);
}

export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, '');
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The answer as the user reads it: no placeholders, no stray escapes, no dangling code fence. */
export function cleanAnswerText(text: string): string {
  let out = stripPlaceholders(text).replace(MARKDOWN_ESCAPE, '');
  out = tidy(out);
  if (out.endsWith('\n```') && (out.match(/```/g) ?? []).length % 2 === 1) out = out.slice(0, -4).trimEnd();
  return out;
}

export function cleanThinkingText(text: string): string {
  return tidy(text.replace(MARKDOWN_ESCAPE, '').replace(/<\/?b>/g, '**'));
}

/** Splits the old inline-thought form off the text. */
export function splitInlineThoughts(text: string): { text: string; thoughts: string | null } {
  const match = INLINE_THOUGHT.exec(text);
  if (!match) return { text, thoughts: null };
  return { text: text.slice(match[0].length), thoughts: match[1] ?? '' };
}

const ASPECT_SUFFIX = /(?:^|\n+)\s*Requested aspect ratio:\s*(\d{1,2}\s*:\s*\d{1,2})\.?\s*$/;

/**
 * One sample suggests the web UI appends "Requested aspect ratio: 1:1." to image prompts (doc §3.8, LOW). The user
 * did not type it, so it is split off the prompt; the ratio itself is kept for whoever wants it.
 */
export function splitRequestedAspectRatio(prompt: string): { text: string; aspectRatio: string | null } {
  const match = ASPECT_SUFFIX.exec(prompt);
  if (!match || match.index === 0) return { text: prompt, aspectRatio: null };
  return { text: prompt.slice(0, match.index).trimEnd(), aspectRatio: (match[1] ?? '').replace(/\s+/g, '') };
}
