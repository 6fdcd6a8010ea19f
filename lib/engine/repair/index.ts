import type { Analysis, Constraint } from '../schema';
import { nameOf, plural, positionPhrase, relationPhrase, type RepairLang } from './phrases';

export interface Repair {
  /** The rewrite with every lost, altered or unbound constraint restored as a plain, explicit sentence. */
  repaired: string;
  /** A compact, code-like spec of the scene (the structured style image models follow best). */
  structured: string;
  /** The constraints the repair restored, in order. */
  restored: string[];
}

/** Restores what the rewrite dropped. Deterministic: the same analysis gives the same repair. */
export function repair(analysis: Analysis): Repair {
  // The rewrite's own language, quoted texts aside ("一块招牌，写着“Alphabet List”" is Chinese).
  const unquoted = analysis.rewritten.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, '');
  const han = unquoted.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = unquoted.match(/[A-Za-z]/g)?.length ?? 0;
  const lang: RepairLang = han > 0 && han * 2 >= latin ? 'zh' : analysis.languages.rewritten === 'zh' ? 'zh' : 'en';
  let base = analysis.rewritten.trim() || analysis.original.trim();
  // Misspelt or translated text is put right where it stands.
  const textFixes = analysis.constraints
    .filter((c) => c.kind === 'text' && c.status === 'altered' && c.evidence)
    .sort((a, b) => b.evidence!.span[0] - a.evidence!.span[0]);
  const fixedInPlace = new Set<string>();
  if (analysis.rewritten.trim()) {
    for (const c of textFixes) {
      const [start, end] = c.evidence!.span;
      if (analysis.rewritten.slice(start, end) !== c.evidence!.text) continue;
      base = analysis.rewritten.slice(0, start) + c.value + analysis.rewritten.slice(end);
      analysis = { ...analysis, rewritten: base };
      fixedInPlace.add(c.id);
    }
    base = base.trim();
  }
  const restored = analysis.constraints
    .filter((c) => c.status && c.status !== 'kept')
    .map((c) => sentence(c, lang, fixedInPlace.has(c.id)));
  const unique = [...new Set(restored)];
  const separator = lang === 'zh' ? '' : ' ';
  const ending = /[.!?。！？]$/.test(base) || !base ? '' : lang === 'zh' ? '。' : '.';
  const repaired = unique.length ? `${base}${ending}${separator}${unique.join(separator)}` : base;
  return { repaired, structured: structuredPrompt(analysis.constraints, analysis.original), restored: unique };
}

function sentence(c: Constraint, lang: RepairLang, fixedInPlace: boolean): string {
  const s = nameOf(c.subject, lang);
  const v = nameOf(c.value, lang);
  const q = c.qualifier ? (lang === 'zh' ? nameOf(c.qualifier, 'zh') : `${c.qualifier} `) : '';
  if (lang === 'zh') {
    switch (c.kind) {
      case 'object': return `画面中要有${s}。`;
      case 'count': return c.value === 'several' ? `画面中有多个${s}。` : `画面中恰好有${c.value}个${s}。`;
      case 'attribute': return `${q ? `${q}的` : ''}${s}是${v}的。`;
      case 'position': return `${s}位于画面${positionPhrase(c.value, 'zh')}。`;
      case 'relation': return `${s}在${nameOf(c.object ?? '', 'zh')}的${v}。`;
      case 'text': return fixedInPlace ? `文字必须逐字写成“${c.value}”，不要翻译或改写。` : `画面中的文字必须逐字写成“${c.value}”，不要翻译或改写。`;
      case 'lighting': return c.value !== c.subject ? `${s}从画面${positionPhrase(c.value, 'zh')}照射过来。` : `光线：${v}。`;
      case 'negation': return `画面中不要出现${s}。`;
      case 'style': return `风格：${v}。`;
      case 'camera': return `视角：${v}。`;
      case 'aspect': return `画幅：${v}。`;
    }
  }
  switch (c.kind) {
    case 'object': return `Include ${/^[aeiou]/.test(s) ? 'an' : 'a'} ${s}.`;
    case 'count': return c.value === 'several' ? `There are several ${plural(s)}.` : `There are exactly ${c.value} ${Number(c.value) === 1 ? s : plural(s)}.`;
    case 'attribute': return `The ${q}${s} is ${v}.`;
    case 'position': return `The ${s} is ${positionPhrase(c.value, 'en')}.`;
    case 'relation': return `The ${s} is ${relationPhrase(c.value)} the ${c.object ?? ''}.`;
    case 'text': return `The text reads exactly "${c.value}", rendered verbatim${/\p{Script=Han}/u.test(c.value) ? ' in Chinese characters, not translated' : ''}.`;
    case 'lighting': return c.value !== c.subject ? `The ${s} comes from the ${c.value}.` : `Lighting: ${v}.`;
    case 'negation': return `There is no ${s} anywhere in the image.`;
    case 'style': return `Style: ${v}.`;
    case 'camera': return `Camera: ${v}.`;
    case 'aspect': return `Aspect ratio: ${v}.`;
  }
}

interface SpecObject {
  name: string;
  count?: number | string;
  position?: string;
  attributes?: string[];
  instances?: { position: string; attributes: string[] }[];
}

/** The user's constraints as a compact JSON spec: objects with count, position and attributes, text, light, negatives. */
export function structuredPrompt(constraints: Constraint[], scene = ''): string {
  // Per subject: its count, its places in order, and its attributes by the place that qualifies them.
  const subjects = new Map<string, { count?: number | string; places: string[]; attrs: Map<string, string[]> }>();
  const subject = (name: string) => {
    let entry = subjects.get(name);
    if (!entry) {
      entry = { places: [], attrs: new Map() };
      subjects.set(name, entry);
    }
    return entry;
  };
  const spec: Record<string, unknown> = {};
  if (scene.trim()) spec.scene = scene.trim();
  const relations: string[] = [];
  const text: { content: string; on?: string; exact: true }[] = [];
  const lighting: string[] = [];
  const style: string[] = [];
  const camera: string[] = [];
  const avoid: string[] = [];
  let aspect: string | undefined;
  for (const c of constraints) {
    switch (c.kind) {
      case 'object': subject(c.subject); break;
      case 'count': subject(c.subject).count = Number.isFinite(Number(c.value)) ? Number(c.value) : c.value; break;
      case 'position': if (!subject(c.subject).places.includes(c.value)) subject(c.subject).places.push(c.value); break;
      case 'attribute': {
        const attrs = subject(c.subject).attrs;
        attrs.set(c.qualifier ?? '', [...(attrs.get(c.qualifier ?? '') ?? []), c.value]);
        break;
      }
      case 'relation': relations.push(`${c.subject} ${c.value} ${c.object ?? ''}`.trim()); break;
      case 'text': text.push({ content: c.value, ...(c.subject !== 'text' ? { on: c.subject } : {}), exact: true }); break;
      case 'lighting': lighting.push(c.value !== c.subject ? `${c.subject} from ${c.value}` : c.value); break;
      case 'negation': avoid.push(c.subject); break;
      case 'style': style.push(c.value); break;
      case 'camera': camera.push(c.value); break;
      case 'aspect': aspect = c.value; break;
    }
  }
  const objects: SpecObject[] = [...subjects.entries()].map(([name, entry]) => {
    const out: SpecObject = { name };
    if (entry.count !== undefined) out.count = entry.count;
    const qualifiers = [...entry.attrs.keys()].filter(Boolean);
    const places = [...entry.places, ...qualifiers.filter((q) => !entry.places.includes(q))];
    const plain = entry.attrs.get('') ?? [];
    if (places.length > 1 || qualifiers.length) {
      out.instances = places.map((position) => ({ position, attributes: entry.attrs.get(position) ?? [] }));
    } else if (places.length === 1) out.position = places[0];
    if (plain.length) out.attributes = plain;
    return out;
  });
  if (objects.length) spec.objects = objects;
  if (relations.length) spec.relations = relations;
  if (text.length) spec.text = text;
  if (lighting.length) spec.lighting = lighting;
  if (style.length) spec.style = style;
  if (camera.length) spec.camera = camera;
  if (aspect) spec.aspect_ratio = aspect;
  if (avoid.length) spec.avoid = avoid;
  return JSON.stringify(spec, null, 2);
}
