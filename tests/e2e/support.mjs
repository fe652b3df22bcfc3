// The one support module of the browser tests: tests/e2e/ (Debian's Chromium
// driven by playwright-core, never a downloaded browser), tests/engines/
// (WebKit and Firefox over WebDriver) and benches/browser/ import from here.
// One job per helper; a second copy of any of them in a test file is a bug.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'target', 'screenshots');

// ---------------------------------------------------------------- the site's words

/** The words crate's catalogues, one TOML file a language: what the pages must say. */
const CATALOGUES = path.join(ROOT, 'crates', 'words', 'lang');

/** The language codes the site speaks: one catalogue each. */
export function languages() {
  return fs.readdirSync(CATALOGUES).filter((f) => f.endsWith('.toml')).map((f) => f.replace(/\.toml$/, '')).sort();
}

/** A language's catalogue (crates/words/lang/<code>.toml), as text. */
export function catalogue(code) {
  return fs.readFileSync(path.join(CATALOGUES, `${code}.toml`), 'utf8');
}

// ---------------------------------------------------------------- servers

/** scripts/static-server.mjs's server (the one `scripts/serve` runs), re-exported for the tests. */
export { serve };

/** A free TCP port on 127.0.0.1, for a server that must be told its port (PHP's, a WebDriver's). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `check` every 100 ms until it returns something truthy, and returns
 * that: for conditions only Node can see (a server answering, two sizes in
 * two frames agreeing). On timeout it throws an error naming `what`, with
 * what `seen()` (if given) says was last seen. A condition inside one page is
 * `page.waitForFunction`'s job (it is checked on every frame); an error
 * thrown by `check` ends the wait at once.
 */
export async function until(what, check, timeoutMs = 30000, seen = undefined) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > end) {
      const last = seen ? `; last seen: ${await seen()}` : '';
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---------------------------------------------------------------- Chromium

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
  });
}

/**
 * For a test file: serves dist/ and launches Chromium before its tests, and
 * closes both after. Returns the site the tests open pages on, `{ origin,
 * browser }`, filled in once the `before` hook has run. `alongside(site)`,
 * if given, sets up more once the site is up (a second `before` would not
 * wait for it) and may return how to take that down again.
 */
export function withWidget(alongside = undefined) {
  const site = {};
  let server;
  let takeDown;
  before(async () => {
    server = await serve(DIST);
    site.origin = server.origin;
    site.browser = await launch();
    takeDown = await alongside?.(site);
  });
  after(async () => {
    await takeDown?.();
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/**
 * Collects what a reader must never meet into the returned array: console
 * errors, uncaught exceptions, failed requests and, when `origin` is given,
 * requests to any other origin (the widget talks to nobody but its own site).
 */
export function watchProblems(page, origin = undefined) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  if (origin) {
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
        problems.push(`foreign request: ${r.url()}`);
      }
    });
  }
  return problems;
}

/**
 * Opens `address` (a path and query under the site, without the leading
 * slash) in a fresh context, 1280×800 unless `options` say otherwise, with
 * its problems watched. Waits for nothing more than the load: each caller
 * waits for what its page shows.
 */
export async function openPage(site, address, options = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = watchProblems(page, site.origin);
  await page.goto(`${site.origin}/${address}`);
  return { context, page, problems };
}

/** Opens the widget with a scenario `query` and waits until it has mounted. */
export async function openWidget(site, query = '', options = {}) {
  const opened = await openPage(site, query ? `?${query}` : '', options);
  await opened.page.waitForSelector('[data-testid="widget"]', { timeout: 20000 });
  return opened;
}

// ---------------------------------------------------------------- reading the widget

/** The number in a readout's data-value. */
export async function readout(page, testid) {
  const v = await page.getAttribute(`[data-testid="${testid}"]`, 'data-value');
  return Number(v);
}

/** Simulated seconds the widget has run (its readouts' `data-sim-time`). */
export async function simTime(page) {
  return Number(await page.getAttribute('[data-testid="readouts"]', 'data-sim-time'));
}

/** Fraction of a canvas's pixels that are not transparent or white. */
export async function paintedFraction(page, selector) {
  return page.$eval(selector, (canvas) => {
    const ctx = canvas.getContext('2d');
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 0 && !(r > 245 && g > 245 && b > 245)) painted++;
    }
    return painted / (width * height);
  });
}

/** How far the page reaches past the viewport's right edge, in CSS pixels (0: no sideways scrolling). */
export function horizontalOverflow(page) {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - innerWidth));
}

// ---------------------------------------------------------------- waiting on the widget

/**
 * Waits until the widget has simulated `seconds` more (at whatever speed it
 * plays): the condition behind every "let it run a while" in these tests.
 */
export async function waitSimulated(page, seconds, timeout = 30000) {
  const from = await simTime(page);
  await page.waitForFunction(
    ([from, seconds]) => Number(document.querySelector('[data-testid="readouts"]')?.dataset.simTime) >= from + seconds,
    [from, seconds],
    { timeout },
  );
}

/**
 * Waits until a readout's number is `below` and/or `above` the given bounds.
 * `page` may be a Playwright frame (the widget in an iframe).
 */
export async function waitForReadout(page, testid, { below = Infinity, above = -Infinity }, timeout = 20000) {
  await page.waitForFunction(
    ([testid, below, above]) => {
      const v = Number(document.querySelector(`[data-testid="${testid}"]`)?.dataset.value);
      return Number.isFinite(v) && v < below && v > above;
    },
    [testid, below, above],
    { timeout },
  );
}

/** Waits until a canvas has painted pixels (the widget drew its first plot). */
export async function waitForPainted(page, selector = '[data-testid="pressure-chart-canvas"]', timeout = 20000) {
  await page.waitForFunction((selector) => {
    const c = document.querySelector(selector);
    if (!c || c.width === 0) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 16) if (d[i] > 0) return true;
    return false;
  }, selector, { timeout });
}

/** Waits for `n` frames of the browser's own (unwrapped) animation clock. */
export async function browserFrames(page, n) {
  await page.evaluate((n) => new Promise((resolve) => {
    const raf = window.__rawRequestAnimationFrame || window.requestAnimationFrame.bind(window);
    let left = n;
    const tick = () => (--left <= 0 ? resolve() : raf(tick));
    raf(tick);
  }), n);
}

// ---------------------------------------------------------------- accessibility

let axeSource;

/**
 * The accessibility violations axe-core finds in the page as it stands.
 * `options` go to `axe.run` as they are: `{ resultTypes: ['violations'] }`
 * (the default) runs every rule, `{ runOnly: ['color-contrast'] }` one. axe
 * is injected with `page.evaluate`, which the pages' CSP (no inline script)
 * does not block, as it would a script tag; once a page.
 */
export async function axeViolations(page, options = { resultTypes: ['violations'] }) {
  axeSource ??= fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const { violations } = await page.evaluate((options) => window.axe.run(document, options), options);
  return violations;
}

/** Violations as an assertion message: each rule, its impact and what it asks, then the elements it found. */
export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

// ---------------------------------------------------------------- screenshots

/** A PNG's size in pixels, `[width, height]`, read from its header; fails unless the bytes are a PNG. */
export function pngSize(buffer) {
  assert.ok(buffer.length > 24 && buffer.subarray(1, 4).toString() === 'PNG', `not a PNG (${buffer.length} bytes)`);
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

/**
 * Saves a screenshot for people to look at as target/screenshots/`name` and
 * returns its size in pixels, read back from the file written (so a failed
 * write, or a stale file of an earlier run, cannot pass for it).
 */
export function saveScreenshot(name, png) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, name);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, png);
  return pngSize(fs.readFileSync(file));
}

/** A Playwright screenshot of `page` (`options` as `page.screenshot`'s), saved with `saveScreenshot`. */
export async function screenshot(page, name, options = {}) {
  return saveScreenshot(name, await page.screenshot(options));
}
