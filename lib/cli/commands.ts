import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_MODEL } from '../deep/client';
import { deepTextCheck } from '../deep/run';
import { DeepError } from '../deep/schema';
import { analyze, extract, repair, type Analysis } from '../engine';
import { readJsonLines } from './jsonl';
import { formatReport } from './report';

export class UsageError extends Error {}

type Out = { stdout: (text: string) => void; stderr: (text: string) => void };

const PairLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  original: z.string(),
  rewritten: z.string(),
  previous: z.array(z.string()).optional(),
});
const PromptLine = z.object({ id: z.union([z.string(), z.number()]).optional(), prompt: z.string() });

function idOf(value: unknown, line: number): string | number {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : line;
}

function zodMessage(error: z.ZodError, line: number): string {
  return `line ${line}: ${error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}`;
}

function requireFile(path: string | undefined, flag: string): string {
  if (!path) throw new UsageError(`${flag} needs a file path`);
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  return path;
}

export async function analyzeCommand(argv: string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      original: { type: 'string' }, rewritten: { type: 'string' }, previous: { type: 'string', multiple: true },
      pairs: { type: 'string' }, json: { type: 'boolean', default: false },
      engine: { type: 'string', default: 'local' }, 'gemini-base-url': { type: 'string' },
    },
    strict: true,
  });
  if (values.engine !== 'local' && values.engine !== 'gemini') throw new UsageError(`unknown engine "${values.engine}" (local or gemini)`);
  // --engine gemini: the local analysis, then checked and merged by the Gemini API with GEMINI_API_KEY.
  const deepOptions = { apiKey: process.env.GEMINI_API_KEY ?? '', model: process.env.PROMPTLOSS_GEMINI_MODEL || DEFAULT_MODEL, ...(values['gemini-base-url'] ? { baseUrl: values['gemini-base-url'] } : {}) };
  if (values.engine === 'gemini' && !deepOptions.apiKey) throw new UsageError('--engine gemini needs the GEMINI_API_KEY environment variable');
  const run = async (original: string, rewritten: string, previous?: string[]): Promise<Analysis> => {
    const local = analyze(original, rewritten, previous ? { previous } : {});
    return values.engine === 'gemini' ? deepTextCheck(local, deepOptions, previous ?? []) : local;
  };
  if (values.pairs !== undefined) {
    const path = requireFile(values.pairs, '--pairs');
    for await (const { line, value, error } of readJsonLines(path)) {
      if (error) {
        emit(out, values.json, { id: line, error });
        continue;
      }
      const parsed = PairLine.safeParse(value);
      if (!parsed.success) {
        emit(out, values.json, { id: idOf(value, line), error: zodMessage(parsed.error, line) });
        continue;
      }
      const { id, original, rewritten, previous } = parsed.data;
      let analysis: Analysis;
      try {
        analysis = await run(original, rewritten, previous);
      } catch (error) {
        emit(out, values.json, { id: id ?? line, error: error instanceof Error ? error.message : String(error) });
        continue;
      }
      if (values.json) out.stdout(`${JSON.stringify(id === undefined ? analysis : { id, ...analysis })}\n`);
      else out.stdout(`# ${id ?? line}\n${formatReport(analysis)}\n`);
    }
    return 0;
  }
  if (values.original === undefined || values.rewritten === undefined) {
    throw new UsageError('analyze needs --original TEXT and --rewritten TEXT, or --pairs FILE.jsonl');
  }
  let analysis: Analysis;
  try {
    analysis = await run(values.original, values.rewritten, values.previous);
  } catch (error) {
    out.stderr(`promptloss analyze: ${error instanceof DeepError ? `${error.code}: ` : ''}${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  out.stdout(values.json ? `${JSON.stringify(analysis)}\n` : formatReport(analysis));
  return 0;
}

export async function extractCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { file: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (values.file !== undefined) {
    const path = requireFile(values.file, '--file');
    for await (const { line, value, error } of readJsonLines(path)) {
      if (error) {
        emit(out, true, { id: line, error });
        continue;
      }
      const parsed = PromptLine.safeParse(value);
      if (!parsed.success) {
        emit(out, true, { id: idOf(value, line), error: zodMessage(parsed.error, line) });
        continue;
      }
      const constraints = extract(parsed.data.prompt);
      const id = parsed.data.id;
      out.stdout(`${JSON.stringify(id === undefined ? { constraints } : { id, constraints })}\n`);
    }
    return 0;
  }
  if (!positionals.length) throw new UsageError('extract needs TEXT or --file FILE.jsonl');
  const constraints = extract(positionals.join(' '));
  if (values.json) out.stdout(`${JSON.stringify({ constraints })}\n`);
  else for (const c of constraints) out.stdout(`${c.id}\t${c.kind}\t${c.subject}\t${c.value}${c.object ? `\t${c.object}` : ''}\t«${c.text}»\n`);
  return 0;
}

export async function repairCommand(argv: string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      original: { type: 'string' }, rewritten: { type: 'string' }, previous: { type: 'string', multiple: true },
      structured: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.original === undefined || values.rewritten === undefined) {
    throw new UsageError('repair needs --original TEXT and --rewritten TEXT');
  }
  const result = repair(analyze(values.original, values.rewritten, values.previous ? { previous: values.previous } : {}));
  if (values.json) out.stdout(`${JSON.stringify(result)}\n`);
  else out.stdout(`${values.structured ? result.structured : result.repaired}\n`);
  return 0;
}

function emit(out: Out, json: boolean | undefined, value: { id: string | number; error: string }): void {
  if (json) out.stdout(`${JSON.stringify(value)}\n`);
  out.stderr(`promptloss: ${value.error}\n`);
}
