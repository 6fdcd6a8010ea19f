import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Analysis } from '@/lib/engine';

/** The CLI is a stable contract: run it the way outside tools do, as a process. */
const BIN = join(__dirname, '../../../bin/promptloss.mjs');
function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('promptloss CLI', () => {
  test('--version and --help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('analyze --pairs FILE.jsonl --json');
  });

  test('analyze --json prints one Analysis line; the readable report shows statuses', () => {
    const args = ['analyze', '--original', 'Three apples, no people', '--rewritten', 'A few apples in a busy market crowded with shoppers.'];
    const json = run([...args, '--json']);
    expect(json.code).toBe(0);
    const lines = json.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const analysis = Analysis.parse(JSON.parse(lines[0]!));
    expect(analysis.constraints.find((c) => c.kind === 'count')?.status).toBe('altered');
    const report = run(args);
    expect(report.stdout).toMatch(/count\s+apple: 3\s+≠ altered/);
    expect(report.stdout).toMatch(/fidelity/);
  });

  test('analyze --pairs streams one line per input line, echoes ids, and survives bad lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', original: 'a red cup', rewritten: 'a crimson cup' }),
      '{not json',
      JSON.stringify({ id: 'c', original: 'two dogs' }),
      JSON.stringify({ original: '三只猫', rewritten: 'three cats' }),
    ].join('\n'));
    const result = run(['analyze', '--pairs', file, '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('a');
    expect(lines[0].constraints.find((c: { kind: string }) => c.kind === 'attribute').status).toBe('kept');
    expect(lines[1]).toEqual({ id: 2, error: expect.stringMatching(/not JSON/) });
    expect(lines[2]).toEqual({ id: 'c', error: expect.stringMatching(/rewritten/) });
    expect(lines[3].constraints.find((c: { kind: string }) => c.kind === 'count').status).toBe('kept');
    expect(result.stderr).toMatch(/line 2/);
  });

  test('extract takes text or a JSON-lines file', () => {
    const single = run(['extract', '三个苹果', '--json']);
    expect(JSON.parse(single.stdout).constraints.some((c: { kind: string; value: string }) => c.kind === 'count' && c.value === '3')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
    const file = join(dir, 'prompts.jsonl');
    writeFileSync(file, `${JSON.stringify({ prompt: 'two dogs' })}\n${JSON.stringify({ text: 'x' })}\n`);
    const lines = run(['extract', '--file', file, '--json']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0].constraints.length).toBeGreaterThan(0);
    expect(lines[1].error).toMatch(/prompt/);
  });

  test('repair restores lost constraints; --structured prints the spec', () => {
    const args = ['repair', '--original', 'three apples, sunlight from the left', '--rewritten', 'Apples in soft light.'];
    expect(run(args).stdout).toMatch(/exactly 3 apples/);
    const spec = JSON.parse(run([...args, '--structured']).stdout);
    expect(spec.objects[0]).toMatchObject({ name: 'apple', count: 3 });
  });

  test('usage errors exit non-zero with a message on stderr and nothing on stdout', () => {
    for (const args of [['analyze', '--original', 'x'], ['analyze', '--bogus'], ['frobnicate'], ['analyze', '--pairs', '/no/such.jsonl', '--json']]) {
      const result = run(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toBe('');
    }
  });

  test('npm run --silent promptloss works as documented', () => {
    const out = execFileSync('npm', ['run', '--silent', 'promptloss', '--', '--version'], { encoding: 'utf8', cwd: join(__dirname, '../../..') });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
