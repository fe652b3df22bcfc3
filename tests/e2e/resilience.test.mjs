// A seeded minute of random use: clicks, key presses and resizes. The widget
// must never log an error, panic, show NaN or talk to another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWidget, readout, withWidget } from './support.mjs';

let server;
let browser;
withWidget((s, b) => {
  server = s;
  browser = b;
});

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('a seeded 60-second session of random clicks, keys and resizes stays healthy', async () => {
  const seed = Number(process.env.CALF_PUMP_SEED || 20261125);
  const rand = random(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const { page, problems, context } = await openWidget(browser, server.origin, 'activity=walking&leg=superficial-reflux');
  // Downloads and share sheets would leave the page; everything else is fair game.
  const targets = await page.$$eval('label.choice, .speed-choice, [data-testid="play-pause"], [data-testid="reset"], .compare-toggle, [data-testid="embed"]',
    (els) => els.map((e) => (e.dataset.testid ? `[data-testid="${e.dataset.testid}"]` : e.htmlFor ? `label[for="${e.htmlFor}"]` : null)).filter(Boolean));
  targets.push('label.speed-choice >> nth=0', 'label.speed-choice >> nth=2', 'label.compare-toggle');
  const keys = ['Tab', 'Shift+Tab', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'Space', 'Enter', 'Home', 'End'];
  const sizes = [[1280, 800], [375, 667], [320, 640], [768, 1024], [1024, 600]];
  const end = Date.now() + 60000;
  let actions = 0;
  while (Date.now() < end) {
    const r = rand();
    if (r < 0.6) await page.click(pick(targets), { timeout: 2000 }).catch(() => {});
    else if (r < 0.9) await page.keyboard.press(pick(keys));
    else { const [w, h] = pick(sizes); await page.setViewportSize({ width: w, height: h }); }
    actions++;
    await page.waitForTimeout(50 + rand() * 200);
  }
  await page.waitForTimeout(500);
  const text = await page.textContent('[data-testid="widget"]');
  assert.ok(!/NaN|undefined|Infinity|panicked/.test(text), 'the page shows NaN, undefined or a panic');
  for (const id of ['ankle-pressure', 'venous-return']) assert.ok(Number.isFinite(await readout(page, id)), id);
  assert.ok(actions > 150, `only ${actions} actions`);
  assert.deepEqual(problems, [], `seed ${seed}`);
  await context.close();
});
