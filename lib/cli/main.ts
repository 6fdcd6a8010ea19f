import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditCommand } from './audit';
import { checkImageCommand } from './check-image';
import { analyzeCommand, extractCommand, repairCommand, UsageError } from './commands';

export const HELP = `promptloss — check which constraints of an image prompt a rewrite kept, changed or lost

Usage: promptloss <command> [options]

Commands:
  analyze --original TEXT --rewritten TEXT [--previous TEXT]... [--json]
            compare a prompt with its rewrite (earlier user messages with --previous, oldest first)
            --engine gemini: also check with the Gemini API (reads GEMINI_API_KEY; --gemini-base-url URL
            points it at a proxy or a local test server; PROMPTLOSS_GEMINI_MODEL overrides the model)
  analyze --pairs FILE.jsonl --json
            one Analysis JSON line per input line {"id"?, "original", "rewritten", "previous"?}
  extract TEXT | extract --file FILE.jsonl --json
            the constraints of a prompt; input lines {"prompt"}, output lines {"constraints": [...]}
  repair --original TEXT --rewritten TEXT [--structured]
            the rewrite with lost constraints restored, or the structured prompt
  audit PATH [--out DIR] [--json]
            every image generation of a ChatGPT data export (.zip, conversations.json or a folder of
            sharded conversations-000.json…): pairs, calls without a prompt, loss rate per kind, worst examples
  check-image --prompt TEXT --image FILE [--json]
            read the text in a generated image (PNG, JPEG or WebP) and check it, its placement and the
            format against the prompt, locally (PP-OCRv4, English and Chinese)
  check-image --file FILE.jsonl --json
            one line per input line {"id", "prompt", "image"}: {"id", "width", "height", "constraints",
            "text"} or {"id", "error"}; the model loads once

Options:
  -h, --help     show this help
  -v, --version  show the version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Runs the CLI and returns the exit code; stdout carries results only, messages go to stderr. */
export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const out = { stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text) };
  const commands: Record<string, (argv: string[], o: typeof out) => Promise<number>> = {
    analyze: analyzeCommand, extract: extractCommand, repair: repairCommand, audit: auditCommand,
    'check-image': checkImageCommand,
  };
  const run = commands[command];
  if (!run) {
    process.stderr.write(`promptloss: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await run(argv.slice(1), out);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`promptloss ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
