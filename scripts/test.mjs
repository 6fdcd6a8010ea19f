#!/usr/bin/env node
// The one test command: checks the browsers, builds both extensions, runs the unit tests, then the
// end-to-end suites in Chromium and Firefox. `--unit-only` / `--e2e-only` run a part.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = new Set(process.argv.slice(2));
const HINT =
  'Install them with: sudo apt-get update && sudo apt-get install -y chromium firefox-esr fonts-noto-cjk\n' +
  '(or point PROMPTLOSS_CHROMIUM / PROMPTLOSS_FIREFOX at your own binaries).';

function find(envName, candidates) {
  return [process.env[envName], ...candidates].find((path) => path && existsSync(path)) ?? null;
}

function run(title, command, commandArgs) {
  process.stderr.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${title} failed\n`);
    process.exit(result.status ?? 1);
  }
}

if (!args.has('--e2e-only')) run('unit tests', 'npx', ['vitest', 'run']);
if (!args.has('--unit-only')) {
  const missing = [
    ['Chromium', find('PROMPTLOSS_CHROMIUM', ['/usr/bin/chromium', '/usr/bin/chromium-browser'])],
    ['Firefox', find('PROMPTLOSS_FIREFOX', ['/usr/bin/firefox-esr', '/usr/bin/firefox'])],
  ].filter(([, path]) => !path);
  if (missing.length) {
    process.stderr.write(`✖ ${missing.map(([name]) => name).join(' and ')} not found. ${HINT}\n`);
    process.exit(1);
  }
  run('build (chrome-mv3, firefox-mv3)', 'npm', ['run', '--silent', 'build']);
  run('end-to-end in Chromium and Firefox', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']);
}
process.stderr.write('\n✔ all tests passed\n');
