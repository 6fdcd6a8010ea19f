import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HELP = `promptloss — check which constraints of an image prompt a rewrite kept, changed or lost

Usage: promptloss <command> [options]

Commands:
  analyze   compare an original prompt with its rewrite
  extract   list the constraints of a prompt
  repair    restore lost constraints into a rewrite
  audit     analyse every image generation of a ChatGPT data export

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
  process.stderr.write(`promptloss: unknown command "${command}"\n\n${HELP}`);
  return 2;
}
