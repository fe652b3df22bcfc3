// Browser benchmarks of the built site (dist/) in Debian's Chromium: model
// speed as shipped WebAssembly, frame cost, start-up, memory over a long
// session, and idle animation frames. Writes target/bench/browser.json.
//   node benches/browser/run.mjs [--quick]
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, DIST, ROOT } from '../../tests/e2e/support.mjs';

const QUICK = process.argv.includes('--quick');
const OUT = path.join(ROOT, 'target', 'bench');
fs.mkdirSync(OUT, { recursive: true });

// NaN (a paint that was not seen) sorts last rather than scrambling the order.
const median = (xs) => { const s = [...xs].sort((a, b) => (Number.isNaN(a) ? 1 : 0) - (Number.isNaN(b) ? 1 : 0) || a - b); return s[Math.floor(s.length / 2)]; };
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { frames: s.length, median_ms: +q(0.5).toFixed(3), p99_ms: +q(0.99).toFixed(3), max_ms: +s[s.length - 1].toFixed(3), over_50ms: s.filter((x) => x > 50).length };
}

// CALF_PUMP_DIST: another build to measure (a "before" for BENCHMARKS.md).
const server = await serve(process.env.CALF_PUMP_DIST || DIST);
const browser = await launch();

async function open(query = '', { throttle = 1, init, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  for (const script of [init].flat().filter(Boolean)) await page.addInitScript(script);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // A page path (`walking/superficial-reflux/`) or a query for the front page.
  await page.goto(`${server.origin}/${query.endsWith('/') ? query : query ? `?${query}` : ''}`);
  await page.waitForSelector('[data-testid="widget"]');
  return { context, page, cdp };
}

const results = { chromium: browser.version() };

// Model speed: the shipped wasm runs 60 s of walking.
{
  const { context, page } = await open();
  await page.waitForFunction(() => window.wasmBindings?.benchmark_walking_ms);
  const runs = [];
  for (let i = 0; i < (QUICK ? 5 : 23); i++) runs.push(await page.evaluate(() => window.wasmBindings.benchmark_walking_ms(60)));
  const ms = median(runs.slice(3));
  results.model_wasm = { simulated_s: 60, median_ms: +ms.toFixed(3), times_real_time: Math.round(60000 / ms) };
  await context.close();
}

// The day planner: each preset day through a fresh day model (what opening
// the planner costs) and then edited (what a tap costs), at 1x and 4x CPU.
for (const throttle of [1, 4]) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${server.origin}/day/?view=day`);
  await page.waitForFunction(() => window.wasmBindings?.benchmark_day_ms);
  const fresh = [];
  const edited = [];
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    const times = await page.evaluate(() => Array.from(window.wasmBindings.benchmark_day_ms()));
    for (let j = 0; j < times.length; j += 2) { fresh.push(times[j]); edited.push(times[j + 1]); }
  }
  results[`day_${throttle}x`] = {
    fresh_median_ms: +median(fresh).toFixed(1), fresh_max_ms: +Math.max(...fresh).toFixed(1),
    edited_median_ms: +median(edited).toFixed(1), edited_max_ms: +Math.max(...edited).toFixed(1),
  };
  await context.close();
}

// Frame cost over 30 s of walking, plain and with 4x CPU throttling.
const WRAP = () => {
  window.__frameMs = [];
  window.__rafCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => {
    window.__rafCalls++;
    return raf((t) => {
      const start = performance.now();
      cb(t);
      queueMicrotask(() => window.__frameMs.push(performance.now() - start));
    });
  };
};
results.frame_cost = {};
for (const throttle of [1, 4]) {
  const { context, page } = await open('activity=walking', { throttle, init: WRAP });
  await page.waitForTimeout(1000);
  await page.evaluate(() => { window.__frameMs = []; });
  await page.waitForTimeout(QUICK ? 5000 : 30000);
  results.frame_cost[`cpu_${throttle}x`] = stats(await page.evaluate(() => window.__frameMs));
  await context.close();
}

// Start-up: navigation to the first painted plot, cold cache. The frame
// loop starts only once the canvas exists: a loop from the first byte would
// give the page frames it does not ask for, and the loader (which waits two
// frames for the page's lesson to paint) would start before that paint.
const FIRST_PLOT = () => {
  const check = () => {
    const c = document.querySelector('[data-testid="pressure-chart-canvas"]');
    if (c && c.width > 0) {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 16) if (d[i] > 0) { window.__firstPlotMs = performance.now(); return; }
    }
    requestAnimationFrame(check);
  };
  const seen = new MutationObserver(() => {
    if (document.querySelector('[data-testid="pressure-chart-canvas"]')) { seen.disconnect(); requestAnimationFrame(check); }
  });
  seen.observe(document, { childList: true, subtree: true });
};
results.startup = {};
for (const throttle of [1, 4]) {
  const plots = [];
  const paints = [];
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    const { context, page } = await open('', { throttle, init: FIRST_PLOT });
    await page.waitForFunction(() => window.__firstPlotMs, null, { timeout: 30000 });
    plots.push(await page.evaluate(() => window.__firstPlotMs));
    paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }
  results.startup[`cpu_${throttle}x`] = { first_plot_ms: Math.round(median(plots)), first_contentful_paint_ms: Math.round(median(paints)) };
}

// A scenario page's start-up: its lesson, written into the page at build
// time, painted (the number, by Element Timing; the largest paint), then the
// live plot; the layout shift over the whole start-up.
const PAGE_WATCH = () => {
  window.__cls = 0;
  const watch = (type, seen) => { try { new PerformanceObserver((l) => l.getEntries().forEach(seen)).observe({ type, buffered: true }); } catch { /* not supported */ } };
  watch('layout-shift', (e) => { if (!e.hadRecentInput) window.__cls += e.value; });
  watch('element', (e) => { if (e.identifier === 'static-number') window.__numberMs = e.renderTime || e.loadTime; });
  watch('largest-contentful-paint', (e) => { window.__lcpMs = e.startTime; });
};
results.scenario_page = {};
for (const throttle of [1, 4]) {
  const runs = [];
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    const { context, page } = await open('walking/superficial-reflux/', { throttle, init: [FIRST_PLOT, PAGE_WATCH] });
    await page.waitForFunction(() => window.__firstPlotMs, null, { timeout: 30000 });
    // Two frames after the first plot: any shift from the take-over is in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    runs.push(await page.evaluate(() => ({ number: window.__numberMs ?? NaN, lcp: window.__lcpMs ?? NaN, plot: window.__firstPlotMs, cls: window.__cls })));
    await context.close();
  }
  const med = (k) => median(runs.map((r) => r[k]));
  results.scenario_page[`cpu_${throttle}x`] = {
    number_painted_ms: Number.isNaN(med('number')) ? null : Math.round(med('number')),
    largest_contentful_paint_ms: Math.round(med('lcp')),
    first_plot_ms: Math.round(med('plot')),
    layout_shift: +Math.max(...runs.map((r) => r.cls)).toFixed(4),
  };
}

// Memory: 10 simulated minutes at 5x speed, a control toggled every second.
{
  const { context, page, cdp } = await open('activity=walking');
  await page.locator('label.speed-choice', { hasText: '5×' }).click();
  await page.waitForFunction(() => window.__wasm?.memory);
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    return { js_heap_bytes: heap.usedSize, wasm_memory_bytes: wasm };
  };
  const toggles = ['label[for="activity-running"]', 'select:leg-select:deep-reflux', '[data-testid="compare"]', 'label[for="activity-stairs"]',
    'select:stockings-select:20-30', 'label[for="activity-tiptoe"]', '[data-testid="compare"]', 'select:leg-select:healthy', 'label[for="activity-walking"]', 'select:stockings-select:none'];
  const toggleFor = async (seconds) => {
    for (let s = 0; s < seconds; s++) {
      const sel = toggles[s % toggles.length];
      if (sel.startsWith('[data-testid="compare"]')) await page.check(sel, { force: true }).catch(() => page.uncheck(sel, { force: true }));
      else if (sel.startsWith('select:')) { const [, id, value] = sel.split(':'); await page.selectOption(`[data-testid="${id}"]`, value); }
      else await page.click(sel);
      await page.waitForTimeout(1000);
    }
  };
  const total = QUICK ? 20 : 120; // real seconds; at 5x speed, 120 s = 10 simulated minutes
  await toggleFor(10);
  const start = await sample();
  await toggleFor(total - 10);
  const end = await sample();
  const growth = (a, b) => +(100 * (b - a) / a).toFixed(2);
  results.memory = {
    simulated_minutes: (total * 5) / 60,
    start, end,
    js_heap_growth_pct: growth(start.js_heap_bytes, end.js_heap_bytes),
    wasm_memory_growth_pct: growth(start.wasm_memory_bytes, end.wasm_memory_bytes),
  };
  await context.close();
}

// Idle: animation frames requested over 5 s while paused, hidden or off screen.
{
  const count = async (page) => {
    await page.evaluate(() => { window.__rafCalls = 0; });
    await page.waitForTimeout(5000);
    return page.evaluate(() => window.__rafCalls);
  };
  const paused = await open('activity=walking', { init: WRAP });
  await paused.page.click('[data-testid="play-pause"]');
  const whilePaused = await count(paused.page);
  await paused.context.close();

  const hidden = await open('activity=walking', { init: WRAP });
  await hidden.page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const whileHidden = await count(hidden.page);
  await hidden.context.close();

  // A blog post's text after the widget: the reader scrolls on past it.
  const away = await open('activity=walking', { init: WRAP, viewport: { width: 375, height: 400 } });
  await away.page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<div style="height: 4000px"></div>');
    window.scrollTo(0, document.body.scrollHeight);
  });
  await away.page.waitForTimeout(300);
  const whileOffScreen = await count(away.page);
  const playingCheck = await away.page.evaluate(() => window.scrollTo(0, 0));
  await away.context.close();
  results.idle_raf_calls_in_5s = { paused: whilePaused, hidden: whileHidden, off_screen: whileOffScreen };
}

fs.writeFileSync(path.join(OUT, 'browser.json'), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results, null, 2));
await browser.close();
await server.close();
