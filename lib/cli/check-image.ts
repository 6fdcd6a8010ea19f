import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extract } from '../engine';
import type { Constraint } from '../engine/schema';
import { checkImage, ImageError, type ImageCheckResult, type Ocr } from '../image';
import { readImageFile } from '../image/decode/node';
import { createNodeOcr } from '../image/ocr/node';
import { UsageError } from './commands';
import { readJsonLines } from './jsonl';
import { describe } from './report';

type Out = { stdout: (text: string) => void; stderr: (text: string) => void };

const ImageLine = z.object({ id: z.union([z.string(), z.number()]).optional(), prompt: z.string(), image: z.string().min(1) });

/** What the CLI prints per image (the `timings` are left out: they differ from run to run). */
function publicResult(result: ImageCheckResult) {
  const { width, height, constraints, text } = result;
  return { width, height, constraints, text };
}

const MARK: Record<string, string> = { kept: '✔ kept', altered: '≠ altered', lost: '✖ lost', unverified: '? unverified' };

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return [...flat].length > width ? `${[...flat].slice(0, width - 1).join('')}…` : flat;
}

export function formatImageReport(result: ImageCheckResult): string {
  const checked = result.constraints.filter((c: Constraint) => c.image);
  const rows = checked.map((c) => {
    const i = c.image!;
    const detail = [
      i.read !== undefined ? `«${i.read}»` : '',
      i.distance !== undefined && i.distance > 0 ? `distance ${i.distance.toFixed(2)}` : '',
      i.confidence !== undefined ? `confidence ${i.confidence.toFixed(2)}` : '',
      i.rationale ?? '',
    ].filter(Boolean).join(' · ');
    return [c.kind, clip(describe(c), 32), MARK[i.verdict] ?? i.verdict, clip(detail, 80)];
  });
  const header = ['kind', 'constraint', 'in the image', 'read'];
  const widths = header.map((h, k) => Math.max([...h].length, ...rows.map((row) => [...row[k]!].length)));
  const line = (cells: string[]) => cells.map((cell, k) => cell + ' '.repeat(Math.max(0, widths[k]! - [...cell].length))).join('  ').trimEnd();
  const out = [`image ${result.width}×${result.height}`, '', line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
  if (!rows.length) out.push('(nothing in the prompt that the image can be checked for: text, its placement, the format)');
  out.push('', result.text.length ? 'text read:' : 'no text read');
  for (const t of result.text) out.push(`  «${t.text}» ${t.score.toFixed(2)}`);
  return `${out.join('\n')}\n`;
}

/** Relative image paths in a JSON-lines file: from the current folder, else from the file's folder. */
function imagePath(path: string, listFile: string): string {
  if (isAbsolute(path) || existsSync(path)) return path;
  const beside = resolve(dirname(listFile), path);
  return existsSync(beside) ? beside : path;
}

function messageOf(error: unknown): string {
  if (error instanceof ImageError) return error.message;
  return `cannot check the image: ${error instanceof Error ? error.message : String(error)}`;
}

export async function checkImageCommand(argv: string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { prompt: { type: 'string' }, image: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  let ocr: Ocr | null = null;
  const reader = () => (ocr ??= createNodeOcr());
  try {
    if (values.file !== undefined) {
      if (!values.file) throw new UsageError('--file needs a file path');
      if (!existsSync(values.file)) throw new UsageError(`no such file: ${values.file}`);
      for await (const { line, value, error } of readJsonLines(values.file)) {
        const fail = (id: string | number, message: string) => {
          if (values.json) out.stdout(`${JSON.stringify({ id, error: message })}\n`);
          else out.stdout(`# ${id}\nerror: ${message}\n\n`);
          out.stderr(`promptloss: ${message.startsWith('line ') ? message : `line ${line}: ${message}`}\n`);
        };
        if (error) {
          fail(line, error);
          continue;
        }
        const parsed = ImageLine.safeParse(value);
        const rawId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
        const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : line;
        if (!parsed.success) {
          fail(id, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; '));
          continue;
        }
        try {
          const pixels = await readImageFile(imagePath(parsed.data.image, values.file));
          const result = await checkImage(pixels, extract(parsed.data.prompt), reader(), { alwaysRead: true });
          if (values.json) out.stdout(`${JSON.stringify({ id, ...publicResult(result) })}\n`);
          else out.stdout(`# ${id}\n${formatImageReport(result)}\n`);
        } catch (caught) {
          fail(id, messageOf(caught));
        }
      }
      return 0;
    }
    if (values.prompt === undefined || values.image === undefined) {
      throw new UsageError('check-image needs --prompt TEXT and --image FILE, or --file FILE.jsonl');
    }
    let pixels;
    try {
      pixels = await readImageFile(values.image);
    } catch (caught) {
      out.stderr(`promptloss check-image: ${messageOf(caught)}\n`);
      return 1;
    }
    const result = await checkImage(pixels, extract(values.prompt), reader(), { alwaysRead: true });
    out.stdout(values.json ? `${JSON.stringify(publicResult(result))}\n` : formatImageReport(result));
    return 0;
  } finally {
    await (ocr as Ocr | null)?.dispose();
  }
}
