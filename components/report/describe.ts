import type { Constraint } from '@/lib/engine/schema';

/** One line naming a constraint for people: "apple (left): bitten", "no person", "“OpenAI” on sign". */
export function describeConstraint(c: Constraint): string {
  const subject = c.qualifier ? `${c.subject} (${c.qualifier})` : c.subject;
  switch (c.kind) {
    case 'object': return c.subject;
    case 'count': return `${c.value} × ${c.subject}`;
    case 'relation': return `${c.subject} ${c.value} ${c.object ?? ''}`;
    case 'text': return `“${c.value}”${c.subject !== 'text' ? ` — ${c.subject}` : ''}`;
    case 'lighting': return c.value !== c.subject ? `${c.subject} ← ${c.value}` : c.value;
    case 'negation': return `no ${c.subject}`;
    case 'style': case 'camera': case 'aspect': return c.value;
    default: return `${subject}: ${c.value}`;
  }
}
