// The day planner (/day/): presets, editing by pointer and keyboard, what
// the model says by evening, the day in the link, and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withWidget, openPage, screenshot, horizontalOverflow, axeViolations, describeViolations } from './support.mjs';

const site = withWidget();

/** Opens the day planner with `query` and waits until it has mounted. */
async function openDay(query = 'view=day', viewport = { width: 375, height: 667 }) {
  const opened = await openPage(site, `day/?${query}`, { viewport, deviceScaleFactor: 2 });
  await opened.page.waitForSelector('[data-testid="day-planner"]');
  return opened;
}

const value = (page, testid) => page.getAttribute(`[data-testid="${testid}"]`, 'data-value').then(Number);

/** Waits until the evening swelling differs from `from` and returns it. */
async function swellingChangedFrom(page, from) {
  await page.waitForFunction((from) => Number(document.querySelector('[data-testid="evening-swelling"]').dataset.value) !== from, from);
  return value(page, 'evening-swelling');
}

test('a preset, a walk break, less swelling; the shared link restores the edited day', async () => {
  const { page, context, problems } = await openDay('view=day&preset=desk&leg=superficial-reflux');
  assert.equal(await page.inputValue('[data-testid="day-preset"]'), 'desk');
  const before = await value(page, 'evening-swelling');
  const highBefore = await value(page, 'high-pressure-hours');
  assert.ok(before > 20 && before < 100, `desk day: ${before} mL`);
  assert.ok(highBefore > 4, `desk day: ${highBefore} h above 35 mmHg`);
  assert.match(await page.textContent('[data-testid="evening-sentence"]'), /By evening, about \d+ mL/);
  // Add a walk at the end of the evening's sitting.
  const blocks = page.locator('[data-testid="day-block"]');
  const evening = blocks.filter({ has: page.locator('select[aria-label^="Sitting, 17:00"]') });
  await evening.locator('[data-testid="walk-break"]').click();
  const after = await swellingChangedFrom(page, before);
  assert.ok(after < before, `a walk break should cut swelling: ${before} → ${after} mL`);
  // A leaky leg walking still sits above 35 mmHg (about 40), so the hours
  // above it do not grow; the swelling is what falls.
  assert.ok(await value(page, 'high-pressure-hours') <= highBefore);
  // The preset is now "your own day", and the link holds the edit.
  assert.equal(await page.inputValue('[data-testid="day-preset"]'), '');
  const url = page.url();
  assert.match(url, /\/day\/\?view=day&day=standing-30\.walking-15\.sitting-225\.walking-15\.sitting-240\.walking-15\.standing-60\.sitting-115\.walking-5&/);
  assert.match(url, /leg=superficial-reflux/);
  const reopened = await context.newPage();
  await reopened.goto(url);
  await reopened.waitForSelector('[data-testid="day-planner"]');
  assert.equal(await value(reopened, 'evening-swelling'), after);
  assert.equal(await reopened.locator('[data-testid="day-block"]').count(), await blocks.count());
  assert.deepEqual(problems, []);
  await context.close();
});

test('what would help: computed for this day, best first, and trying one applies it', async () => {
  const { page, context } = await openDay('view=day&preset=long-flight');
  const cards = page.locator('[data-testid="help-card"]');
  // On a flight: walks, ankle pumps in the seat, stockings, feet up once home.
  assert.equal(await cards.count(), 4);
  const titles = await cards.locator('h3').allTextContents();
  assert.ok(titles.some((t) => /ankles/i.test(t)), `ankle pumps offered: ${titles}`);
  // The stockings card says who must not wear them.
  const stockingCard = cards.filter({ has: page.locator('h3', { hasText: /stockings/i }) });
  assert.match(await stockingCard.textContent(), /not for everyone/);
  const saved = await cards.evaluateAll((els) => els.map((e) => Number(e.dataset.savedMl)));
  assert.deepEqual([...saved].sort((a, b) => b - a), saved, `ordered by effect: ${saved}`);
  assert.ok(saved[0] > 0);
  const before = await value(page, 'evening-swelling');
  await cards.first().getByRole('button').click();
  const after = await swellingChangedFrom(page, before);
  assert.ok(Math.abs(before - after - saved[0]) < 0.2, `the card promised ${saved[0]} mL, the day saved ${before - after}`);
  // Stockings on: the stockings card is gone.
  await page.selectOption('[data-testid="day-stockings"]', '20-30');
  await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="help-card"] h3')].some((h) => /stockings/i.test(h.textContent)));
  await context.close();
});

test('keyboard only: change an activity, lengthen a block, remove one', async () => {
  const { page, context } = await openDay('view=day&day=sitting-120.standing-60');
  const start = await value(page, 'evening-swelling');
  await page.focus('select[aria-label^="Sitting, 7:00"]');
  await page.keyboard.press('ArrowDown'); // Sitting → Standing in the list order
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === 'standing-180');
  const afterChange = await value(page, 'evening-swelling');
  assert.notEqual(afterChange, start);
  // Tab to "Longer" and press it with the keyboard.
  await page.focus('button[aria-label^="Longer: Standing still, 7:00"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === 'standing-195');
  await page.keyboard.press('Tab'); // the walk break
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === 'standing-190.walking-5');
  await page.focus('button[aria-label^="Remove: Walking"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === 'standing-190');
  await context.close();
});

test('a mangled day falls back to a preset with a notice; view=day on the widget opens the planner', async () => {
  const { page, context } = await openDay('view=day&preset=on-your-feet&day=sitting-7.moonwalk-30');
  assert.match(await page.textContent('[data-testid="day-notice"]'), /could not be read.*On your feet all day/);
  assert.equal(await page.inputValue('[data-testid="day-preset"]'), 'on-your-feet');
  assert.ok(Number.isFinite(await value(page, 'evening-swelling')));
  await page.goto(`${site.origin}/?view=day&leg=deep-reflux`);
  await page.waitForSelector('[data-testid="day-planner"]');
  assert.equal(new URL(page.url()).pathname, '/day/');
  assert.equal(await page.inputValue('[data-testid="day-leg"]'), 'deep-reflux');
  // And back to the live leg, keeping the leg.
  await page.click('[data-testid="view-live"]');
  await page.waitForSelector('[data-testid="widget"]');
  assert.equal(await page.inputValue('[data-testid="leg-select"]'), 'deep-reflux');
  await page.click('[data-testid="plan-day"]');
  await page.waitForSelector('[data-testid="day-planner"]');
  await context.close();
});

test('phone 375×667: the chart, the timeline and the evening numbers on one screen; axe finds nothing', async () => {
  for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
    const { page, context, problems } = await openDay('view=day&preset=desk', viewport);
    await page.waitForFunction(() => {
      const c = document.querySelector('[data-testid="day-chart-canvas"]');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 200) n++;
      return n > 500;
    });
    const offScreen = await page.evaluate(() => ['[data-testid="evening"]', '[data-testid="day-chart-canvas"]', '[data-testid="day-strip"]']
      .filter((sel) => {
        const r = document.querySelector(sel).getBoundingClientRect();
        return !(r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.height > 0);
      }));
    assert.deepEqual(offScreen, [], `${viewport.width}: off the first screen: ${offScreen}`);
    assert.equal(await horizontalOverflow(page), 0, `${viewport.width}: sideways scrolling`);
    await screenshot(page, `day-${viewport.width}.png`);
    const found = await axeViolations(page);
    assert.deepEqual(found.map((v) => v.id), [], `${viewport.width}:\n${describeViolations(found)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('in Spanish on a phone the planner fits the screen: its purpose first, nothing sideways', async () => {
  const { page, context } = await openDay('view=day&preset=desk&lang=es', { width: 375, height: 667 });
  assert.equal(await horizontalOverflow(page), 0, 'sideways scrolling');
  const purpose = await page.$eval('[data-testid="day-purpose"]', (p) => ({ text: p.innerText, top: p.getBoundingClientRect().top }));
  assert.match(purpose.text, /Planee su día/);
  assert.ok(purpose.top < 200, `the purpose starts at ${purpose.top} px`);
  await context.close();
});

test('the planner says what its numbers are: mmHg is vein pressure, not blood pressure; which numbers are checked and which are guesses', async () => {
  for (const [lang, mmhg, checked] of [
    ['en', /pressure in the veins at your ankle, in mmHg\. It is not your blood pressure/, /standing and walking numbers match tests on people; the swelling is a best guess/],
    ['es', /presión en las venas del tobillo, en mmHg\. No es su presión arterial/, /coinciden con pruebas en personas; la hinchazón es un cálculo aproximado/],
  ]) {
    const { page, context } = await openDay(`view=day&preset=desk&lang=${lang}`, { width: 375, height: 667 });
    // Right under the chart and its timeline, where the number is read.
    const note = await page.$eval('[data-testid="high-note"]', (p) => ({ text: p.innerText, visible: p.checkVisibility() }));
    assert.ok(note.visible);
    assert.match(note.text, mmhg);
    assert.match(await page.textContent('.disclaimer'), checked);
    await context.close();
  }
});
