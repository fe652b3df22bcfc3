// The explainer as a reader meets it: every activity and leg, keyboard only,
// reduced motion, accessibility (axe), playback and compare mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { openWidget, readout, ensureShots, ROOT, withWidget } from './support.mjs';

let server;
let browser;
withWidget((s, b) => {
  server = s;
  browser = b;
});

const ACTIVITIES = ['standing', 'sitting', 'lying', 'walking', 'running', 'hiking', 'stairs', 'cycling-toes', 'cycling-flat', 'swimming', 'tiptoe'];
const LEGS = ['healthy', 'superficial-reflux', 'deep-reflux', 'weak-calf'];

async function setSpeed(page, speed) {
  await page.locator('label.speed-choice', { hasText: `${speed}×` }).click();
}

/** A cheap fingerprint of a canvas's pixels, to see that a plot changed. */
function canvasHash(page, testid) {
  return page.$eval(`[data-testid="${testid}"]`, (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i += 97) h = (h * 31 + d[i]) >>> 0;
    return h;
  });
}

test('every activity runs without errors, moves the plots and says what happens', async () => {
  const { page, problems, context } = await openWidget(browser, server.origin);
  await setSpeed(page, 5);
  const standing = await readout(page, 'ankle-pressure');
  const narrations = new Set();
  const dir = ensureShots();
  // Standing last: the widget opens standing, so its plot only moves after another activity.
  for (const activity of [...ACTIVITIES.slice(1), 'standing']) {
    await page.click(`label[for="activity-${activity}"]`);
    const before = await canvasHash(page, 'pressure-chart-canvas');
    await page.waitForTimeout(2500); // 12.5 simulated seconds
    assert.notEqual(await canvasHash(page, 'pressure-chart-canvas'), before, `${activity}: plot did not move`);
    const pressure = await readout(page, 'ankle-pressure');
    const flow = await readout(page, 'venous-return');
    assert.ok(Number.isFinite(pressure) && Number.isFinite(flow), `${activity}: ${pressure} ${flow}`);
    const text = await page.textContent('[data-testid="widget"]');
    assert.ok(!/NaN|undefined|Infinity/.test(text), `${activity}: page shows NaN/undefined`);
    narrations.add(await page.textContent('[data-testid="narration"]'));
    if (['walking', 'running', 'hiking', 'stairs', 'cycling-toes'].includes(activity)) {
      assert.ok(pressure < standing - 25, `${activity}: ankle pressure ${pressure} vs standing ${standing}`);
    }
    if (['lying', 'swimming'].includes(activity)) assert.ok(pressure < 25, `${activity}: ${pressure}`);
    await page.screenshot({ path: path.join(dir, `activity-${activity}.png`) });
  }
  assert.ok(narrations.size >= 8, `narration should change with the activity (${narrations.size} distinct)`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every leg: walking lowers ankle pressure, leaky deep veins lower it least', async () => {
  const walkingPressure = {};
  for (const leg of LEGS) {
    const { page, problems, context } = await openWidget(browser, server.origin, `activity=walking&leg=${leg}`);
    await setSpeed(page, 5);
    await page.waitForTimeout(4000); // 20 simulated seconds of walking
    walkingPressure[leg] = await readout(page, 'ankle-pressure');
    assert.ok(await page.isChecked(`[data-testid="leg-${leg}"]`));
    assert.deepEqual(problems, []);
    await context.close();
  }
  const p = walkingPressure;
  assert.ok(p.healthy < 40, JSON.stringify(p));
  assert.ok(p.healthy < p['superficial-reflux'] && p['superficial-reflux'] < p['deep-reflux'], JSON.stringify(p));
  assert.ok(p.healthy < p['weak-calf'], JSON.stringify(p));
  assert.ok(p['deep-reflux'] > 65, JSON.stringify(p));
});

test('stockings help a leaky leg while walking', async () => {
  const pressure = async (stockings) => {
    const { page, context } = await openWidget(browser, server.origin, `activity=walking&leg=superficial-reflux&stockings=${stockings}`);
    await setSpeed(page, 5);
    await page.waitForTimeout(4000);
    const p = await readout(page, 'ankle-pressure');
    await context.close();
    return p;
  };
  const bare = await pressure('none');
  const stocking = await pressure('20-30');
  // The needle reads the stocking's pressure too, yet the pump's fall is larger.
  assert.ok(stocking < bare - 2, `bare ${bare}, with stocking ${stocking}`);
});

test('keyboard only: reach and operate every control with a visible focus ring, nothing stolen on load', async () => {
  const { page, problems, context } = await openWidget(browser, server.origin);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus stolen on load');
  // Tab to the activity group, move with arrows.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'activity');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement.closest('label')).outlineStyle);
  assert.notEqual(ring, 'none', 'no focus ring on the chosen activity');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100); // a person's pace
  }
  assert.ok(await page.isChecked('[data-testid="activity-walking"]'), 'arrow keys move through activities');
  assert.equal(new URL(page.url()).searchParams.get('activity'), 'walking');
  // Tab on to play/pause and toggle it with the keyboard.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'play-pause');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('[data-testid="play-pause"]', 'aria-pressed'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('[data-testid="play-pause"]', 'aria-pressed'), 'false');
  // Every control is reachable: tab through to the call to action and out again (no trap).
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.dataset?.testid || document.activeElement?.name || document.activeElement?.tagName);
    seen.add(id);
  }
  for (const id of ['speed', 'reset', 'compare', 'leg', 'stockings', 'cta']) {
    assert.ok([...seen].some((s) => String(s).startsWith(id)), `never reached ${id}: ${[...seen].join(' ')}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('reduced motion: the diagram stops animating but the numbers still update', async () => {
  const { page, problems, context } = await openWidget(browser, server.origin, 'activity=walking', { reducedMotion: 'reduce' });
  const widths = new Set();
  const pressures = new Set();
  for (let i = 0; i < 12; i++) {
    widths.add(await page.getAttribute('[data-testid="leg-diagram"] ellipse.muscle', 'rx'));
    pressures.add(await readout(page, 'ankle-pressure'));
    await page.waitForTimeout(250);
  }
  assert.equal(widths.size, 1, `calf drawn squeezing under reduced motion: ${[...widths]}`);
  assert.ok(pressures.size > 3, 'readouts froze');
  assert.deepEqual(problems, []);
  await context.close();
  // Without the preference, the calf visibly squeezes.
  const normal = await openWidget(browser, server.origin, 'activity=walking');
  const animated = new Set();
  for (let i = 0; i < 12; i++) {
    animated.add(await normal.page.getAttribute('[data-testid="leg-diagram"] ellipse.muscle', 'rx'));
    await normal.page.waitForTimeout(120);
  }
  assert.ok(animated.size > 2, 'calf never squeezes');
  await normal.context.close();
});

test('axe finds no accessibility violations', async () => {
  const axe = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  for (const query of ['', 'activity=tiptoe&leg=deep-reflux']) {
    const { page, context } = await openWidget(browser, server.origin, query);
    await page.check('[data-testid="compare"]', { force: true });
    await page.waitForTimeout(1000);
    await page.evaluate(axe);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], summary.join('\n'));
    await context.close();
  }
});

test('paused, hidden or scrolled away, the widget schedules no animation frames', async () => {
  const { page, context } = await openWidget(browser, server.origin, 'activity=walking', { viewport: { width: 1280, height: 800 } });
  await page.evaluate(() => {
    window.__frames = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { window.__frames++; return raf(cb); };
  });
  // The loop was started before the wrapper; pausing and resuming re-creates it.
  await page.click('[data-testid="play-pause"]');
  await page.click('[data-testid="play-pause"]');
  await page.waitForTimeout(1000);
  const running = await page.evaluate(() => window.__frames);
  assert.ok(running > 20, `only ${running} frames while playing`);
  await page.click('[data-testid="play-pause"]');
  const pausedValue = await readout(page, 'ankle-pressure');
  await page.evaluate(() => { window.__frames = 0; });
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.__frames), 0, 'frames scheduled while paused');
  assert.equal(await readout(page, 'ankle-pressure'), pausedValue);
  await context.close();
});

test('tiptoe test mode marks the fall and the refill time', async () => {
  const { page, problems, context } = await openWidget(browser, server.origin, 'activity=tiptoe');
  await setSpeed(page, 5);
  const result = page.locator('[data-testid="tiptoe-result"]');
  await result.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="tiptoe-result"]')?.dataset.refill, null, { timeout: 20000 });
  const fall = Number(await result.getAttribute('data-fall'));
  const refill = Number(await result.getAttribute('data-refill'));
  assert.ok(fall >= 55 && fall <= 85, `fall ${fall}`);
  assert.ok(refill >= 20 && refill <= 60, `refill ${refill}`);
  assert.match(await result.textContent(), /Refill time \d+ s/);
  await page.screenshot({ path: path.join(ensureShots(), 'tiptoe-test.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare mode overlays a healthy leg and says what changed', async () => {
  const { page, problems, context } = await openWidget(browser, server.origin, 'leg=deep-reflux');
  await page.check('[data-testid="compare"]', { force: true });
  await setSpeed(page, 5);
  await page.click('label[for="activity-walking"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="what-changed"]').textContent.length > 0, null, { timeout: 15000 });
  const sentence = await page.textContent('[data-testid="what-changed"]');
  assert.match(sentence, /^Walking (lowered|raised) your ankle pressure from \d+ to \d+ mmHg in \d+ steps\.$/);
  assert.equal(await page.locator('[data-testid="leg-diagram"] svg').count(), 2);
  const healthy = Number((await page.textContent('[data-testid="healthy-ankle-pressure"]')).match(/\d+/)[0]);
  assert.ok(healthy + 20 < (await readout(page, 'ankle-pressure')), 'healthy leg should sit far lower');
  await page.screenshot({ path: path.join(ensureShots(), 'compare-deep-reflux.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 320 px the layout reflows without sideways scrolling and targets stay large', async () => {
  const { page, context } = await openWidget(browser, server.origin, 'activity=walking', { viewport: { width: 320, height: 640 } });
  await page.waitForTimeout(500);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  const small = await page.$$eval('label.choice, button, .speed-choice, .compare-toggle, a.button', (els) =>
    els.map((e) => [e.textContent.trim().slice(0, 20), e.getBoundingClientRect().height]).filter(([, h]) => h < 44));
  assert.deepEqual(small, []);
  await page.screenshot({ path: path.join(ensureShots(), 'phone-320-full.png'), fullPage: true });
  await context.close();
});

test('reset starts the leg over', async () => {
  const { page, context } = await openWidget(browser, server.origin, 'activity=walking');
  await setSpeed(page, 5);
  await page.waitForTimeout(2500);
  const walking = await readout(page, 'ankle-pressure');
  await page.click('[data-testid="reset"]');
  await page.waitForTimeout(300);
  const reset = await readout(page, 'ankle-pressure');
  assert.ok(reset > walking + 30, `after reset ${reset}, before ${walking}`);
  await context.close();
});

test('the diagram shows blood leaking back only through leaky valves', async () => {
  const maxLeaking = async (query) => {
    const { page, context } = await openWidget(browser, server.origin, query);
    let most = 0;
    for (let i = 0; i < 40; i++) {
      most = Math.max(most, Number(await page.getAttribute('[data-testid="leg-diagram"] svg', 'data-leaking-valves')));
      await page.waitForTimeout(50);
    }
    await context.close();
    return most;
  };
  assert.equal(await maxLeaking('activity=walking'), 0, 'a healthy leg never leaks');
  assert.ok((await maxLeaking('activity=walking&leg=deep-reflux')) > 0, 'leaky deep valves should show reflux');
  assert.ok((await maxLeaking('activity=walking&leg=superficial-reflux')) > 0, 'leaky surface valves should show reflux');
});
