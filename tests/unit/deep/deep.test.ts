import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '@/lib/engine';
import { deepImageAudit, deepTextCheck, inputHash } from '@/lib/deep/run';
import { DeepError } from '@/lib/deep/schema';
import { answer, failure, startGeminiStandIn, type StandIn } from '../../helpers/gemini-stand-in';

const local = analyze('Three apples, sunlight from the left, no people', 'A bowl of apples in soft light with a farmer nearby.');
let server: StandIn;
beforeAll(async () => {
  server = await startGeminiStandIn(() => answer({ constraints: [] }));
});
afterAll(() => server.close());
const options = () => ({ apiKey: 'test-key-123', model: 'gemini-flash-latest', baseUrl: server.url, sleep: async () => {} });

describe('deep text check through the real @google/genai client', () => {
  test('sends the key in a header and the schema as structured output; merges statuses and rationales', async () => {
    const count = local.constraints.find((c) => c.kind === 'count')!;
    const negation = local.constraints.find((c) => c.kind === 'negation')!;
    server.setReply(() => answer({
      constraints: [
        { id: count.id, kind: 'count', subject: 'apple', value: '3', status: 'lost', rationale: 'The rewrite says "a bowl of apples".' },
        { id: negation.id, kind: 'negation', subject: 'person', value: 'person', status: 'altered', found: 'a farmer', rationale: 'A farmer appears.' },
        { id: 'new-1', kind: 'object', subject: 'bowl', value: 'bowl', status: 'kept', rationale: 'Implied container.' },
      ],
    }));
    const merged = await deepTextCheck(local, options());
    const request = server.requests.at(-1)!;
    expect(request.path).toContain('/models/gemini-flash-latest:generateContent');
    expect(request.apiKey).toBe('test-key-123');
    expect(request.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
    expect(request.body.generationConfig!.responseJsonSchema).toBeTruthy();
    expect(request.body.contents![0]!.parts![0]!.text).toContain('Three apples');
    const mergedCount = merged.constraints.find((c) => c.id === count.id)!;
    expect(mergedCount.status).toBe('lost');
    expect(mergedCount.rationale).toMatch(/bowl of apples/);
    expect((mergedCount as { localStatus?: string }).localStatus).toBe(count.status === 'lost' ? undefined : count.status);
    expect(merged.constraints.some((c) => c.subject === 'bowl' && c.span[0] === 0 && c.span[1] === 0)).toBe(true);
    expect(merged.summary.lost + merged.summary.kept + merged.summary.altered + merged.summary.unbound).toBe(merged.constraints.length);
  });

  test.each([
    ['invalid key', () => failure(400, 'API key not valid. Please pass a valid API key.', 'API_KEY_INVALID'), 'invalid-key'],
    ['quota', () => failure(429, 'Resource has been exhausted (e.g. check quota).'), 'quota'],
    ['server error', () => failure(500, 'Internal error'), 'server'],
    ['malformed output', () => answer('{"constraints": [ {"id": 1'), 'malformed'],
    ['wrong shape', () => answer({ verdicts: 'nope' }), 'malformed'],
    ['safety block', () => ({ status: 200, body: { promptFeedback: { blockReason: 'SAFETY' }, candidates: [] } }), 'safety'],
  ] as const)('%s gives a typed error', async (_name, reply, code) => {
    server.setReply(reply);
    const error = await deepTextCheck(local, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeepError);
    expect((error as DeepError).code).toBe(code);
    expect((error as DeepError).message).not.toContain('test-key-123');
  });

  test('429 and 5xx are retried with backoff, then succeed', async () => {
    const before = server.requests.length;
    server.setReply((_request, index) => (index - before < 2 ? failure(index - before === 0 ? 429 : 503, 'busy') : answer({ constraints: [] })));
    const merged = await deepTextCheck(local, options());
    expect(server.requests.length - before).toBe(3);
    expect(merged.constraints).toHaveLength(local.constraints.length);
  });

  test('no key and no network are clear errors', async () => {
    await expect(deepTextCheck(local, { ...options(), apiKey: '' })).rejects.toMatchObject({ code: 'no-key' });
    await expect(deepTextCheck(local, { ...options(), baseUrl: 'http://127.0.0.1:9' })).rejects.toMatchObject({ code: 'network' });
  });
});

test('the image audit sends the image inline and puts a verdict on each constraint', async () => {
  const text = local.constraints[0]!;
  server.setReply(() => answer({ verdicts: [{ id: text.id, verdict: 'altered', read: 'OpanAl', rationale: 'The sign is misspelt.' }] }));
  const audited = await deepImageAudit(local, { mimeType: 'image/png', base64: 'iVBORw0KGgo=' }, options());
  const inline = server.requests.at(-1)!.body.contents![0]!.parts!.find((p) => p.inlineData);
  expect(inline?.inlineData).toEqual({ mimeType: 'image/png', data: 'iVBORw0KGgo=' });
  expect((audited.constraints[0] as { image?: { verdict: string; read?: string } }).image).toMatchObject({ verdict: 'altered', read: 'OpanAl' });
});

test('the cache key depends on every input', () => {
  expect(inputHash('a', 'b')).toBe(inputHash('a', 'b'));
  expect(inputHash('a', 'b')).not.toBe(inputHash('a', 'c'));
});

test('the CLI: --engine gemini reads GEMINI_API_KEY and --gemini-base-url; errors are clear', async () => {
  const { spawn } = await import('node:child_process');
  const { join } = await import('node:path');
  const run = (args: string[], env: Record<string, string>) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, '../../../bin/promptloss.mjs'), ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  server.setReply((request) => {
    const prompt = request.body.contents?.[0]?.parts?.[0]?.text ?? '';
    const list = JSON.parse(/Constraints[^\n]*\n(\[.*\])/.exec(prompt)?.[1] ?? '[]') as { id: string }[];
    return answer({ constraints: list.map((c) => ({ ...c, status: 'kept', rationale: 'cli stand-in' })) });
  });
  const args = ['analyze', '--original', 'three apples', '--rewritten', 'apples', '--engine', 'gemini', '--gemini-base-url', server.url, '--json'];
  const ok = await run(args, { GEMINI_API_KEY: 'cli-key' });
  expect(ok.code).toBe(0);
  const analysis = JSON.parse(ok.stdout);
  expect(analysis.constraints.every((c: { rationale?: string }) => c.rationale === 'cli stand-in')).toBe(true);
  expect(server.requests.at(-1)!.apiKey).toBe('cli-key');
  const noKey = await run(args, { GEMINI_API_KEY: '' });
  expect(noKey.code).toBe(2);
  expect(noKey.stderr).toMatch(/GEMINI_API_KEY/);
  server.setReply(() => failure(400, 'API key not valid.', 'API_KEY_INVALID'));
  const bad = await run(args, { GEMINI_API_KEY: 'wrong' });
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/invalid-key/);
});
