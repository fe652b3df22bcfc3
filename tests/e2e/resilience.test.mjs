// A seeded minute of random use: clicks, key presses and resizes. The widget
// must never log an error, panic, show NaN or talk to another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWidget, readout, withWidget, waitForReadout } from './support.mjs';

const site = withWidget();

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits until the widget has rendered what an action changed: two frames. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Enter on a focused link to the day planner or the clinic page leaves the
 * widget: come back with the browser's Back button, as a reader would (the
 * scenario is in the address, so it comes back too). Returns how often.
 */
async function settledOrBack(page) {
  const left = () => !page.isClosed() && /\/(day|for-clinics)\//.test(new URL(page.url()).pathname);
  try {
    await settled(page);
  } catch (e) {
    // A navigation destroyed the page's context mid-wait; anything else is a failure.
    if (!/context was destroyed|navigation/i.test(e.message)) throw e;
    await page.waitForLoadState('domcontentloaded');
  }
  if (!left()) return 0;
  // Look at the page before going back, as a reader would (and so its
  // WebAssembly is not cut off mid-download).
  await page.waitForSelector('[data-testid="day-planner"], [data-testid="for-clinics"]');
  await page.goBack();
  await page.waitForSelector('[data-testid="widget"]');
  return 1;
}

test('a seeded session of 300 random clicks, choices, keys and resizes leaves a working widget', async () => {
  const seed = Number(process.env.CALF_PUMP_SEED || 20261125);
  const rand = random(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const { page, problems, context } = await openWidget(site, 'activity=walking&leg=superficial-reflux');
  // Enter on a focused link (the call to action) opens a new tab: close it and
  // come back, as a reader would, so this tab is not left in the background.
  context.on('page', async (opened) => {
    await opened.close().catch(() => {});
    await page.bringToFront().catch(() => {});
  });
  // Downloads, share sheets and links to other pages would leave the page;
  // everything else is fair game.
  const targets = await page.$$eval('label.choice, .speed-choice, [data-testid="play-pause"], [data-testid="reset"], .compare-toggle',
    (els) => els.map((e) => (e.dataset.testid ? `[data-testid="${e.dataset.testid}"]` : e.htmlFor ? `label[for="${e.htmlFor}"]` : null)).filter(Boolean));
  targets.push('label.speed-choice >> nth=0', 'label.speed-choice >> nth=2', 'label.compare-toggle', '[data-testid="more"] > summary');
  const keys = ['Tab', 'Shift+Tab', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'Space', 'Enter', 'Home', 'End'];
  const sizes = [[1280, 800], [375, 667], [320, 640], [768, 1024], [1024, 600]];
  const done = { click: 0, key: 0, resize: 0, select: 0, back: 0 };
  let attempts = 0;
  while (done.click + done.key + done.resize + done.select < 300 && attempts++ < 600) {
    // A link's navigation can land after the last check: come back first.
    done.back += await settledOrBack(page);
    const r = rand();
    if (r < 0.1) {
      const [select, values] = pick([['leg-select', ['healthy', 'superficial-reflux', 'deep-reflux', 'weak-calf']], ['stockings-select', ['none', '15-20', '20-30', '30-40']]]);
      // A disabled select (stockings while swimming) is not counted.
      const landed = await page.selectOption(`[data-testid="${select}"]`, pick(values), { timeout: 1000 }).then(() => true, () => false);
      if (landed) done.select++;
    } else if (r < 0.6) {
      // Only what a person could see is clicked; a click that could not land
      // (the target covered mid-resize) is not counted.
      const target = page.locator(pick(targets)).first();
      if (!(await target.isVisible())) continue;
      const landed = await target.click({ timeout: 1000 }).then(() => true, () => false);
      if (landed) done.click++;
    } else if (r < 0.9) {
      await page.keyboard.press(pick(keys));
      done.key++;
    } else {
      const [w, h] = pick(sizes);
      await page.setViewportSize({ width: w, height: h });
      done.resize++;
    }
    done.back += await settledOrBack(page);
  }
  const total = done.click + done.key + done.resize + done.select;
  assert.equal(total, 300, `only ${total} actions landed in ${attempts} tries: ${JSON.stringify(done)}`);
  assert.ok(done.click >= 100, `only ${done.click} clicks landed`);
  assert.ok(done.select >= 10, `only ${done.select} choices of leg or stockings landed`);
  assert.deepEqual(problems, [], `seed ${seed}`);
  const text = await page.textContent('[data-testid="widget"]');
  assert.ok(!/NaN|undefined|Infinity|panicked/.test(text), 'the page shows NaN, undefined or a panic');
  for (const id of ['ankle-pressure', 'venous-return']) assert.ok(Number.isFinite(await readout(page, id)), id);
  // The widget still answers: standing raises the ankle pressure, walking lowers it again.
  await page.setViewportSize({ width: 1280, height: 800 });
  if ((await page.getAttribute('[data-testid="play-pause"]', 'aria-pressed')) === 'true') await page.click('[data-testid="play-pause"]');
  await page.click('label.speed-choice >> nth=2');
  await page.selectOption('[data-testid="leg-select"]', 'healthy');
  await page.click('label[for="activity-standing"]');
  await page.selectOption('[data-testid="stockings-select"]', 'none');
  await waitForReadout(page, 'ankle-pressure', { above: 70 }, 20000);
  await page.click('label[for="activity-walking"]');
  await waitForReadout(page, 'ankle-pressure', { below: 60 }, 20000);
  assert.deepEqual(problems, [], `seed ${seed}`);
  await context.close();
});
