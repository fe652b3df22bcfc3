// One screen: every tap and its effect visible together. Checked on element
// bounding boxes at phone, blog-column and desktop sizes, full page and
// embedded, with screenshots for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWidget, screenshot, horizontalOverflow, paintedFraction, withWidget, waitForPainted, waitSimulated } from './support.mjs';

const site = withWidget();

/** Bounding boxes (viewport coordinates) of the widget's key parts, and the viewport. */
function boxes(page) {
  return page.evaluate(() => {
    const box = (sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    const chip = document.querySelector('[data-testid="activity-picker"] label.chosen');
    const strip = chip?.parentElement.getBoundingClientRect();
    const c = chip?.getBoundingClientRect();
    return {
      viewport: { width: innerWidth, height: innerHeight },
      scrollY,
      widget: box('[data-testid="widget"]'),
      chosenChip: c && { top: c.top, bottom: c.bottom, left: c.left, right: c.right },
      chipInStrip: !!(c && c.left >= strip.left - 1 && c.right <= strip.right + 1),
      picker: box('[data-testid="activity-picker"]'),
      diagram: box('[data-testid="leg-diagram"] svg'),
      pressureChart: box('[data-testid="pressure-chart-canvas"]'),
      flowChart: box('[data-testid="flow-chart-canvas"]'),
      howTo: box('[data-testid="how-to"]'),
      anklePressure: box('[data-testid="ankle-pressure"]'),
      leg: box('[data-testid="leg-select"]'),
      stockings: box('[data-testid="stockings-select"]'),
      playback: box('.playback'),
      readouts: box('[data-testid="readouts"]'),
      narration: box('[data-testid="narration"]'),
      cta: box('[data-testid="cta"]'),
      more: box('[data-testid="more"] > summary'),
    };
  });
}

function assertInView(b, names, label) {
  for (const name of names) {
    const r = b[name];
    assert.ok(r, `${label}: no ${name}`);
    const inside = r.top >= -1 && r.bottom <= b.viewport.height + 1 && r.left >= -1 && r.right <= b.viewport.width + 1;
    assert.ok(inside, `${label}: ${name} not on the first screen (${JSON.stringify(r)}, viewport ${JSON.stringify(b.viewport)})`);
  }
}

async function open(size, query, options = {}) {
  const opened = await openWidget(site, query, { viewport: size, deviceScaleFactor: 2, ...options });
  await waitForPainted(opened.page);
  await waitSimulated(opened.page, 1);
  return opened;
}

const PHONES = [{ width: 375, height: 667 }, { width: 360, height: 640 }];

for (const size of PHONES) {
  for (const query of ['activity=walking', 'activity=walking&embed=1', 'activity=tiptoe', 'activity=swimming&leg=deep-reflux']) {
    test(`phone ${size.width}×${size.height} ${query}: activity, leg, diagram, chart and number on the first screen`, async () => {
      const { page, problems, context } = await open(size, query);
      const b = await boxes(page);
      assert.equal(b.scrollY, 0);
      assertInView(b, ['chosenChip', 'diagram', 'pressureChart', 'anklePressure', 'leg', 'stockings'], `${size.width} ${query}`);
      assert.ok(b.chipInStrip, 'the chosen activity is scrolled into view in the strip');
      // Changing the leg and the stockings never moves the chart off screen.
      const withStockings = !query.includes('swimming');
      await page.selectOption('[data-testid="leg-select"]', 'deep-reflux');
      if (withStockings) await page.selectOption('[data-testid="stockings-select"]', '20-30');
      // Measure once the widget has taken both changes in (the address follows them).
      await page.waitForFunction((withStockings) => location.pathname.endsWith('/deep-reflux/')
        && (!withStockings || location.search.includes('stockings=20-30')), withStockings);
      // And once the new leg has settled: its message is the longest it gets.
      await page.waitForSelector('[data-testid="main-message"]:not(.settling)', { timeout: 20000 });
      const after = await boxes(page);
      assert.equal(after.scrollY, 0, 'the page scrolled');
      assertInView(after, ['pressureChart', 'anklePressure', 'diagram'], `${size.width} ${query} after changing the leg`);
      assert.ok(Math.abs(after.pressureChart.top - b.pressureChart.top) < 40, 'the chart jumped');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('phone: the last activity in the strip, opened from a link, is scrolled into view', async () => {
  const { page, context } = await open({ width: 360, height: 640 }, 'activity=tiptoe');
  const b = await boxes(page);
  assert.ok(b.chipInStrip, JSON.stringify(b.chosenChip));
  await page.click('label[for="activity-standing"]');
  await page.waitForFunction(() => {
    const c = document.querySelector('label[for="activity-standing"]').getBoundingClientRect();
    const s = document.querySelector('[data-testid="activity-picker"] .strip').getBoundingClientRect();
    return c.left >= s.left - 1 && c.right <= s.right + 1;
  });
  await context.close();
});

test('blog column 680 px, embedded: the whole widget in 760 px, with the chart and what to do with it, the diagram, every control and the call to action', async () => {
  for (const query of ['activity=walking&embed=1', 'activity=stairs&leg=deep-reflux&stockings=20-30&embed=1']) {
    const { page, problems, context } = await open({ width: 680, height: 760 }, query);
    const b = await boxes(page);
    assert.ok(b.widget.height <= 760, `${query}: widget ${b.widget.height.toFixed(0)} px tall`);
    assertInView(b, ['picker', 'leg', 'stockings', 'playback', 'diagram', 'pressureChart', 'howTo', 'anklePressure', 'readouts', 'cta', 'more'], `680 ${query}`);
    // The chart is tall enough to read: its plot, not only its axes.
    assert.ok(b.pressureChart.height >= 120, `${query}: the chart is ${b.pressureChart.height} px tall`);
    // Too short to read in a column, the flow chart is the full page's; its number is under More detail.
    assert.equal(b.flowChart.height, 0, 'the flow chart is not squeezed into the column');
    assert.ok(b.chipInStrip);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('desktop 1280×800: every control, both charts, the diagram and the readouts above the fold', async () => {
  for (const query of ['', 'activity=walking&leg=superficial-reflux']) {
    const { page, problems, context } = await open({ width: 1280, height: 800 }, query);
    const b = await boxes(page);
    assertInView(b, ['picker', 'leg', 'stockings', 'playback', 'diagram', 'pressureChart', 'flowChart', 'anklePressure', 'readouts', 'narration', 'more', 'cta'], `desktop ${query}`);
    // All eleven activities are on screen at once, not behind a scroll.
    const offscreen = await page.$$eval('[data-testid="activity-picker"] label.choice', (els) =>
      els.filter((e) => { const r = e.getBoundingClientRect(); return r.bottom > innerHeight || r.right > innerWidth; }).length);
    assert.equal(offscreen, 0);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('keyboard order follows the visual order on a phone', async () => {
  const { page, context } = await open({ width: 375, height: 667 }, '');
  const tops = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const target = el.closest('label') || el;
      const r = target.getBoundingClientRect();
      return { id: el.dataset.testid || el.name || el.tagName, top: r.top + scrollY };
    });
    if (!at) break; // past the last control
    tops.push(at);
  }
  assert.ok(tops.length >= 8, `only ${tops.length} stops: ${JSON.stringify(tops)}`);
  for (let i = 1; i < tops.length; i++) {
    assert.ok(tops[i].top >= tops[i - 1].top - 2, `focus went up the page: ${JSON.stringify(tops.slice(i - 1, i + 1))}`);
  }
  await context.close();
});

test('first visit: "Walking" invites the first tap, and stops once the reader has tapped anything', async () => {
  const { page, context } = await open({ width: 375, height: 667 }, '');
  const invite = () => page.$eval('label[for="activity-walking"]', (l) => [l.classList.contains('invite'), getComputedStyle(l).animationName]);
  assert.deepEqual(await invite(), [true, 'invite']);
  await page.selectOption('[data-testid="leg-select"]', 'weak-calf');
  await page.waitForFunction(() => !document.querySelector('label[for="activity-walking"]').classList.contains('invite'));
  await context.close();
  // A shared link to another activity has already made its point: no hint.
  const linked = await open({ width: 375, height: 667 }, 'activity=stairs');
  assert.equal(await linked.page.$eval('label[for="activity-walking"]', (l) => l.classList.contains('invite')), false);
  await linked.context.close();
  // Under reduced motion nothing pulses.
  const calm = await open({ width: 375, height: 667 }, '', { reducedMotion: 'reduce' });
  assert.equal(await calm.page.$eval('label[for="activity-walking"]', (l) => getComputedStyle(l).animationName), 'none');
  await calm.context.close();
});

test('swimming takes the stockings off: the choice is disabled with a reason, the link keeps it', async () => {
  const { page, problems, context } = await open({ width: 1280, height: 800 }, 'activity=swimming&leg=superficial-reflux&stockings=20-30');
  assert.equal(await page.isDisabled('[data-testid="stockings-select"]'), true);
  assert.match(await page.textContent('[data-testid="stockings-help"]'), /Stockings come off to swim/);
  assert.equal(new URL(page.url()).searchParams.get('stockings'), '20-30');
  await page.click('label[for="activity-walking"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="stockings-select"]').disabled);
  assert.equal(await page.inputValue('[data-testid="stockings-select"]'), '20-30');
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots: phone 375×667, blog column 680×760 embedded, desktop 1280×800, each showing a working widget', async () => {
  for (const [size, query, name] of [
    [{ width: 375, height: 667 }, 'activity=walking', 'layout-phone-375'],
    [{ width: 360, height: 640 }, 'activity=walking&leg=deep-reflux', 'layout-phone-360'],
    [{ width: 680, height: 760 }, 'activity=walking&embed=1', 'layout-embed-680'],
    [{ width: 1280, height: 800 }, 'activity=walking', 'layout-desktop-1280'],
    [{ width: 1280, height: 800 }, 'activity=tiptoe&leg=superficial-reflux', 'layout-desktop-tiptoe'],
  ]) {
    const label = `${name} (${query})`;
    const { page, problems, context } = await open(size, query);
    await waitSimulated(page, 6);
    // What the picture is for: the scenario's chart drawn and its number
    // shown on the first screen, nothing spilling sideways, nothing broken.
    const b = await boxes(page);
    assertInView(b, ['chosenChip', 'diagram', 'pressureChart', 'anklePressure'], label);
    assert.equal(await horizontalOverflow(page), 0, `${label}: sideways scrolling`);
    const axes = await paintedFraction(page, '[data-testid="pressure-chart"] canvas:first-child');
    const line = await paintedFraction(page, '[data-testid="pressure-chart-canvas"]');
    assert.ok(axes > 0.01 && line > 0.001, `${label}: pressure chart blank (axes ${axes}, line ${line})`);
    assert.doesNotMatch(await page.textContent('[data-testid="widget"]'), /NaN|undefined|Infinity/, label);
    // The file people look at: a fresh PNG of the whole viewport at twice its size.
    assert.deepEqual(await screenshot(page, `${name}.png`), [size.width * 2, size.height * 2], label);
    assert.deepEqual(problems, [], label);
    await context.close();
  }
});
