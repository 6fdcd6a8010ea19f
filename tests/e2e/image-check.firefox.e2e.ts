import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '@/lib/engine';
import { FirefoxSession } from './harness/firefox';

/** Firefox has no offscreen documents: the check runs in an iframe of the background page, same pipeline as Node. */
let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await FirefoxSession.launch();
});
afterAll(async () => {
  await firefox?.close();
});

test('the background checks an image in Firefox and gives the same verdict as the CLI', async () => {
  const prompt = 'a banner with the text "SALE", 16:9';
  const image = fileURLToPath(new URL('../fixtures/images/67-aspect.png', import.meta.url));
  const bin = fileURLToPath(new URL('../../bin/promptloss.mjs', import.meta.url));
  const cli = JSON.parse(spawnSync(process.execPath, [bin, 'check-image', '--prompt', prompt, '--image', image, '--json'], { encoding: 'utf8' }).stdout) as
    { constraints: { kind: string; image?: { verdict: string; read?: string } }[] };
  const expected = cli.constraints.filter((c) => c.image).map((c) => `${c.kind}:${c.image!.verdict}`);
  await firefox.navigate(firefox.extensionUrl('popup.html'));
  const request = { type: 'image/check', analysis: analyze(prompt, ''), image: { base64: readFileSync(image).toString('base64'), mimeType: 'image/png' } };
  const answer = await firefox.evaluate<{ ok: boolean; analysis?: { constraints: { kind: string; image?: { verdict: string } }[] } }>(
    `browser.runtime.sendMessage(${JSON.stringify(request)})`,
  );
  expect(answer.ok).toBe(true);
  expect(answer.analysis!.constraints.filter((c) => c.image).map((c) => `${c.kind}:${c.image!.verdict}`)).toEqual(expected);
  expect(expected).toContain('text:kept');
  expect(expected.some((v) => v.startsWith('aspect:'))).toBe(true);
});
