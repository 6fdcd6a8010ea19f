import type { Analysis } from '../engine/schema';

/** The instructions sent with a deep analysis: what to judge, and exactly what will be sent (shown before the first call). */
const STATUSES = `kept = the rewrite keeps it, bound to the same subject (synonyms and translations count);
altered = the same slot carries a different value (three → several, left → right, "OpenAI" → "OpanAl", 字母榜 → "Alphabet List");
unbound = the value survives but on another subject or none (colours that leak to the wrong object);
lost = nothing in the rewrite carries it.`;

export function textCheckPrompt(analysis: Analysis, previous: string[] = []): string {
  const list = analysis.constraints.map((c) => ({ id: c.id, kind: c.kind, subject: c.subject, value: c.value, ...(c.object ? { object: c.object } : {}) }));
  return [
    'You check whether an image-generation prompt rewritten by an assistant kept the user\'s hard constraints.',
    previous.length ? `Earlier user messages (oldest first), still in force unless the latest message changes them:\n${previous.map((p, i) => `${i + 1}. ${p}`).join('\n')}` : '',
    `The user's latest message:\n<<<\n${analysis.original}\n>>>`,
    `What the image model received (the rewrite or the model's plan):\n<<<\n${analysis.rewritten}\n>>>`,
    `Constraints a local checker extracted from the user's words (JSON):\n${JSON.stringify(list)}`,
    `For each constraint give its status against the rewrite:\n${STATUSES}`,
    'Correct a wrong subject or value if the local checker misread the user. Add constraints it missed with ids "new-1", "new-2"…; only hard constraints the user actually asked for (counts, positions, text to render, light, what must not appear, attributes bound to a subject, relations, style, camera, format). Subjects are English singular lemmas whatever the language. Answer in the JSON schema.',
  ].filter(Boolean).join('\n\n');
}

export function imageAuditPrompt(analysis: Analysis): string {
  const list = analysis.constraints.map((c) => ({ id: c.id, kind: c.kind, subject: c.subject, value: c.value, ...(c.object ? { object: c.object } : {}), ...(c.qualifier ? { which: c.qualifier } : {}) }));
  return [
    'You audit a generated image against the user\'s constraints. Look at the image only; do not trust any prompt.',
    `The user's request:\n<<<\n${analysis.original}\n>>>`,
    `Constraints (JSON):\n${JSON.stringify(list)}`,
    'For each constraint answer: kept (the image shows it), altered (the image shows something else in its place: wrong count, wrong side, misspelt or translated text — give what it shows in "read"), lost (not in the image), unverified (cannot tell from the image). Check counts exactly, positions as seen by the viewer, text letter by letter in its own script, each attribute on its own object. Answer in the JSON schema.',
  ].join('\n\n');
}
