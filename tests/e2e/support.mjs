// Shared helpers for the end-to-end tests: a static server for dist/ on
// 127.0.0.1 and Debian's Chromium driven by playwright-core (never a
// downloaded browser).
import fs from 'node:fs';
import path from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'target', 'screenshots');

import { serve } from '../../scripts/static-server.mjs';

export { serve };

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
 * Opens the widget and waits until it has mounted. Collects console errors,
 * page errors and requests to other origins into `problems`.
 */
export async function openWidget(browser, origin, query = '', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
      problems.push(`foreign request: ${r.url()}`);
    }
  });
  await page.goto(`${origin}/${query ? `?${query}` : ''}`);
  await page.waitForSelector('[data-testid="widget"]', { timeout: 20000 });
  return { context, page, problems };
}

/** The number in a readout's data-value. */
export async function readout(page, testid) {
  const v = await page.getAttribute(`[data-testid="${testid}"]`, 'data-value');
  return Number(v);
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

export function ensureShots() {
  fs.mkdirSync(SHOTS, { recursive: true });
  return SHOTS;
}

/**
 * For a test file: serves dist/ and launches Chromium before its tests, and
 * closes both after. `ready(server, browser)` receives them.
 */
export function withWidget(ready) {
  let server;
  let browser;
  before(async () => {
    server = await serve(DIST);
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Simulated seconds the widget has run (its readouts' `data-sim-time`). */
export async function simTime(page) {
  return Number(await page.getAttribute('[data-testid="readouts"]', 'data-sim-time'));
}

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

/** Waits until a readout's number is `below` and/or `above` the given bounds. */
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
