// The lesson (issue 25), in English and Spanish: the main message on the
// first screen, numbered steps that say what to do and how much, a unit on
// every range, select labels shown whole, diagram words at least 12 px, the
// activity strip's hidden end signposted and reachable (in a blog column,
// whole chips only), and an embed that
// fits a blog column (760 px at 680 px wide, WordPress's 1,000 px from 360 px
// up) whatever the scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openWidget, openPage, withWidget, waitForPainted, screenshot, horizontalOverflow } from './support.mjs';

const site = withWidget();

/** Opens the widget and waits until the main message speaks of the settled leg. */
async function open(query, viewport) {
  const opened = await openWidget(site, query, { viewport });
  await waitForPainted(opened.page);
  await opened.page.waitForSelector('[data-testid="main-message"]:not(.settling)', { timeout: 20000 });
  return opened;
}

const LANGS = ['en', 'es'];

test('the main message leads the first screen, on a phone and in a blog column, in both languages', async () => {
  for (const lang of LANGS) {
    for (const [viewport, query] of [
      [{ width: 375, height: 667 }, `lang=${lang}&activity=walking&leg=superficial-reflux`],
      [{ width: 680, height: 760 }, `lang=${lang}&activity=walking&leg=superficial-reflux&embed=1`],
    ]) {
      const { page, context, problems } = await open(query, viewport);
      const box = await page.$eval('[data-testid="main-message"]', (m) => {
        const r = m.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, weight: Number(getComputedStyle(m.querySelector('strong')).fontWeight) };
      });
      assert.ok(box.top >= 0 && box.bottom <= viewport.height / 3, `${query}: message at ${box.top}–${box.bottom}`);
      assert.ok(box.weight >= 600, `${query}: the message is emphasized`);
      const message = await page.textContent('[data-testid="main-message"]');
      // For this leg: it says blood leaks back and compares with a healthy leg.
      assert.match(message, lang === 'en' ? /leaks back.*healthy leg/ : /sangre.*pierna sana/, message);
      // It opens with what the calf pump is for, the same on every page, in bold;
      // on the full page with what to do (in a blog's column the steps under it say so).
      const purpose = await page.$eval('[data-testid="purpose"]', (p) => p.innerText);
      assert.match(purpose, lang === 'en' ? /calf pumps blood up to your heart/ : /pantorrilla sube la sangre hacia el corazón/, purpose);
      if (!query.includes('embed')) assert.match(purpose, lang === 'en' ? /Walk, take the stairs, or pump your ankles/ : /Camine, suba escaleras o mueva los tobillos/, purpose);
      // Above the number, which it explains.
      const number = await page.$eval('[data-testid="ankle-pressure"]', (n) => n.getBoundingClientRect().top);
      assert.ok(box.bottom <= number, `${query}: the message comes before the number`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});

test('how to use the chart: one line right under it says which activities to tap and what to watch, on a phone, on a desktop and in a blog column', async () => {
  for (const lang of LANGS) {
    for (const [viewport, query] of [
      [{ width: 375, height: 667 }, `lang=${lang}&activity=standing`],
      [{ width: 1280, height: 800 }, `lang=${lang}&activity=standing`],
      [{ width: 680, height: 760 }, `lang=${lang}&activity=standing&embed=1`],
    ]) {
      const { page, context } = await open(query, viewport);
      const layout = await page.evaluate(() => {
        const box = (sel) => document.querySelector(sel).getBoundingClientRect();
        const howTo = box('[data-testid="how-to"]');
        return { howTo: { top: howTo.top, height: howTo.height }, chartBottom: box('[data-testid="pressure-chart"]').bottom,
          flowTop: box('[data-testid="flow-chart"]').top, text: document.querySelector('[data-testid="how-to"]').innerText };
      });
      assert.ok(layout.howTo.height > 0, `${query}: no line on how to use the chart`);
      assert.ok(layout.howTo.top >= layout.chartBottom - 1, `${query}: the line is above the chart`);
      // Before the flow chart (where there is one): it is about the pressure chart.
      if (layout.flowTop > 0) assert.ok(layout.howTo.top < layout.flowTop, `${query}: the line is under the flow chart`);
      // It names another activity on the strip to tap, and what to watch.
      const labels = await page.$$eval('[data-testid="activity-picker"] label.choice .choice-label', (ls) => ls.map((l) => l.innerText.trim()));
      const current = await page.$eval('[data-testid="activity-picker"] label.chosen .choice-label', (l) => l.innerText.trim());
      const named = labels.filter((l) => l !== current && layout.text.includes(l));
      assert.ok(named.length >= 1, `${query}: "${layout.text}" names no other activity`);
      assert.match(layout.text, lang === 'en' ? /the line drop/ : /baja la línea/);
      // Doing what it says does what it says: sitting, then walking, lowers the ankle pressure.
      await page.click('label[for="activity-sitting"]');
      await page.waitForSelector('[data-testid="main-message"]:not(.settling)', { timeout: 20000 });
      const sitting = await page.$eval('[data-testid="ankle-pressure"]', (n) => Number(n.dataset.value));
      await page.click('label[for="activity-walking"]');
      await page.waitForFunction((s) => Number(document.querySelector('[data-testid="ankle-pressure"]').dataset.value) < s - 20, sitting, { timeout: 20000 });
      await context.close();
    }
    // On a moving activity the line gives this leg's numbers, and the
    // number above the chart is the lower one once the leg has settled.
    const { page, context } = await open(`lang=${lang}&activity=walking&leg=superficial-reflux`, { width: 375, height: 667 });
    const text = await page.textContent('[data-testid="how-to"]');
    const [still, moving] = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
    assert.ok(still > 70 && moving < still, `"${text}"`);
    await page.waitForFunction((m) => Math.abs(Number(document.querySelector('[data-testid="ankle-pressure"]').dataset.value) - m) <= 3, moving, { timeout: 20000 });
    // Button names in quotes: "De pie, quieto" has a comma of its own.
    assert.match(text, lang === 'en' ? /“Standing still”, then “Walking”/ : /«De pie, quieto» y luego otra vez «Caminando»/);
    await context.close();
  }
});

test('what you can do: the blood-clot warning boxed in red before numbered steps, each an action with how often or how long', async () => {
  for (const lang of LANGS) {
    const { page, context } = await open(`lang=${lang}&activity=sitting&leg=superficial-reflux`, { width: 375, height: 667 });
    const steps = await page.$$eval('[data-testid="steps"] ol > li.step', (els) => els.map((e) => e.textContent));
    assert.ok(steps.length >= 5, `${lang}: ${steps.length} steps`);
    assert.equal(await page.$eval('[data-testid="steps"] ol', (ol) => getComputedStyle(ol.querySelector('li')).listStyleType), 'decimal');
    const amount = lang === 'en' ? /\d+ (minutes|times)|every (hour|half hour)/ : /\d+ (minutos|veces)|cada (hora|media hora)/;
    for (const step of steps.slice(0, 3)) assert.match(step, amount, `${lang}: no amount in "${step}"`);
    // Stockings for this leg, with who must not wear them.
    assert.ok(steps.some((s) => (lang === 'en' ? /not for everyone/ : /no son para todos/).test(s)), `${lang}: stocking safety`);
    // A phlebologist's first point comes first: the clot warning, in red, above step 1 and not among the steps.
    const clot = await page.$eval('[data-testid="clot-warning"]', (p) => ({
      text: p.innerText, top: p.getBoundingClientRect().top, red: getComputedStyle(p).borderLeftColor,
      firstStep: document.querySelector('[data-testid="steps"] ol > li.step').getBoundingClientRect().top,
    }));
    assert.match(clot.text, lang === 'en' ? /blood clot.*call 911/ : /coágulo.*(112|911)/, clot.text);
    assert.ok(clot.top < clot.firstStep, `${lang}: the clot warning is under step 1`);
    assert.equal(clot.red, 'rgb(179, 38, 30)');
    assert.ok(!steps.some((s) => (lang === 'en' ? /blood clot/ : /coágulo/).test(s)), `${lang}: the clot warning is also a numbered step`);
    // Trying a step shows it on the leg.
    await page.click('[data-testid="try-ankle-pumps"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="activity-ankle-pumps"]').checked);
    // And the day planner, named for what it does, is one of them.
    assert.match(await page.textContent('[data-testid="plan-day"]'), lang === 'en' ? /Plan your day/ : /Planee su día/);
    await context.close();
  }
});

test('in a blog column: the first step and the whole blood-clot warning in view; all the steps, in short, why it matters and what the model can tell one tap away', async () => {
  for (const lang of LANGS) {
    const { page, context } = await open(`lang=${lang}&activity=sitting&leg=superficial-reflux&embed=1`, { width: 680, height: 760 });
    const clot = await page.$eval('[data-testid="clot-short"]', (p) => ({ text: p.innerText, bottom: p.getBoundingClientRect().bottom }));
    assert.match(clot.text, lang === 'en' ? /warmth or redness in one leg.*Chest pain or trouble breathing: call 911/ : /caliente o roja.*llame al 911/, clot.text);
    assert.ok(clot.bottom <= 760, `the clot warning ends at ${clot.bottom} px`);
    // First, as on the full page: above step 1.
    const firstStep = await page.$eval('[data-testid="steps"] ol > li.step .step-text', (t) => t.getBoundingClientRect().top);
    assert.ok(clot.bottom <= firstStep + 1, `${lang}: the clot warning is under step 1`);
    assert.equal(await page.isVisible('[data-testid="in-short"]'), false, 'behind the disclosure until asked');
    await page.click('[data-testid="more-steps"] > summary');
    assert.ok(await page.isVisible('[data-testid="in-short"]'));
    assert.equal(await page.$$eval('[data-testid="in-short"] li', (li) => li.length), 3);
    assert.match(await page.textContent('[data-testid="why-more"]'), lang === 'en' ? /Why it matters/ : /Por qué importa/);
    assert.match(await page.textContent('[data-testid="more-steps"]'), lang === 'en' ? /best guesses/ : /cálculo aproximado/);
    assert.ok((await page.$$('[data-testid="more-steps"] li.step')).length >= 4);
    // Opened, the steps use the box's whole width, not the first step's column.
    const widths = await page.evaluate(() => ({
      box: document.querySelector('.steps').getBoundingClientRect().width,
      list: document.querySelector('[data-testid="more-steps"] .steps-list').getBoundingClientRect().width,
    }));
    assert.ok(widths.list >= widths.box * 0.9, `the opened steps are ${Math.round(widths.list)} of ${Math.round(widths.box)} px wide`);
    await context.close();
  }
});

test('every range on screen carries its unit', async () => {
  for (const lang of LANGS) {
    for (const query of [`lang=${lang}&activity=walking`, `lang=${lang}&activity=cycling-toes&leg=deep-reflux&stockings=20-30`]) {
      const { page, context } = await open(query, { width: 1280, height: 800 });
      await page.click('[data-testid="more-detail"] > summary');
      const text = await page.$eval('[data-testid="widget"]', (w) => w.innerText);
      const bare = [...text.matchAll(/(\d+)\s*[–-]\s*(\d+)(?!\d|\s*(mmHg|mL|s\b|%|min|minutos|minutes))/g)]
        .map((m) => m[0]);
      assert.deepEqual(bare, [], `${query}: ranges without a unit`);
      await context.close();
    }
  }
});

test('at 360 px every leg and stocking name shows whole in its select', async () => {
  for (const lang of LANGS) {
    for (const embed of ['', '&embed=1']) {
      const { page, context } = await open(`lang=${lang}${embed}`, { width: 360, height: 640 });
      for (const testid of ['leg-select', 'stockings-select']) {
        const cut = await page.$eval(`[data-testid="${testid}"]`, (select) => {
          const style = getComputedStyle(select);
          const ctx = document.createElement('canvas').getContext('2d');
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // The room for the label: the box less its padding and the arrow.
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          return [...select.options].filter((o) => ctx.measureText(o.text).width > room).map((o) => `${o.text} (${Math.round(ctx.measureText(o.text).width)} > ${Math.round(room)})`);
        });
        assert.deepEqual(cut, [], `${lang}${embed} ${testid}: cut off`);
      }
      await context.close();
    }
  }
});

test('stockings are named in everyday words, and the chosen one says how hard it squeezes, in mmHg', async () => {
  const named = { en: ['No stockings', 'Light', 'Medium', 'Firm'], es: ['Sin medias', 'Ligera', 'Moderada', 'Fuerte'] };
  for (const lang of LANGS) {
    const { page, context } = await open(`lang=${lang}&activity=walking&leg=superficial-reflux&stockings=20-30`, { width: 1280, height: 800 });
    const options = await page.$$eval('[data-testid="stockings-select"] option', (os) => os.map((o) => o.text.trim()));
    assert.deepEqual(options, named[lang]);
    const help = await page.$eval('[data-testid="stockings-help"]', (p) => p.checkVisibility() && p.innerText);
    assert.match(help, new RegExp(`^${named[lang][2]}: [^.]*20–30 mmHg`), `${lang}: the chosen class's squeeze is not said`);
    await context.close();
  }
});

test('the diagram\'s words and numbers are at least 12 px at every size', async () => {
  for (const [viewport, query] of [
    [{ width: 360, height: 640 }, 'activity=walking'],
    [{ width: 375, height: 667 }, 'lang=es&activity=walking'],
    [{ width: 680, height: 760 }, 'activity=walking&embed=1'],
    [{ width: 1280, height: 800 }, 'lang=es&activity=walking'],
  ]) {
    const { page, context } = await open(query, viewport);
    const small = await page.$eval('[data-testid="leg-diagram"]', (figure) => {
      const out = [];
      // Text drawn in the SVG scales with it: its size on screen is what counts.
      for (const t of figure.querySelectorAll('svg text')) {
        const svg = t.ownerSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 12) out.push(`svg "${t.textContent}" ${size.toFixed(1)} px`);
      }
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || el.closest('svg') || !el.checkVisibility()) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) out.push(`"${n.textContent.trim()}" ${size} px`);
      }
      return out;
    });
    assert.deepEqual(small, [], `${query} at ${viewport.width} px`);
    // The numbered parts do not sit on the valves.
    const overlaps = await page.$eval('[data-testid="leg-diagram"] svg', (svg) => {
      const marks = [...svg.querySelectorAll('.part-mark circle')].map((c) => c.getBoundingClientRect());
      const valves = [...svg.querySelectorAll('.valve-ring')].map((c) => c.getBoundingClientRect());
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return marks.filter((m) => valves.some((v) => hit(m, v))).length;
    });
    assert.equal(overlaps, 0, `${query}: a part number sits on a valve`);
    await context.close();
  }
});

test('a leaking valve\'s red arrow sits clear of the other valves', async () => {
  for (const leg of ['superficial-reflux', 'deep-reflux']) {
    const { page, context } = await open(`activity=walking&leg=${leg}`, { width: 375, height: 667 });
    // Valves leak between squeezes: watch until each leaking valve has been seen.
    await page.waitForFunction(() => {
      for (const g of document.querySelectorAll('[data-testid="leg-diagram"] .valve.leak')) {
        const ring = g.querySelector('.valve-ring').getBoundingClientRect();
        const arrow = g.querySelector('.reflux-arrow').getBoundingClientRect();
        const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const others = [...document.querySelectorAll('[data-testid="leg-diagram"] .valve-ring')].filter((r) => r.getBoundingClientRect().x !== ring.x || r.getBoundingClientRect().y !== ring.y);
        const on = others.filter((r) => hit(arrow, r.getBoundingClientRect())).length;
        window.__arrowHits = (window.__arrowHits ?? 0) + on;
        window.__arrowsSeen = (window.__arrowsSeen ?? 0) + 1;
      }
      return window.__arrowsSeen >= 20;
    }, null, { timeout: 20000, polling: 'raf' });
    assert.equal(await page.evaluate(() => window.__arrowHits), 0, `${leg}: a red arrow lies on another valve`);
    await context.close();
  }
});

test('the activity strip shows it has more, and a mouse reaches the last activity', async () => {
  for (const lang of LANGS) {
    const { page, context } = await open(`lang=${lang}&activity=standing&embed=1`, { width: 680, height: 760 });
    const last = '[data-testid="activity-picker"] label:last-of-type';
    const visible = () => page.$eval(last, (chip) => {
      const strip = chip.parentElement.getBoundingClientRect();
      const r = chip.getBoundingClientRect();
      return r.left >= strip.left - 1 && r.right <= strip.right + 1;
    });
    assert.equal(await visible(), false, 'the strip is wider than the column');
    // Signposted: the hidden end fades and carries an arrow.
    assert.ok(await page.isVisible('[data-testid="strip-on"]'), `${lang}: no arrow`);
    assert.match(await page.$eval('[data-testid="activity-picker"] .strip', (s) => getComputedStyle(s).maskImage), /gradient/);
    for (let i = 0; i < 8 && !(await visible()); i++) {
      await page.click('[data-testid="strip-on"]');
      await page.waitForFunction(() => true);
    }
    await page.waitForFunction((sel) => {
      const chip = document.querySelector(sel);
      const strip = chip.parentElement.getBoundingClientRect();
      return chip.getBoundingClientRect().right <= strip.right + 1;
    }, last);
    await page.click(`${last}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="activity-tiptoe"]').checked);
    // At the end, the arrow back is there and the one onward is gone.
    await page.waitForSelector('[data-testid="strip-on"]', { state: 'hidden' });
    assert.ok(await page.isVisible('[data-testid="strip-back"]'));
    await context.close();
  }
});

test('embedded, the widget fits: 760 px at 680 px wide, WordPress\'s 1,000 px from 360 px up, nothing sideways from 320 px, in every language, with a clinic\'s header', async () => {
  for (const lang of LANGS) {
    for (const query of [
      'activity=walking',
      // A clinic's header: its name beside the title, its own button.
      'activity=walking&leg=superficial-reflux&clinic=Ozark%20Vein%20Clinic%20of%20Springfield&cta=Book%20a%20vein%20check&brand=%230b6e4f',
      'activity=stairs&leg=deep-reflux&stockings=20-30',
      'activity=tiptoe&leg=weak-calf',
      'activity=swimming&leg=deep-reflux&stockings=30-40',
      'activity=cycling-flat&leg=superficial-reflux&stockings=15-20',
      // A healthy leg beside this one: two drawings.
      'activity=walking&leg=superficial-reflux&compare=1',
    ]) {
      const full = `lang=${lang}&${query}&embed=1`;
      const { page, context, problems } = await open(full, { width: 680, height: 760 });
      for (const width of [680, 600, 599, 480, 420, 375, 360, 320]) {
        await page.setViewportSize({ width, height: 760 });
        const height = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() =>
          resolve(document.querySelector('[data-testid="widget"]').getBoundingClientRect().height))));
        // WordPress clips at 1,000 px; below 360 px only sideways scrolling is checked.
        const limit = width === 680 ? 760 : width >= 360 ? 1000 : Infinity;
        assert.ok(height <= limit, `${full} at ${width} px: ${Math.round(height)} px tall (limit ${limit})`);
        assert.equal(await horizontalOverflow(page), 0, `${full} at ${width} px: sideways scrolling`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});

test('screenshots: the lesson at 375, the 680-px embed and 1280, in English and Spanish', async () => {
  for (const lang of LANGS) {
    for (const [viewport, query, name, full] of [
      [{ width: 375, height: 667 }, 'activity=walking&leg=superficial-reflux', 'phone-375', true],
      [{ width: 680, height: 760 }, 'activity=walking&leg=superficial-reflux&embed=1', 'embed-680', false],
      [{ width: 1280, height: 800 }, 'activity=walking&leg=superficial-reflux', 'desktop-1280', true],
    ]) {
      const { page, context } = await open(`lang=${lang}&${query}`, viewport);
      await screenshot(page, `lesson-${lang}-${name}.png`, { fullPage: full });
      await context.close();
    }
    const { page, context } = await openPage(site, `day/?view=day&preset=desk&leg=superficial-reflux&lang=${lang}`, { viewport: { width: 375, height: 667 } });
    await page.waitForSelector('[data-testid="help-card"]');
    await screenshot(page, `lesson-${lang}-day-375.png`, { fullPage: true });
    await context.close();
  }
});

test('in a blog column the drawing is big enough to read, its key beside it, every word at least 14 px, "Try it" beside step 1 and the compare box says what it adds', async () => {
  for (const lang of LANGS) {
    for (const query of ['activity=walking&leg=superficial-reflux', 'activity=stairs&leg=deep-reflux&stockings=20-30']) {
      const full = `lang=${lang}&${query}&embed=1`;
      const { page, context } = await open(full, { width: 680, height: 760 });
      const layout = await page.evaluate(() => {
        const box = (s) => document.querySelector(s).getBoundingClientRect();
        return { figure: box('[data-testid="leg-diagram"]'), svg: box('[data-testid="leg-diagram"] svg'), key: box('[data-testid="leg-diagram"] .legend'),
          step: box('[data-testid="steps"] ol > li.step .step-text'), tryIt: box('[data-testid="steps"] ol > li.step .try-it'), heading: box('[data-testid="steps"] h2') };
      });
      // The leg at least 180 px tall (it was 132), its key inside the same box, at its side, not under the controls.
      assert.ok(layout.svg.height >= 180, `${full}: the drawing is ${Math.round(layout.svg.height)} px tall`);
      assert.ok(layout.key.left >= layout.svg.right - 1 && layout.key.bottom <= layout.figure.bottom + 1 && layout.key.top >= layout.figure.top,
        `${full}: the key sits beside the drawing, in its box`);
      // "Try it" acts out step 1: on its line, under the heading.
      const middle = (r) => (r.top + r.bottom) / 2;
      assert.ok(layout.tryIt.top >= layout.heading.bottom && Math.abs(middle(layout.tryIt) - middle(layout.step)) < 12,
        `${full}: "Try it" sits beside step 1`);
      // Nothing a reader needs under 14 px (the page's hidden headings and screen-reader text aside).
      const small = await page.evaluate(() => {
        const found = [];
        const walker = document.createTreeWalker(document.querySelector('[data-testid="widget"]'), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || el.closest('svg, .visually-hidden, details:not([open]) > :not(summary)')) continue;
          const r = el.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1 || !el.checkVisibility()) continue;
          if (parseFloat(getComputedStyle(el).fontSize) < 13.9) found.push(`${n.textContent.trim().slice(0, 30)} (${getComputedStyle(el).fontSize})`);
        }
        return found;
      });
      assert.deepEqual(small, [], `${full}: text under 14 px`);
      assert.equal((await page.locator('.compare-toggle').innerText()).trim(), lang === 'en' ? 'Show a healthy leg' : 'Ver una pierna sana');
      await context.close();
    }
  }
});

test('in a blog column the activity strip shows whole chips only, wherever it rests', async () => {
  for (const lang of LANGS) {
    for (const [viewport, query] of [
      [{ width: 680, height: 760 }, 'activity=walking&embed=1'],
      [{ width: 680, height: 760 }, 'activity=stairs&embed=1'],
      [{ width: 680, height: 760 }, 'activity=tiptoe&embed=1'],
    ]) {
      const full = `lang=${lang}&${query}`;
      const { page, context } = await open(full, viewport);
      // The chips the strip's edge cuts that are not in its masked part (out of sight).
      const cutChips = () => {
        const strip = document.querySelector('.choices.strip');
        const b = strip.getBoundingClientRect();
        const px = (name, fallback) => parseFloat(strip.style.getPropertyValue(name)) || fallback;
        const [from, to] = [px('--whole-from', 0), px('--whole-to', b.width)];
        return [...strip.querySelectorAll('label.choice')].map((c) => {
          const r = c.getBoundingClientRect();
          const [l, rt] = [r.left - b.left, r.right - b.left];
          const shown = Math.min(rt, to + 2) - Math.max(l, from - 2);
          const whole = l >= from - 3 && rt <= to + 3;
          const masked = (getComputedStyle(strip).maskImage || getComputedStyle(strip).webkitMaskImage || 'none') !== 'none';
          const cutByEdge = l < 0 || rt > b.width;
          return (shown > 0 && !whole) || (cutByEdge && !masked && shown > 0) ? c.textContent.trim() : null;
        }).filter(Boolean);
      };
      // The mask follows the strip as it scrolls: wait until it has caught up.
      const settled = async (when) => {
        try {
          await page.waitForFunction(`(${cutChips})().length === 0`, null, { timeout: 5000 });
        } catch {
          assert.deepEqual(await page.evaluate(cutChips), [], `${full}: a chip shows cut at the strip's edge ${when}`);
        }
      };
      await settled('at rest');
      // And after the arrow moves it on.
      if (await page.isVisible('[data-testid="strip-on"]')) {
        const before = await page.$eval('.choices.strip', (s) => s.scrollLeft);
        await page.click('[data-testid="strip-on"]');
        await page.waitForFunction((x) => document.querySelector('.choices.strip').scrollLeft > x, before);
        await settled('after the arrow');
      }
      await context.close();
    }
  }
});
