// Frame cost in headless Chromium: the per-frame work of the widget (model
// steps + chart redraw + diagram/readout updates) over 30 s of walking, with
// and without 4x CPU throttling. Prints JSON. Needs a built dist/.
//   node benches/browser/frame-cost.mjs
import { serve, launch, DIST } from '../../tests/e2e/support.mjs';

const WRAP = () => {
  window.__frameMs = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    // Yew renders in microtasks queued by the callback: count them too.
    queueMicrotask(() => window.__frameMs.push(performance.now() - start));
  });
};

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { frames: s.length, median_ms: +q(0.5).toFixed(3), p99_ms: +q(0.99).toFixed(3), max_ms: +s[s.length - 1].toFixed(3), over_50ms: s.filter((x) => x > 50).length };
}

const server = await serve(DIST);
const browser = await launch();
const results = {};
for (const [label, throttle, speed] of [['1x CPU, 1x speed', 1, '1×'], ['4x CPU throttle, 1x speed', 4, '1×'], ['1x CPU, 5x speed', 1, '5×']]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(WRAP);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${server.origin}/?activity=walking`);
  await page.waitForSelector('[data-testid="widget"]');
  await page.locator('label.speed-choice', { hasText: speed }).click();
  await page.waitForTimeout(1000);
  await page.evaluate(() => { window.__frameMs = []; });
  await page.waitForTimeout(30000);
  results[label] = stats(await page.evaluate(() => window.__frameMs));
  await context.close();
}
console.log(JSON.stringify(results, null, 2));
await browser.close();
await server.close();
