// En español: the widget in Spanish from a link (`lang=es`, `/es/…`) or the
// browser's languages, with no English left in what a reader sees or hears,
// a switch that keeps the scenario, axe clean, and screenshots to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, openWidget, screenshot, catalogue, withWidget, waitSimulated, simTime, axeViolations, describeViolations } from './support.mjs';

const site = withWidget();

/** Every text value of a catalogue file (plain strings and plural forms). */
function catalogueTexts(code) {
  return [...catalogue(code).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\{[a-z_]+\}/g, ' '));
}

const words = (text) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** English words longer than three letters that the Spanish catalogue does not also use (units, "mmHg"). */
const ENGLISH = (() => {
  const spanish = new Set(catalogueTexts('es').flatMap(words));
  return new Set(catalogueTexts('en').flatMap(words).filter((w) => w.length > 3 && !spanish.has(w)));
})();

/**
 * What a reader sees or hears in the widget: visible text and accessible
 * names (aria-label, alt, title, the aria snapshot), leaving out elements
 * marked as another language (the switch's "English").
 */
async function readerText(page, root = '[data-testid="widget"]') {
  const dom = await page.evaluate((root) => {
    const out = [];
    const foreign = (el) => el.closest('[lang]') && el.closest('[lang]').getAttribute('lang') !== 'es';
    const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || foreign(el) || !n.textContent.trim()) continue;
      if (el.checkVisibility && !el.checkVisibility() && !el.closest('.visually-hidden')) continue;
      out.push(n.textContent);
    }
    for (const el of document.querySelectorAll(`${root} [aria-label], ${root} [title], ${root} [alt]`)) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    }
    out.push(document.title);
    return out.join('\n');
  }, root);
  // The names and text in the accessibility tree, without the snapshot's
  // own syntax (roles, [level=1], /url: lines).
  const aria = (await page.locator(root).ariaSnapshot())
    .split('\n')
    .filter((line) => !/"English(, EN)?"/.test(line) && !line.trim().startsWith('- /url:'))
    .flatMap((line) => [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).concat(line.match(/- text: (.*)$/)?.[1] ?? []))
    .join('\n');
  return `${dom}\n${aria}`;
}

function englishIn(text) {
  return [...new Set(words(text).filter((w) => ENGLISH.has(w)))];
}

test('the English word list is a real test: the English widget is full of it', async () => {
  assert.ok(ENGLISH.size > 150, `${ENGLISH.size} words`);
  const { page, context } = await openWidget(site, 'activity=walking');
  await waitSimulated(page, 3);
  assert.ok(englishIn(await readerText(page)).length > 40);
  await context.close();
});

test('?lang=es: the whole widget in Spanish, with no English word left in sight or in the accessible names', async () => {
  for (const [query, viewport] of [
    ['lang=es&activity=tiptoe&leg=deep-reflux&stockings=20-30', { width: 1280, height: 800 }],
    ['lang=es&activity=swimming&stockings=15-20&compare=1', { width: 375, height: 667 }],
    ['lang=es&activity=walking&leg=superficial-reflux&embed=1', { width: 680, height: 760 }],
  ]) {
    const { page, problems, context } = await openWidget(site, query, { viewport });
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    // Every part shown: the details open, the narration with its verdict, the
    // tiptoe reading measured, the "what changed" sentence written.
    for (const summary of await page.$$('details > summary')) await summary.click();
    await page.waitForFunction(() => !/Midiendo/.test(document.querySelector('[data-testid="refill-time"]').textContent));
    await page.click('[data-testid="activity-running"]', { force: true });
    await page.waitForFunction(() => document.querySelector('[data-testid="what-changed"]').textContent.length > 10, null, { timeout: 30000 });
    const text = await readerText(page);
    assert.match(text, /pantorrilla/);
    assert.deepEqual(englishIn(text), [], `${query}: English left in:\n${text}`);
    assert.doesNotMatch(text, /NaN|undefined/);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('My day in Spanish: the planner follows the widget\'s language, with no English left', async () => {
  const { page, problems, context } = await openWidget(site, 'lang=es&leg=superficial-reflux', { viewport: { width: 375, height: 667 } });
  await page.click('[data-testid="plan-day"]');
  await page.waitForSelector('[data-testid="day-planner"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'es');
  await page.waitForSelector('[data-testid="help-card"]');
  const text = await readerText(page, '[data-testid="day-planner"]');
  assert.match(text, /Al final del día, unos \d+\s*mL/);
  assert.deepEqual(englishIn(text), [], `English left in:\n${text}`);
  // The swelling in kitchen measures, in Spanish.
  assert.match(await page.textContent('[data-testid="evening-sentence"]'), /una cucharada|unas \d+ cucharadas/);
  await screenshot(page, 'es-day-375x667.png');
  // Back to the live leg, still in Spanish.
  await page.click('[data-testid="view-live"]');
  await page.waitForSelector('[data-testid="widget"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the switch changes the language and keeps the scenario, the run and the link', async () => {
  const { page, problems, context } = await openWidget(site, 'activity=stairs&leg=deep-reflux&stockings=20-30');
  await waitSimulated(page, 2);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const before = await simTime(page);
  await page.click('[data-testid="lang-es"]');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.getAttribute('[data-testid="lang-es"]', 'aria-pressed'), 'true');
  assert.match(await page.textContent('legend'), /¿Qué está haciendo\?/);
  assert.match(await page.textContent('[data-testid="narration"]'), /pantorrilla/);
  // The same scenario, still running on from where it was.
  assert.ok(await page.isChecked('[data-testid="activity-stairs"]'));
  assert.equal(await page.inputValue('[data-testid="leg-select"]'), 'deep-reflux');
  assert.equal(await page.inputValue('[data-testid="stockings-select"]'), '20-30');
  assert.ok(await simTime(page) >= before);
  // The address now opens the Spanish page of this scenario: a shared link keeps the language.
  const url = new URL(page.url());
  assert.equal(url.pathname, '/es/stairs/deep-reflux/');
  assert.equal(url.searchParams.get('stockings'), '20-30');
  await page.reload();
  await page.waitForSelector('[data-testid="widget"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.ok(await page.isChecked('[data-testid="activity-stairs"]'));
  // Numbers in Spanish use the decimal comma; the tab title is Spanish too.
  assert.match(await page.title(), /pantorrilla/);
  await page.click('[data-testid="lang-en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(new URL(page.url()).pathname, '/stairs/deep-reflux/');
  assert.match(await page.textContent('[data-testid="narration"]'), /calf/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser that prefers es-MX gets Spanish; a link saying lang=en wins', async () => {
  const es = await openWidget(site, 'activity=walking', { locale: 'es-MX' });
  assert.equal(await es.page.getAttribute('html', 'lang'), 'es');
  assert.match(await es.page.textContent('[data-testid="activity-picker"]'), /Caminando/);
  await es.context.close();
  const en = await openWidget(site, 'activity=walking&lang=en', { locale: 'es-MX' });
  assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
  assert.match(await en.page.textContent('[data-testid="activity-picker"]'), /Walking/);
  await en.context.close();
  // A language the widget does not speak: English, and a friendly notice in it.
  const fr = await openWidget(site, 'lang=fr', { locale: 'fr-FR' });
  assert.equal(await fr.page.getAttribute('html', 'lang'), 'en');
  assert.match(await fr.page.textContent('[data-testid="link-notice"]'), /lang \(there is no such language here\)/);
  await fr.context.close();
});

test('when the Spanish words cannot be fetched: English, a friendly notice, and the switch says so too', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 667 } });
  await context.route('**/lang/**', (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/es/walking/`);
  await page.waitForSelector('[data-testid="widget"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('[data-testid="link-notice"]'), /Español could not be loaded, so this page is in English/);
  assert.ok(await page.isChecked('[data-testid="activity-walking"]'));
  await page.click('[data-testid="link-notice"] button');
  await page.click('[data-testid="lang-es"]');
  await page.waitForSelector('[data-testid="link-notice"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await waitSimulated(page, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the clinic page writes a Spanish embed: the snippet opens the Spanish page, the default button in Spanish', async () => {
  const { page, problems, context } = await openPage(site, 'for-clinics/?activity=stairs&clinic=Ozark%20Veins');
  await page.waitForSelector('[data-testid="embed-code"]');
  await page.selectOption('[data-testid="embed-lang"]', 'es');
  await page.waitForFunction(() => document.querySelector('[data-testid="embed-code"]').value.includes('/es/stairs/'));
  const code = await page.inputValue('[data-testid="embed-code"]');
  assert.match(code, /\/es\/stairs\/\?clinic=Ozark\+Veins&amp;embed=1/);
  assert.match(code, /title="La bomba de la pantorrilla: /);
  const preview = await page.textContent('[data-testid="embed-preview"]');
  assert.match(preview, /Subiendo escaleras/);
  assert.match(preview, /Con la colaboración de Ozark Veins/);
  assert.match(preview, /Pida una revisión de venas gratis/);
  // The clinic's own button text stays as written, in either language.
  // Text written only in English: the clinic is asked for the Spanish too.
  await page.fill('[data-testid="embed-cta-en"]', 'Call today');
  assert.match(await page.textContent('[data-testid="embed-cta-prompt"]'), /readers in Español too, or the button shows “Pida una revisión de venas gratis”/);
  await page.fill('[data-testid="embed-cta-es"]', 'Llame hoy');
  assert.equal(await page.locator('[data-testid="embed-cta-prompt"]').count(), 0);
  await page.waitForFunction(() => document.querySelector('[data-testid="embed-code"]').value.includes('cta=Llame+hoy'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Spanish: axe finds nothing, and screenshots at 375×667 and 1280×800', async () => {
  for (const [query, viewport, name] of [
    ['lang=es&activity=walking&leg=deep-reflux', { width: 375, height: 667 }, 'es-phone-375x667.png'],
    ['lang=es&activity=stairs&leg=superficial-reflux&stockings=20-30', { width: 1280, height: 800 }, 'es-desktop-1280x800.png'],
  ]) {
    const { page, problems, context } = await openWidget(site, query, { viewport });
    await waitSimulated(page, 8);
    await screenshot(page, name);
    await page.click('[data-testid="more"] > summary');
    const found = await axeViolations(page);
    assert.deepEqual(found.map((v) => v.id), [], `${query}:\n${describeViolations(found)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
