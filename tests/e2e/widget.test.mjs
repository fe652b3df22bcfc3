// The built widget (dist/) in Debian's Chromium: loads cleanly, paints both
// charts, responds to the reader, and leaves screenshots for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWidget, readout, paintedFraction, screenshot, horizontalOverflow, withWidget, waitForPainted, waitSimulated, waitForReadout } from './support.mjs';

const site = withWidget();

test('the page loads with no console error, failed request or foreign request', async () => {
  const { page, problems, context } = await openWidget(site);
  await waitForPainted(page);
  await waitSimulated(page, 1.5);
  assert.deepEqual(problems, []);
  assert.match(await page.title(), /Calf Pump Explorer/);
  await context.close();
});

test('both charts are painted: axes and live lines', async () => {
  const { page, context } = await openWidget(site, 'activity=walking', { deviceScaleFactor: 2 });
  await waitForPainted(page, '[data-testid="flow-chart-canvas"]');
  await waitSimulated(page, 1.5);
  for (const chart of ['pressure-chart', 'flow-chart']) {
    const axes = await paintedFraction(page, `[data-testid="${chart}"] canvas:first-child`);
    const lines = await paintedFraction(page, `[data-testid="${chart}-canvas"]`);
    assert.ok(axes > 0.01, `${chart} axes painted ${axes}`);
    assert.ok(lines > 0.001, `${chart} line painted ${lines}`);
  }
  // HiDPI: the backing store is twice the CSS size.
  const [cssWidth, backing] = await page.$eval('[data-testid="pressure-chart-canvas"]', (c) => [c.clientWidth, c.width]);
  assert.equal(backing, cssWidth * 2);
  await context.close();
});

test('choosing walking makes the ankle-pressure readout fall within a few seconds', async () => {
  const { page, problems, context } = await openWidget(site);
  await waitSimulated(page, 0.5);
  const standing = await readout(page, 'ankle-pressure');
  assert.ok(standing > 75 && standing < 95, `standing ${standing}`);
  await page.click('label[for="activity-walking"]');
  await waitForReadout(page, 'ankle-pressure', { below: standing - 30 }, 10000);
  assert.ok((await readout(page, 'venous-return')) > 400);
  assert.equal(new URL(page.url()).pathname, '/walking/', 'the address bar holds the walking page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots at phone and desktop sizes', async () => {
  for (const [width, height, name, scale] of [[375, 667, 'phone', 2], [1280, 800, 'desktop', 1]]) {
    for (const query of ['', 'activity=walking']) {
      const { page, problems, context } = await openWidget(site, query, { viewport: { width, height }, deviceScaleFactor: scale });
      await page.locator('[data-testid="pressure-chart"]').scrollIntoViewIfNeeded();
      await waitSimulated(page, 4);
      const label = query ? query.split('=')[1] : 'standing';
      assert.deepEqual(await screenshot(page, `${name}-${label}.png`), [width * scale, height * scale]);
      await screenshot(page, `${name}-${label}-full.png`, { fullPage: true });
      // Nothing spills sideways on a phone.
      const overflow = await horizontalOverflow(page);
      assert.equal(overflow, 0, `${name}: ${overflow}px horizontal overflow`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
