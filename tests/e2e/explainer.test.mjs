// The explainer as a reader meets it: every activity and leg, keyboard only,
// reduced motion, accessibility (axe), playback and compare mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openPage, openWidget, readout, screenshot, horizontalOverflow, withWidget, waitSimulated, waitForReadout, waitForPainted, browserFrames,
  axeViolations, describeViolations,
} from './support.mjs';

const site = withWidget();

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
  const { page, problems, context } = await openWidget(site);
  await setSpeed(page, 5);
  const standing = await readout(page, 'ankle-pressure');
  const narrations = new Set();
  // Standing last: the widget opens standing, so its plot only moves after another activity.
  for (const activity of [...ACTIVITIES.slice(1), 'standing']) {
    await page.click(`label[for="activity-${activity}"]`);
    const before = await canvasHash(page, 'pressure-chart-canvas');
    await waitSimulated(page, 12.5);
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
    await screenshot(page, `activity-${activity}.png`);
  }
  assert.ok(narrations.size >= 8, `narration should change with the activity (${narrations.size} distinct)`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every leg: walking lowers ankle pressure, leaky deep veins lower it least', async () => {
  const walkingPressure = {};
  for (const leg of LEGS) {
    const { page, problems, context } = await openWidget(site, `activity=walking&leg=${leg}`);
    await setSpeed(page, 5);
    await waitSimulated(page, 20);
    walkingPressure[leg] = await readout(page, 'ankle-pressure');
    assert.equal(await page.inputValue('[data-testid="leg-select"]'), leg);
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
    const { page, context } = await openWidget(site, `activity=walking&leg=superficial-reflux&stockings=${stockings}`);
    await setSpeed(page, 5);
    await waitSimulated(page, 20);
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
  const { page, problems, context } = await openWidget(site);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus stolen on load');
  // The header's language switch and "My day" link first, then the activity group: move with arrows.
  for (const stop of ['lang-en', 'lang-es', 'view-day']) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), stop);
  }
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'activity');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement.closest('label')).outlineStyle);
  assert.notEqual(ring, 'none', 'no focus ring on the chosen activity');
  for (const next of ['sitting', 'lying', 'walking']) {
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`[data-testid="activity-${next}"]:checked`);
  }
  assert.ok(await page.isChecked('[data-testid="activity-walking"]'), 'arrow keys move through activities');
  await page.waitForFunction(() => location.pathname === '/walking/');
  // Tab on to the leg and the stockings, choose with the keyboard, then play/pause.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'leg-select');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.pathname === '/walking/superficial-reflux/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'stockings-select');
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
  // Standing, then walking: the pressure falls, so the number must move.
  const { page, problems, context } = await openWidget(site, 'activity=standing', { reducedMotion: 'reduce' });
  await page.click('label[for="activity-walking"]');
  const widths = new Set();
  const pressures = new Set();
  for (let i = 0; i < 12; i++) {
    widths.add(await page.getAttribute('[data-testid="leg-diagram"] ellipse.muscle', 'rx'));
    pressures.add(await readout(page, 'ankle-pressure'));
    await waitSimulated(page, 0.25);
  }
  assert.equal(widths.size, 1, `calf drawn squeezing under reduced motion: ${[...widths]}`);
  assert.ok(pressures.size > 3, 'readouts froze');
  assert.deepEqual(problems, []);
  await context.close();
  // Without the preference, the calf visibly squeezes.
  const normal = await openWidget(site, 'activity=walking');
  const animated = new Set();
  for (let i = 0; i < 12; i++) {
    animated.add(await normal.page.getAttribute('[data-testid="leg-diagram"] ellipse.muscle', 'rx'));
    // The diagram redraws about 30 times a second: sample every few frames.
    await browserFrames(normal.page, 7);
  }
  assert.ok(animated.size > 2, 'calf never squeezes');
  await normal.context.close();
});

test('axe finds no accessibility violations', async () => {
  for (const [query, viewport] of [
    ['', { width: 1280, height: 800 }],
    ['activity=tiptoe&leg=deep-reflux', { width: 375, height: 667 }],
    ['activity=swimming&stockings=20-30&embed=1', { width: 680, height: 760 }],
  ]) {
    const { page, context } = await openWidget(site, query, { viewport });
    // Every state: the disclosure open.
    await page.click('[data-testid="more"] > summary');
    await page.check('[data-testid="compare"]', { force: true });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="leg-diagram"] svg').length === 2);
    await waitSimulated(page, 1);
    const found = await axeViolations(page);
    assert.deepEqual(found.map((v) => v.id), [], `${query || 'the front page'}:\n${describeViolations(found)}`);
    await context.close();
  }
  // The clinic page, with a colour too light to read made readable.
  const { page, context } = await openPage(site, 'for-clinics/?activity=stairs&brand=%23f5c400', { viewport: { width: 375, height: 667 } });
  await page.waitForSelector('[data-testid="embed-code"]');
  const found = await axeViolations(page);
  assert.deepEqual(found.map((v) => v.id), [], `the clinic page:\n${describeViolations(found)}`);
  await context.close();
});

test('paused, hidden or scrolled away, the widget schedules no animation frames', async () => {
  const { page, context } = await openWidget(site, 'activity=walking', { viewport: { width: 1280, height: 800 } });
  await page.evaluate(() => {
    window.__frames = 0;
    window.__rawRequestAnimationFrame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { window.__frames++; return window.__rawRequestAnimationFrame(cb); };
  });
  // The loop was started before the wrapper; pausing and resuming re-creates it.
  await page.click('[data-testid="play-pause"]');
  await page.click('[data-testid="play-pause"]');
  await page.waitForFunction(() => window.__frames > 20, null, { timeout: 10000 });
  await page.click('[data-testid="play-pause"]');
  await page.waitForSelector('[data-testid="play-pause"][aria-pressed="true"]');
  const pausedValue = await readout(page, 'ankle-pressure');
  await page.evaluate(() => { window.__frames = 0; });
  // Two seconds of the browser's own frames: the widget asks for none of them.
  await browserFrames(page, 120);
  assert.equal(await page.evaluate(() => window.__frames), 0, 'frames scheduled while paused');
  assert.equal(await readout(page, 'ankle-pressure'), pausedValue);
  await context.close();
});

test('tiptoe test mode marks the fall and the refill time', async () => {
  const { page, problems, context } = await openWidget(site, 'activity=tiptoe');
  await setSpeed(page, 5);
  const result = page.locator('[data-testid="tiptoe-result"]');
  await result.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="tiptoe-result"]')?.dataset.refill, null, { timeout: 20000 });
  const fall = Number(await result.getAttribute('data-fall'));
  const refill = Number(await result.getAttribute('data-refill'));
  assert.ok(fall >= 55 && fall <= 85, `fall ${fall}`);
  assert.ok(refill >= 20 && refill <= 60, `refill ${refill}`);
  assert.match(await result.textContent(), /Refill time \d+ s/);
  await screenshot(page, 'tiptoe-test.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare mode overlays a healthy leg and says what changed', async () => {
  const { page, problems, context } = await openWidget(site, 'leg=deep-reflux');
  await page.check('[data-testid="compare"]', { force: true });
  await setSpeed(page, 5);
  await page.click('label[for="activity-walking"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="what-changed"]').textContent.length > 0, null, { timeout: 15000 });
  const sentence = await page.textContent('[data-testid="what-changed"]');
  assert.match(sentence, /^Walking (lowered|raised) your ankle pressure from \d+ to \d+ mmHg in \d+ steps\.$/);
  assert.equal(await page.locator('[data-testid="leg-diagram"] svg').count(), 2);
  const healthy = Number((await page.textContent('[data-testid="healthy-ankle-pressure"]')).match(/\d+/)[0]);
  assert.ok(healthy + 20 < (await readout(page, 'ankle-pressure')), 'healthy leg should sit far lower');
  await screenshot(page, 'compare-deep-reflux.png', { fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 320 px the layout reflows without sideways scrolling and targets stay large', async () => {
  const { page, context } = await openWidget(site, 'activity=walking', { viewport: { width: 320, height: 640 } });
  await waitForPainted(page);
  assert.equal(await horizontalOverflow(page), 0, 'sideways scrolling at 320 px');
  // Targets on screen (the page's own lesson, hidden once the widget runs, has none).
  const small = await page.$$eval('label.choice, button, .speed-choice, .compare-toggle, a.button', (els) =>
    els.filter((e) => e.getClientRects().length > 0)
      .map((e) => [e.textContent.trim().slice(0, 20), e.getBoundingClientRect().height]).filter(([, h]) => h < 44));
  assert.deepEqual(small, []);
  await screenshot(page, 'phone-320-full.png', { fullPage: true });
  await context.close();
});

test('reset starts the leg over', async () => {
  const { page, context } = await openWidget(site, 'activity=walking');
  await setSpeed(page, 5);
  await waitSimulated(page, 12.5);
  const walking = await readout(page, 'ankle-pressure');
  const walkedFor = await page.getAttribute('[data-testid="readouts"]', 'data-sim-time');
  await page.click('[data-testid="reset"]');
  // A fresh leg: the clock starts over and the ankle is back near standing.
  await page.waitForFunction((t) => Number(document.querySelector('[data-testid="readouts"]').dataset.simTime) < Number(t), walkedFor);
  await waitForReadout(page, 'ankle-pressure', { above: walking + 30 }, 5000);
  await context.close();
});

test('the diagram shows blood leaking back only through leaky valves', async () => {
  // Watches every redraw of the diagram over a few simulated seconds of walking.
  const maxLeaking = async (query) => {
    const { page, context } = await openWidget(site, query);
    await page.evaluate(() => {
      window.__mostLeaking = 0;
      const svg = () => document.querySelector('[data-testid="leg-diagram"] svg');
      const note = () => { window.__mostLeaking = Math.max(window.__mostLeaking, Number(svg()?.dataset.leakingValves || 0)); };
      new MutationObserver(note).observe(document.querySelector('[data-testid="leg-diagram"]'), { attributes: true, subtree: true });
      note();
    });
    await waitSimulated(page, 3);
    const most = await page.evaluate(() => window.__mostLeaking);
    await context.close();
    return most;
  };
  assert.equal(await maxLeaking('activity=walking'), 0, 'a healthy leg never leaks');
  assert.ok((await maxLeaking('activity=walking&leg=deep-reflux')) > 0, 'leaky deep valves should show reflux');
  assert.ok((await maxLeaking('activity=walking&leg=superficial-reflux')) > 0, 'leaky surface valves should show reflux');
});
