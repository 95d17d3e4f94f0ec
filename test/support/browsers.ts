/**
 * The one browser-launch module of the real-browser tests, the Firefox smoke test and the bench: Debian's
 * Chromium through playwright-core (plain, or with an unpacked extension), and Debian's Firefox ESR driven
 * over WebDriver BiDi (built into Firefox: no geckodriver, no browser download).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Flags for a quiet Chromium on a machine without network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

function needChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

/** A plain headless Chromium (no extension). */
export async function launchChromium(): Promise<Browser> {
  needChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** Headless Chromium with the unpacked extension in `extensionDir`, in a fresh profile removed by close(). */
export async function launchChromiumWithExtension(
  extensionDir: string,
  opts: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  needChromium();
  const locale = opts.locale ?? 'en-US';
  const userDataDir = mkdtempSync(join(tmpdir(), 'khulasa-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Firefox over WebDriver BiDi

/** The smallest WebSocket client BiDi needs (Node 20 has no WebSocket without a flag): text frames. */
function connect(
  url: string,
): Promise<{ send(text: string): void; onText(cb: (text: string) => void): void; close(): void }> {
  return new Promise((ok, ko) => {
    const req = request(url.replace(/^ws/, 'http'), {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    });
    req.on('error', ko);
    req.on('upgrade', (_res, socket, head: Buffer) => {
      let buf = head;
      let parts: Buffer[] = [];
      let listener = (_text: string) => {};
      socket.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        while (buf.length >= 2) {
          let len = buf[1]! & 0x7f;
          let off = 2;
          if (len === 126) {
            if (buf.length < 4) return;
            len = buf.readUInt16BE(2);
            off = 4;
          } else if (len === 127) {
            if (buf.length < 10) return;
            len = Number(buf.readBigUInt64BE(2));
            off = 10;
          }
          if (buf.length < off + len) return;
          const fin = buf[0]! & 0x80;
          const op = buf[0]! & 0x0f;
          const payload = buf.subarray(off, off + len);
          buf = buf.subarray(off + len);
          if (op === 0 || op === 1) {
            parts.push(payload);
            if (fin) {
              listener(Buffer.concat(parts).toString('utf8'));
              parts = [];
            }
          }
        }
      });
      ok({
        send(text) {
          const data = Buffer.from(text, 'utf8');
          const mask = randomBytes(4);
          const n = data.length;
          const head =
            n < 126
              ? Buffer.from([0x81, 0x80 | n])
              : n < 65536
                ? Buffer.from([0x81, 0x80 | 126, n >> 8, n & 0xff])
                : Buffer.concat([
                    Buffer.from([0x81, 0x80 | 127]),
                    (() => {
                      const b = Buffer.alloc(8);
                      b.writeBigUInt64BE(BigInt(n));
                      return b;
                    })(),
                  ]);
          for (let i = 0; i < n; i++) data[i]! ^= mask[i & 3]!;
          socket.write(Buffer.concat([head, mask, data]));
        },
        onText(cb) {
          listener = cb;
        },
        close() {
          socket.destroy();
        },
      });
    });
    req.end();
  });
}

export interface FirefoxSession {
  /** one BiDi command; rejects on a BiDi error */
  send(method: string, params?: object): Promise<any>;
  /** evaluates `expression` (may return a promise) in a browsing context; JSON in, JSON out */
  evaluate(context: string, expression: string): Promise<any>;
  close(): Promise<void>;
}

/**
 * Headless Firefox ESR in a fresh profile prepared by `prepareProfile` (add-ons in extensions/, prefs in
 * user.js via `prefs`), with a BiDi session open. close() ends Firefox and removes the profile.
 */
export async function launchFirefox(
  opts: { prefs?: Record<string, unknown>; prepareProfile?: (dir: string) => void } = {},
): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'khulasa-firefox-'));
  opts.prepareProfile?.(profile);
  const prefs = {
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
    ...opts.prefs,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );

  const ff = spawn(FIREFOX, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((done) => ff.once('exit', done));
  let ws: Awaited<ReturnType<typeof connect>> | undefined;
  const close = async () => {
    ws?.close();
    if (ff.exitCode === null) ff.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    let stderr = '';
    const wsUrl = await new Promise<string>((ok, ko) => {
      ff.stderr!.on('data', (d) => {
        stderr += d;
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
        if (m) ok(m[1]!);
      });
      ff.on('exit', (code) => ko(new Error(`firefox exited (${code}): ${stderr.slice(-2000)}`)));
      setTimeout(() => ko(new Error(`firefox did not start within 30 s: ${stderr.slice(-2000)}`)), 30_000);
    });
    ws = await connect(`${wsUrl}/session`);
    let nextId = 1;
    const waiting = new Map<number, { ok(r: any): void; ko(e: Error): void }>();
    ws.onText((text) => {
      const m = JSON.parse(text);
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      if (m.type === 'error') w.ko(new Error(`${m.error}: ${m.message}`));
      else w.ok(m.result);
    });
    const send = (method: string, params: object = {}) =>
      new Promise<any>((ok, ko) => {
        const id = nextId++;
        waiting.set(id, { ok, ko });
        ws!.send(JSON.stringify({ id, method, params }));
      });
    const evaluate = async (context: string, expression: string) => {
      const r = await send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context },
        awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`evaluate: ${JSON.stringify(r.exceptionDetails).slice(0, 500)}`);
      return JSON.parse(r.result.value);
    };
    await send('session.new', { capabilities: {} });
    return { send, evaluate, close };
  } catch (e) {
    await close();
    throw e;
  }
}
