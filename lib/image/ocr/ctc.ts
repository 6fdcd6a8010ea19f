/** Greedy CTC decoding of one recogniser output (T time steps × C classes, softmax already applied). */
export interface Decoded {
  text: string;
  /** One probability per character (code point) of text. */
  chars: number[];
  /** Time step at which each character starts (for locating it in the crop). */
  steps: number[];
  /** Mean of chars, 0 when empty. */
  score: number;
}

/**
 * Class 0 is the CTC blank; class k (1 ≤ k ≤ dictionary.length) is dictionary[k - 1]. Repeated classes collapse
 * unless a blank separates them; each character keeps the highest probability of its run.
 */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, dictionary: readonly string[], offset = 0): Decoded {
  let text = '';
  const chars: number[] = [];
  const starts: number[] = [];
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const row = offset + t * classes;
    let best = 0, bestProb = -Infinity;
    for (let c = 0; c < classes; c++) {
      const p = probs[row + c]!;
      if (p > bestProb) {
        bestProb = p;
        best = c;
      }
    }
    if (best !== 0 && best === previous) {
      chars[chars.length - 1] = Math.max(chars[chars.length - 1]!, bestProb);
    } else if (best !== 0) {
      const ch = dictionary[best - 1] ?? '';
      if (ch) {
        text += ch;
        chars.push(bestProb);
        starts.push(t);
      }
    }
    previous = best;
  }
  const score = chars.length ? chars.reduce((a, b) => a + b, 0) / chars.length : 0;
  return { text, chars, steps: starts, score };
}

/** PaddleOCR's dictionary file, one character a line, plus the space it appends. */
export function parseDictionary(text: string): string[] {
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return [...lines, ' '];
}
