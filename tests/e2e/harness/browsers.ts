import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the browsers and the builds are; the test runner checks these before anything starts. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_BUILD = `${ROOT}.output/chrome-mv3`;
export const FIREFOX_BUILD = `${ROOT}.output/firefox-mv3`;
export const ARTIFACTS = `${ROOT}tests/e2e/.artifacts`;

function firstExisting(candidates: (string | undefined)[]): string | null {
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

export function chromiumPath(): string | null {
  return firstExisting([process.env.PROMPTLOSS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
}

export function firefoxPath(): string | null {
  return firstExisting([process.env.PROMPTLOSS_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

export const INSTALL_HINT =
  'Install the browsers with: sudo apt-get update && sudo apt-get install -y chromium firefox-esr fonts-noto-cjk\n' +
  '(or point PROMPTLOSS_CHROMIUM / PROMPTLOSS_FIREFOX at your own binaries).';
