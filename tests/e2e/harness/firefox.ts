import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ARTIFACTS, FIREFOX_BUILD, firefoxPath, INSTALL_HINT } from './browsers';
import { routeReplica } from './replica';
import '../../fixtures/chatgpt/routes';
import '../../fixtures/gemini/routes';

/**
 * Firefox ESR driven over plain WebDriver BiDi (Playwright's Firefox channel does not work with Debian's ESR):
 * the MV3 build installed as a temporary add-on, the two sites answered from the replicas by network intercepts.
 */
export const FIREFOX_ADDON_ID = 'promptloss@promptloss.dev';
/** Fixed so that extension pages have a known moz-extension:// origin in tests. */
export const FIREFOX_EXTENSION_UUID = '6d1f6c5e-58a4-4f0e-9d7a-2f0c7c1d4a11';
const SITE_HOSTS = ['chatgpt.com', 'chat.openai.com', 'gemini.google.com'];

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export class FirefoxSession {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  readonly requests: { method: string; url: string }[] = [];
  context = '';

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on('message', (data) => this.onMessage(JSON.parse(String(data)) as Record<string, unknown>));
  }

  static async launch(options: { extension?: boolean } = {}): Promise<FirefoxSession> {
    const binary = firefoxPath();
    if (!binary) throw new Error(`Firefox not found. ${INSTALL_HINT}`);
    const profile = mkdtempSync(join(tmpdir(), 'promptloss-ff-'));
    writeFileSync(
      join(profile, 'user.js'),
      [
        `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }))});`,
        'user_pref("browser.shell.checkDefaultBrowser", false);',
        'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
        'user_pref("app.update.enabled", false);',
        'user_pref("network.captive-portal-service.enabled", false);',
        'user_pref("browser.safebrowsing.update.enabled", false);',
        'user_pref("extensions.getAddons.cache.enabled", false);',
      ].join('\n'),
    );
    const child = spawn(binary, ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, '--no-remote'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_HEADLESS_WIDTH: '1280', MOZ_HEADLESS_HEIGHT: '860' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${seen}`)), 60_000);
      const onData = (chunk: Buffer) => {
        seen += String(chunk);
        const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stderr?.on('data', onData);
      child.stdout?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${seen}`)));
    });
    const socket = new WebSocket(`${url.replace(/\/$/, '')}/session`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const session = new FirefoxSession(child, socket, profile);
    await session.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    if (options.extension ?? true) await session.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    await session.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    await session.send('network.addIntercept', {
      phases: ['beforeRequestSent'],
      urlPatterns: SITE_HOSTS.map((hostname) => ({ type: 'pattern', protocol: 'https', hostname })),
    });
    const tree = (await session.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
    session.context = tree.contexts[0]!.context;
    mkdirSync(`${ARTIFACTS}/screenshots`, { recursive: true });
    return session;
  }

  send(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  private onMessage(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') pending?.reject(new Error(`${message.error}: ${message.message}`));
      else pending?.resolve((message.result ?? {}) as Record<string, unknown>);
      return;
    }
    if (message.method === 'network.beforeRequestSent') void this.answer(message.params as BeforeRequestSent);
  }

  private async answer(event: BeforeRequestSent): Promise<void> {
    if (!event.isBlocked) return;
    const { request, url, method } = event.request;
    this.requests.push({ method, url });
    const response = routeReplica({ url, method });
    await this.send('network.provideResponse', {
      request,
      statusCode: response.status,
      reasonPhrase: response.status === 200 ? 'OK' : 'Not Found',
      headers: Object.entries({ 'content-type': response.contentType, ...response.headers }).map(([name, value]) => ({
        name,
        value: { type: 'string', value },
      })),
      body: { type: 'base64', value: response.body.toString('base64') },
    }).catch(() => {});
  }

  async navigate(url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** Evaluates an expression in the page (awaiting promises) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (result.type === 'exception') throw new Error(`evaluate failed: ${result.exceptionDetails?.text}`);
    const text = result.result?.value;
    return (text === undefined ? undefined : JSON.parse(text)) as T;
  }

  /** Polls an expression until it is truthy. */
  async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async screenshot(name: string): Promise<string> {
    const { data } = (await this.send('browsingContext.captureScreenshot', { context: this.context })) as {
      data: string;
    };
    const path = `${ARTIFACTS}/screenshots/firefox-${name}.png`;
    writeFileSync(path, Buffer.from(data, 'base64'));
    return path;
  }

  extensionUrl(path: string): string {
    return `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => {});
    this.socket.close();
    this.process.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    rmSync(this.profile, { recursive: true, force: true });
  }
}

interface BeforeRequestSent {
  isBlocked?: boolean;
  request: { request: string; url: string; method: string };
}
