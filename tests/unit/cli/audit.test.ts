import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { generationsFromConversation } from '@/lib/capture/chatgpt';

const BIN = join(__dirname, '../../../bin/promptloss.mjs');
const PAYLOADS = join(__dirname, '../../fixtures/chatgpt/payloads');
const conversations = ['dalle-apples-2024', 'gpt4o-sign-zh-2025', 'era-c-2026', 'followup-bunnies-2024', 'neon-openai-2025']
  .map((name) => JSON.parse(readFileSync(join(PAYLOADS, `${name}.json`), 'utf8')) as unknown);
const generations = conversations.flatMap((c) => generationsFromConversation(c).generations);

function audit(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'audit', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('promptloss audit', () => {
  test('a conversations.json: counts, classes, follow-ups, and the reports written with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-audit-'));
    writeFileSync(join(dir, 'conversations.json'), JSON.stringify(conversations));
    const out = join(dir, 'report');
    const result = audit([join(dir, 'conversations.json'), '--out', out, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.conversations).toBe(conversations.length);
    expect(summary.pairs).toBe(generations.length);
    expect(summary.withRewrite).toBe(generations.filter((g) => g.rewrite).length);
    expect(summary.withoutPrompt['no-prompt']).toBe(generations.filter((g) => g.capture === 'no-prompt').length);
    expect(summary.followUps.pairs).toBe(generations.filter((g) => g.rewrite && g.previousUserTexts.length).length);
    expect(summary.perKind.text.total).toBeGreaterThan(0);
    expect(summary.worst.length).toBeGreaterThan(0);
    for (const file of ['summary.json', 'report.md', 'constraints.csv', 'pairs.jsonl']) expect(existsSync(join(out, file))).toBe(true);
    expect(readFileSync(join(out, 'pairs.jsonl'), 'utf8').trim().split('\n')).toHaveLength(generations.length);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Loss rate per constraint kind');
  });

  test('the same export as a .zip, and a readable summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-audit-'));
    writeFileSync(join(dir, 'export.zip'), zipSync({ 'conversations.json': strToU8(JSON.stringify(conversations)), 'user.json': strToU8('{}') }));
    const result = audit([join(dir, 'export.zip')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${generations.length} image generations`);
    expect(result.stdout).toMatch(/loss rate per constraint kind/);
  });

  test('a file that is not an export fails with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-audit-'));
    writeFileSync(join(dir, 'nope.json'), 'this is not json');
    const result = audit([join(dir, 'nope.json')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/promptloss audit/);
    expect(audit([]).code).toBe(2);
  });
});
