// Building the content-free shape report (schema.ts `GeminiNetworkDiagnostics`) while parsing.

import type { CandidateView } from './candidate.ts';
import type { FrameStats } from './frames.ts';
import type { GeminiNetworkDiagnostics } from './schema.ts';

export function emptyDiagnostics(source: 'stream' | 'history'): GeminiNetworkDiagnostics {
  return {
    source,
    chars: 0,
    frames: 0,
    badFrames: 0,
    split: { length: 0, scan: 0, unprefixed: 0 },
    rows: { wrb: 0, di: 0, af: 0, e: 0, other: 0 },
    rpcIds: [],
    errorCodes: [],
    payloads: 0,
    payloadsUnparsable: 0,
    candidates: 0,
    candidateArrayLengths: [],
    statusCodes: [],
    answerChars: 0,
    thinkingChars: 0,
    generatedImages: 0,
    imagesWithoutUrl: 0,
    webImages: 0,
    idsSeen: { conversation: false, response: false, choice: false },
    turns: 0,
    notes: [],
  };
}

export function addNote(d: GeminiNetworkDiagnostics, note: string): void {
  if (!d.notes.includes(note)) d.notes.push(note);
}

/** Adds the shape of one candidate to diagnostics (no content). */
export function noteCandidateShape(d: GeminiNetworkDiagnostics, c: CandidateView): void {
  d.candidates++;
  if (!d.candidateArrayLengths.includes(c.arrayLength)) d.candidateArrayLengths.push(c.arrayLength);
  if (c.statusCode !== null && !d.statusCodes.includes(c.statusCode)) d.statusCodes.push(c.statusCode);
  if (c.choiceId !== null) d.idsSeen.choice = true;
  d.webImages = Math.max(d.webImages, c.webImageCount);
  for (const note of c.notes) addNote(d, note);
  if (c.imagePlaceholders > c.images.length) addNote(d, 'placeholder-ahead-of-image');
}

export function mergeFrameStats(d: GeminiNetworkDiagnostics, stats: FrameStats): void {
  d.chars = stats.chars;
  d.frames = stats.frames;
  d.badFrames = stats.badFrames;
  d.split = { ...stats.split };
}

export function copyDiagnostics(d: GeminiNetworkDiagnostics): GeminiNetworkDiagnostics {
  return {
    ...d,
    split: { ...d.split },
    rows: { ...d.rows },
    rpcIds: [...d.rpcIds],
    errorCodes: [...d.errorCodes],
    candidateArrayLengths: [...d.candidateArrayLengths],
    statusCodes: [...d.statusCodes],
    idsSeen: { ...d.idsSeen },
    notes: [...d.notes],
  };
}


