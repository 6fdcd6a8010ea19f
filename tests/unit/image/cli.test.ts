import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Constraint } from '@/lib/engine';
import { chunk, writePng } from './png-writer';

/** check-image is a stable contract: run it as outside tools do, as a process. These load the OCR model. */
const BIN = join(__dirname, '../../../bin/promptloss.mjs');
const IMAGES = join(__dirname, '../../fixtures/images');
function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'check-image', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const TIMEOUT = { timeout: 180_000 };

describe('promptloss check-image', () => {
  test('a misspelt sign is altered, with what was read; the report is readable', TIMEOUT, () => {
    const json = run(['--prompt', 'A wooden sign that says "OpenAI" at the top, 16:9', '--image', join(IMAGES, '36-misrendered.png'), '--json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { width: number; height: number; constraints: unknown[]; text: { text: string; box: number[][]; score: number }[] };
    expect([result.width, result.height]).toEqual([1024, 1024]);
    const constraints = result.constraints.map((c) => Constraint.parse(c));
    const text = constraints.find((c) => c.kind === 'text')!;
    expect(text.image).toMatchObject({ verdict: 'altered', read: 'OpanAl', source: 'ocr' });
    expect(text.image!.distance).toBeCloseTo(1 / 6, 2);
    expect(text.image!.box).toHaveLength(4);
    expect(constraints.find((c) => c.kind === 'aspect')!.image).toMatchObject({ verdict: 'lost', source: 'format' });
    expect(constraints.find((c) => c.kind === 'position')!.image).toMatchObject({ verdict: 'altered' });
    expect(result.text[0]).toMatchObject({ text: 'OpanAl' });
    expect(result.text[0]!.box).toHaveLength(4);
    const report = run(['--prompt', 'A wooden sign that says "OpenAI"', '--image', join(IMAGES, '36-misrendered.png')]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/text\s+"OpenAI" on sign\s+≠ altered\s+«OpanAl» · distance 0\.17/);
    expect(report.stdout).toMatch(/text read:\n {2}«OpanAl»/);
  });

  test('--file: one line per input in order, ids echoed, bad lines and bad images do not stop the batch', TIMEOUT, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-image-'));
    const huge = writePng({ width: 1, height: 1, depth: 8, colour: 0, samples: () => [0] });
    new DataView(huge.buffer, huge.byteOffset).setUint32(16, 8000);
    new DataView(huge.buffer, huge.byteOffset).setUint32(20, 8000);
    writeFileSync(join(dir, 'huge.png'), huge);
    writeFileSync(join(dir, 'animated.png'), writePng({ width: 2, height: 2, depth: 8, colour: 0, samples: () => [0], extra: [chunk('acTL', new Uint8Array(8))] }));
    const good = readFileSync(join(IMAGES, '67-aspect.png'));
    writeFileSync(join(dir, 'truncated.png'), good.subarray(0, 4000));
    writeFileSync(join(dir, 'notes.png'), 'not an image at all');
    writeFileSync(join(dir, 'copy.png'), good);
    const lines = [
      { id: 'zh', prompt: '一张海报，标题写着“春节快乐”', image: join(IMAGES, '30-chinese.png') },
      { id: 'huge', prompt: 'x', image: 'huge.png' },
      '{broken',
      { id: 'animated', prompt: 'x', image: join(dir, 'animated.png') },
      { id: 'truncated', prompt: 'x', image: join(dir, 'truncated.png') },
      { id: 'text', prompt: 'x', image: join(dir, 'notes.png') },
      { id: 'missing', prompt: 'x', image: join(dir, 'nope.png') },
      { id: 'noimage', prompt: 'x' },
      { id: 7, prompt: 'a banner with the text "SALE"', image: 'copy.png' },
      { id: 'glyph', prompt: '一张海报，标题写着“春节快乐”', image: join(IMAGES, '45-near-miss-zh.png') },
    ];
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
    const started = Date.now();
    const result = run(['--file', file, '--json']);
    const seconds = (Date.now() - started) / 1000;
    expect(result.code).toBe(0);
    const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['zh', 'huge', 3, 'animated', 'truncated', 'text', 'missing', 'noimage', 7, 'glyph']);
    const verdict = (o: Record<string, unknown>, kind: string) => (o.constraints as { kind: string; image?: { verdict: string } }[]).find((c) => c.kind === kind)?.image?.verdict;
    expect(verdict(out[0]!, 'text')).toBe('kept');
    expect(out[1]!.error).toMatch(/too large: 8000×8000/);
    expect(out[2]!.error).toMatch(/not JSON/);
    expect(out[3]!.error).toMatch(/animated/);
    expect(out[4]!.error).toMatch(/truncated|corrupt/);
    expect(out[5]!.error).toMatch(/not an image/);
    expect(out[6]!.error).toMatch(/no such file/);
    expect(out[7]!.error).toMatch(/image/);
    expect(out[8]).toMatchObject({ id: 7, width: 1536, height: 512 });
    expect(verdict(out[8]!, 'text')).toBe('kept');
    expect(verdict(out[8]!, 'aspect')).toBe('kept');
    // 春节快乐 with a glyph made of two halves: never a clean match
    expect(['altered', 'unverified']).toContain(verdict(out[9]!, 'text'));
    expect(result.stderr).toMatch(/line 2: image too large/);
    console.log(`check-image batch of ${lines.length} lines (4 images): ${seconds.toFixed(1)} s`);
  });

  test('usage errors exit 2; an unreadable image exits 1 with a message and nothing on stdout', TIMEOUT, () => {
    for (const args of [['--prompt', 'x'], ['--image', 'a.png'], ['--bogus']]) {
      const result = run(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/check-image/);
    }
    const missing = run(['--prompt', 'x', '--image', '/no/such.png']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/no such file/);
  });
});
