import type { Analysis, Constraint } from '../engine/schema';
import type { DeepImageResult, DeepTextResult } from './schema';

/**
 * The model's reading merged into the local analysis: the model's status and a short rationale for each
 * constraint; the local spans and evidence kept where both agree; a disagreement keeps the local status visible
 * (`localStatus`). Constraints the local engine missed are added with no span.
 */
export type MergedConstraint = Constraint & { localStatus?: Constraint['status'] };

export function mergeDeep(local: Analysis, deep: DeepTextResult): Analysis {
  const byId = new Map(deep.constraints.map((c) => [c.id, c]));
  const merged: MergedConstraint[] = local.constraints.map((c) => {
    const d = byId.get(c.id);
    if (!d) return c;
    const agree = d.status === c.status;
    const out: MergedConstraint = { ...c, status: d.status, rationale: d.rationale };
    if (!agree) {
      out.localStatus = c.status;
      if (d.found) out.found = d.found;
      else delete out.found;
    }
    return out;
  });
  let next = local.constraints.length;
  for (const d of deep.constraints) {
    if (local.constraints.some((c) => c.id === d.id)) continue;
    merged.push({
      id: `c${++next}`, kind: d.kind, text: '', span: [0, 0], subject: d.subject, value: d.value,
      ...(d.object ? { object: d.object } : {}), status: d.status, rationale: d.rationale, ...(d.found ? { found: d.found } : {}),
    });
  }
  const counts = { kept: 0, altered: 0, unbound: 0, lost: 0 };
  for (const c of merged) if (c.status) counts[c.status]++;
  const total = merged.length;
  return {
    ...local,
    constraints: merged,
    summary: { ...local.summary, ...counts, fidelity: total ? Math.round(((counts.kept + counts.unbound / 2) / total) * 1000) / 1000 : 1 },
  };
}

/** The image audit's verdicts, per constraint id, as the `image` field the report shows next to the text verdicts. */
export function withImageVerdicts(analysis: Analysis, audit: DeepImageResult): Analysis {
  const byId = new Map(audit.verdicts.map((v) => [v.id, v]));
  return {
    ...analysis,
    constraints: analysis.constraints.map((c) => {
      const v = byId.get(c.id);
      return v ? { ...c, image: { verdict: v.verdict, source: 'gemini' as const, rationale: v.rationale, ...(v.read ? { read: v.read } : {}) } } : c;
    }),
  };
}
