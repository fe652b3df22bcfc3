// Every word matches the model (issue 17): the scenarios where the widget's
// sentences used to contradict its own numbers now read true; numbers come
// with a plain line; a light clinic colour cannot break contrast; compare
// mode round-trips through the link; stockings come with the safety line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withWidget, openPage, screenshot, axeViolations, describeViolations } from './support.mjs';

const site = withWidget();

/** Opens a page address and waits for the model's verdicts (the main message, no longer "settling"). */
async function open(address, options = {}) {
  const opened = await openPage(site, address, options);
  await opened.page.waitForSelector('[data-testid="main-message"]:not(.settling)', { timeout: 20000 });
  return opened;
}

const text = (page, id) => page.textContent(`[data-testid="${id}"]`);

test('refill is judged only where it is a test, and leaking only where the model leaks', async () => {
  for (const address of ['sitting/', 'cycling-flat/', 'walking/weak-calf/']) {
    const { page, context, problems } = await open(address);
    const refill = await text(page, 'refill-time');
    const narration = await text(page, 'narration');
    assert.doesNotMatch(refill + narration, /leaking back|leaks back/, `${address}: ${refill} ${narration}`);
    if (address !== 'walking/weak-calf/') assert.match(refill, /No refill time/, `${address}: ${refill}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { page, context } = await open('walking/superficial-reflux/');
  assert.match(await text(page, 'refill-time'), /fast\. Blood is leaking back/);
  assert.match(await text(page, 'narration'), /valves do not close well, so blood leaks back down/);
  await context.close();
});

test('swimming with leaky surface veins says the pressure stays low; lying and swimming say posture lowered it', async () => {
  const swim = await open('swimming/superficial-reflux/');
  const narration = await text(swim.page, 'narration');
  assert.doesNotMatch(narration, /stays high/, narration);
  assert.match(narration, /stays low/, narration);
  await swim.context.close();
  for (const address of ['lying/', 'swimming/']) {
    const { page, context } = await open(address);
    const refill = await text(page, 'refill-time');
    assert.doesNotMatch(refill, /did not fall/, refill);
    assert.match(refill, /the way the leg lies, not the calf/, refill);
    await context.close();
  }
});

test('the tiptoe test: the reported fall is the shaded average, and the whole test and refill stay on the chart', async () => {
  const { page, context } = await open('tiptoe/');
  await page.check('[data-testid="speed-5"]', { force: true });
  await page.waitForFunction(() => document.querySelector('[data-testid="tiptoe-result"]')?.dataset.refill, null, { timeout: 30000 });
  const result = await text(page, 'tiptoe-result');
  assert.match(result, /on average over the last three raises/, result);
  assert.match(result, /orange shading marks the last three raises/, result);
  assert.match(result, /normal/, result);
  assert.match(await text(page, 'pressure-chart-summary'), /last 60 seconds/);
  await screenshot(page, 'tiptoe-healthy-1280.png');
  await context.close();
});

test('each number says what it is and which way is good; flow and refill sit under "more detail"', async () => {
  const { page, context } = await open('walking/');
  assert.match(await text(page, 'pressure-chart-help'), /Lower while you move is better.*about 20–35 mmHg/);
  const detail = page.locator('[data-testid="more-detail"]');
  assert.equal(await detail.evaluate((d) => d.open), false, 'closed until asked');
  await page.click('[data-testid="more-detail"] > summary');
  assert.ok(await page.isVisible('[data-testid="venous-return"]'));
  assert.match(await detail.textContent(), /More while you move is better/);
  assert.match(await detail.textContent(), /Longer is better/);
  await context.close();
});

test('stockings come with the safety line, in plain words, linking nowhere', async () => {
  const { page, context } = await open('walking/superficial-reflux/?stockings=20-30');
  const line = await text(page, 'compression-safety');
  assert.match(line, /not for everyone/);
  assert.match(line, /calf hurts when you walk, your feet are cold or pale.*diabetes with numb feet.*heart failure.*Take them off if your toes go numb/);
  assert.match(line, /Take them off if your toes go numb, pale, blue or painful/);
  assert.equal(await page.locator('[data-testid="compression-safety"] a').count(), 0);
  await page.selectOption('[data-testid="stockings-select"]', 'none');
  await page.waitForSelector('[data-testid="compression-safety"]', { state: 'detached' });
  await context.close();
});

test('compare=1 round-trips through the link and the address bar', async () => {
  const { page, context, problems } = await open('walking/deep-reflux/?compare=1');
  assert.ok(await page.isChecked('[data-testid="compare"]'), 'compare=1 turns compare mode on');
  await page.waitForSelector('[data-testid="healthy-ankle-pressure"]');
  await page.uncheck('[data-testid="compare"]', { force: true });
  await page.waitForFunction(() => !location.search.includes('compare'));
  await page.check('[data-testid="compare"]', { force: true });
  await page.waitForFunction(() => location.search === '?compare=1');
  await page.evaluate(() => { window.sharedUrls = []; navigator.share = (d) => { window.sharedUrls.push(d.url); return Promise.resolve(); }; });
  await page.click('[data-testid="more"] > summary');
  await page.click('[data-testid="share"]');
  await page.waitForFunction(() => window.sharedUrls.length === 1);
  assert.match(await page.evaluate(() => window.sharedUrls[0]), /\/walking\/deep-reflux\/\?compare=1$/);
  assert.deepEqual(problems, []);
  await context.close();
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a, b) {
  const lum = (css) => {
    const [r, g, bl] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const x = c / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('a light clinic colour is darkened until text in it reads at 4.5:1; a dark one is kept', async () => {
  for (const brand of ['%23f5c400', '%230b6e4f']) {
    const { page, context } = await open(`walking/?brand=${brand}&clinic=Sunny%20Veins`);
    const title = await page.$eval('h1', (h) => getComputedStyle(h).color);
    assert.ok(contrast(title, 'rgb(255, 255, 255)') >= 4.5, `${brand}: title ${title}`);
    const chip = await page.$eval('label.choice.chosen', (l) => [getComputedStyle(l).color, getComputedStyle(l).backgroundColor]);
    assert.ok(contrast(chip[0], chip[1]) >= 4.5, `${brand}: chosen chip ${chip}`);
    const found = await axeViolations(page, { runOnly: ['color-contrast'] });
    assert.deepEqual(found.map((v) => v.id), [], `${brand}:\n${describeViolations(found)}`);
    if (brand === '%230b6e4f') assert.equal(title, 'rgb(11, 110, 79)', 'a dark brand is used as it is');
    await context.close();
  }
});
