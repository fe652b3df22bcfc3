// Embedding and sharing in a real browser: a host page on another origin with
// a strict CSP embeds the widget with the snippet; links reopen scenarios;
// shared links open the scenario's own page (tests/e2e/cards.test.mjs checks its card).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  serve, withWidget, openWidget, watchProblems, readout, screenshot, pngSize, until, waitSimulated, waitForReadout,
} from './support.mjs';

let host;
let hostDir;
// The clinic's blog: another origin, whose own policy is strict: scripts and
// frames only from itself and the widget.
const site = withWidget(async ({ origin }) => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-host-'));
  fs.writeFileSync(path.join(hostDir, 'favicon.ico'), ''); // browsers ask for one
  const csp = `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin}; style-src 'self' 'unsafe-inline'`;
  host = await serve(hostDir, { headers: { 'content-security-policy': csp } });
  return async () => {
    await host.close();
    fs.rmSync(hostDir, { recursive: true, force: true });
  };
});

/** The public address the site was built for (`--site`), from its pages. */
async function builtSite(page) {
  return page.getAttribute('meta[name="calf-pump:site"]', 'content');
}

/**
 * The snippet as the clinic page the widget's Embed link opens produces it. It names the public
 * address the site was built for; here the site is served elsewhere, so that
 * address is swapped for the test server's, as a deployment would have it.
 */
async function snippetFor(query) {
  const { page, context } = await openWidget(site, query);
  await page.click('[data-testid="more"] > summary');
  await page.click('[data-testid="embed"]');
  const code = await page.inputValue('[data-testid="embed-code"]');
  const built = await builtSite(page);
  await context.close();
  assert.ok(code.includes(built), `snippet should use the built site address ${built}`);
  return code.split(built).join(`${site.origin}/`);
}

function hostPage(name, body) {
  fs.writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic blog</title></head><body><h1>Our blog</h1><p>Read about your calf pump below.</p>${body}<p>After the widget.</p></body></html>`);
  return `${host.origin}/${name}`;
}

/** Opens a host page, reporting CSP violations (the host's or the widget's) as console errors among its problems. */
async function openHost(url, width = 420) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  return { context, page, problems };
}

const frameHeight = (page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
const contentHeight = (frame) => frame.$eval('[data-testid="widget"]', (m) => m.getBoundingClientRect().height);

/**
 * Waits until the host's iframe is as tall as the widget inside it: two
 * documents, so only Node sees both.
 */
async function frameFits(page, inner) {
  const sizes = async () => `iframe ${await frameHeight(page)} px, content ${await contentHeight(inner)} px`;
  await until('the iframe to fit its content', async () => Math.abs((await frameHeight(page)) - (await contentHeight(inner))) <= 2, 10000, sizes);
}

test('the snippet embeds the widget on a strict-CSP host page and sizes the iframe to its content', async () => {
  const snippet = await snippetFor('activity=walking');
  assert.match(snippet, /^<iframe src="[^"]+\/walking\/\?embed=1" title="[^"]+" loading="lazy" allow="fullscreen; web-share; clipboard-write"[^>]*><\/iframe><script src="[^"]+embed\.js" async><\/script>$/);
  const { page, problems, context } = await openHost(hostPage('embed.html', snippet));
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid="widget"]').waitFor();
  const inner = page.frames().find((f) => f.url().includes('embed=1'));
  await page.waitForFunction(() => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - 760) > 5);
  await frameFits(page, inner);
  // Embed mode: compact, no Embed button, a link to the full page.
  assert.equal(await frame.locator('[data-testid="embed"]').count(), 0);
  assert.match(await frame.locator('[data-testid="open-full-page"]').getAttribute('href'), /^https?:\/\/[^?]+\/walking\/$/);
  // The widget grows (tiptoe result appears) and the iframe follows, then shrinks back.
  const before = await frameHeight(page);
  await frame.locator('label[for="activity-tiptoe"]').click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 20, before);
  await frameFits(page, inner);
  await frame.locator('label[for="activity-walking"]').click();
  await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 2, before);
  assert.deepEqual(problems, []);
  await screenshot(page, 'embedded-in-host.png', { fullPage: true });
  await context.close();
});

test('the widget runs inside a sandboxed iframe (opaque origin, no storage)', async () => {
  const booking = 'https://booking.example/ozark';
  const url = hostPage('sandbox.html', `<iframe sandbox="allow-scripts" src="${site.origin}/?activity=walking&embed=1&cta_url=${encodeURIComponent(booking)}" title="Calf Pump Explorer" style="width:100%;height:900px;border:0"></iframe><script src="${site.origin}/embed.js" async></script>`);
  const { page, problems, context } = await openHost(url, 1000);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid="widget"]').waitFor({ timeout: 20000 });
  const inner = page.frames().find((f) => f.url().includes('embed=1'));
  // Walking brings the ankle pressure down within a few seconds.
  await waitForReadout(inner, 'ankle-pressure', { below: 50, above: 10 }, 20000);
  // The loader accepts the opaque origin for a sandboxed frame.
  await page.waitForFunction(() => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - 900) > 5, null, { timeout: 10000 });
  // The frame may not open a new tab: the booking button says so and shows
  // the address to copy, instead of doing nothing.
  await inner.click('[data-testid="cta"]');
  await inner.waitForSelector('[data-testid="cta-blocked"]');
  assert.equal(await inner.inputValue('[data-testid="cta-address"]'), booking);
  assert.equal(page.url(), url, 'the host page stays where it is');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clinic settings: the call to action links where the clinic says, hostile values are neutralised', async () => {
  const query = 'clinic=' + encodeURIComponent('Ozark Veins <script>alert(1)</script>') + '&cta=' + encodeURIComponent('Book with us') +
    '&cta_url=' + encodeURIComponent('https://ozark.example/book') + '&brand=%23006644';
  const { page, problems, context } = await openWidget(site, query);
  assert.equal(await page.getAttribute('[data-testid="cta"]', 'href'), 'https://ozark.example/book');
  assert.equal((await page.textContent('[data-testid="cta"]')).trim(), 'Book with us');
  const clinic = await page.textContent('[data-testid="clinic"]');
  assert.match(clinic, /Ozark Veins <script>alert\(1\)<\/script>/, 'the name is shown as text');
  assert.equal(await page.locator('[data-testid="clinic"] script').count(), 0);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.button.primary')).backgroundColor), 'rgb(0, 102, 68)');
  assert.deepEqual(problems, []);
  await context.close();

  const evil = await openWidget(site, 'cta_url=' + encodeURIComponent('javascript:alert(1)') + '&brand=' + encodeURIComponent('red;background:url(x)'));
  assert.equal(await evil.page.getAttribute('[data-testid="cta"]', 'href'), 'https://www.missouriveincare.com/');
  const notice = await evil.page.textContent('[data-testid="link-notice"]');
  assert.match(notice, /cta_url \(only https:\/\/ links are allowed\)/);
  assert.match(notice, /brand/);
  await evil.context.close();
});

test('old root links still reopen exactly their scenario; the address bar moves to its page', async () => {
  for (const query of ['activity=stairs&leg=deep-reflux&stockings=20-30', 'activity=cycling-toes', 'activity=tiptoe&leg=superficial-reflux', 'leg=weak-calf&stockings=15-20', 'activity=swimming&stockings=30-40']) {
    const { page, problems, context } = await openWidget(site, query);
    const params = new URLSearchParams(query);
    const activity = params.get('activity') || 'standing';
    const leg = params.get('leg') || 'healthy';
    assert.ok(await page.isChecked(`[data-testid="activity-${activity}"]`), query);
    assert.equal(await page.inputValue('[data-testid="leg-select"]'), leg, query);
    assert.equal(await page.inputValue('[data-testid="stockings-select"]'), params.get('stockings') || 'none', query);
    const address = new URL(page.url());
    assert.equal(address.pathname, leg === 'healthy' ? `/${activity}/` : `/${activity}/${leg}/`, query);
    assert.equal(address.search, params.get('stockings') ? `?stockings=${params.get('stockings')}` : '', query);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a mangled link shows a friendly notice and a working default', async () => {
  const { page, problems, context } = await openWidget(site, 'activity=moonwalk&leg=%E2%28&stockings=');
  const notice = await page.textContent('[data-testid="link-notice"]');
  assert.match(notice, /activity "moonwalk"/);
  assert.ok(await page.isChecked('[data-testid="activity-standing"]'));
  await waitSimulated(page, 0.5);
  assert.ok((await readout(page, 'ankle-pressure')) > 70);
  assert.equal(new URL(page.url()).search, '', 'the link is cleaned up');
  assert.deepEqual(problems, []);
  await context.close();
});

test('share copies the link (no Web Share here), and plots and data download', async () => {
  const { page, problems, context } = await openWidget(site, 'activity=hiking&leg=weak-calf', { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.evaluate(() => { delete Navigator.prototype.share; });
  await page.click('[data-testid="more"] > summary');
  await page.click('[data-testid="share"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="share-status"]').textContent.includes('copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${await builtSite(page)}hiking/weak-calf/`);

  await waitSimulated(page, 1);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-csv"]')]);
  assert.equal(csv.suggestedFilename(), 'calf-pump-trace.csv');
  const text = fs.readFileSync(await csv.path(), 'utf8');
  assert.match(text.split('\n')[0], /^time_s,ankle_pressure_mmhg,venous_return_ml_min$/);
  assert.ok(text.split('\n').length > 100);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-png"]')]);
  assert.equal(png.suggestedFilename(), 'calf-pump-plots.png');
  // Both charts, stacked, at the size they are drawn on screen.
  const [w, h] = pngSize(fs.readFileSync(await png.path()));
  const drawn = await page.$$eval('[data-testid="pressure-chart-canvas"], [data-testid="flow-chart-canvas"]', (cs) => [Math.max(...cs.map((c) => c.width)), cs.reduce((a, c) => a + c.height, 0)]);
  assert.deepEqual([w, h], drawn);
  assert.ok(w > 300 && h > 150, `${w}×${h}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the clinic page: a clinic types its name, colour, button and booking page, and the snippet restores them', async () => {
  const { page, problems, context } = await openWidget(site, '', { viewport: { width: 375, height: 667 } });
  const builderFetched = [];
  page.on('request', (r) => { if (r.url().includes('/for-clinics/')) builderFetched.push(r.url()); });
  await page.goto(`${site.origin}/stairs/`);
  await page.waitForSelector('[data-testid="widget"]');
  await page.click('[data-testid="more"] > summary');
  assert.deepEqual(builderFetched, [], 'patients never download the embed builder');
  await page.click('[data-testid="embed"]');
  await page.waitForURL(/\/for-clinics\/\?activity=stairs$/);
  assert.match(await page.textContent('[data-testid="embedded-scenario"]'), /opens on: Climbing stairs, healthy valves/);
  await page.fill('[data-testid="embed-clinic"]', 'Ozark Vein Clinic');
  await page.fill('[data-testid="embed-colour"]', '#f5c400');
  await page.fill('[data-testid="embed-cta-en"]', 'Book your scan');
  // Each language's box shows that language's default button text.
  await page.waitForFunction(() => document.querySelector('[data-testid="embed-cta-es"]').placeholder === 'Pida una revisión de venas gratis');
  // The site's own booking page to start with; empty means no button.
  assert.match(await page.textContent('[data-testid="embed-button-opens"]'), /The button opens https:\/\/www\.missouriveincare\.com\//);
  await page.fill('[data-testid="embed-cta-url"]', '');
  assert.match(await page.textContent('[data-testid="embed-button-opens"]'), /No booking page: the widget shows no booking button/);
  assert.match(await page.inputValue('[data-testid="embed-link"]'), /cta_url=none/);
  // An address that is not https:// is refused, and there is nothing to copy.
  await page.fill('[data-testid="embed-cta-url"]', 'http://ozark.example/book');
  assert.match(await page.textContent('[data-testid="embed-button-opens"]'), /must be a full address starting with https:\/\//);
  assert.equal(await page.locator('[data-testid="embed-code"]').count(), 0, 'no code while the booking page is refused');
  assert.equal(await page.locator('[data-testid="copy-link"]').count(), 0, 'no link while the booking page is refused');
  await page.fill('[data-testid="embed-cta-url"]', 'https://ozark.example/book');
  assert.match(await page.textContent('[data-testid="embed-button-opens"]'), /opens https:\/\/ozark\.example\/book/);
  // The preview shows the settings, with the light colour made readable.
  const preview = page.locator('[data-testid="embed-preview"]');
  assert.match(await preview.textContent(), /Presented by Ozark Vein Clinic/);
  assert.match(await preview.textContent(), /Book your scan/);
  assert.match(await page.textContent('[data-testid="embed-contrast-note"]'), /#f5c400 is too light/);
  // By default the link carries the readable shade; the clinic may keep its own.
  assert.ok(await page.isChecked('[data-testid="colour-readable"]'));
  assert.doesNotMatch(await page.inputValue('[data-testid="embed-link"]'), /f5c400/);
  await page.check('[data-testid="colour-yours"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="embed-link"]').value.includes('f5c400'));
  await screenshot(page, 'embed-panel-375.png', { fullPage: true });
  const code = await page.inputValue('[data-testid="embed-code"]');
  const built = await builtSite(page);
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.match(src, /\/stairs\/\?/);
  const embedded = await context.newPage();
  await embedded.goto(src.replace(built, `${site.origin}/`));
  await embedded.waitForSelector('[data-testid="widget"]');
  assert.equal(await embedded.textContent('[data-testid="clinic"]'), 'Presented by Ozark Vein Clinic');
  assert.equal(await embedded.textContent('[data-testid="cta"]'), 'Book your scan');
  assert.equal(await embedded.getAttribute('[data-testid="cta"]', 'href'), 'https://ozark.example/book');
  assert.ok(await embedded.isChecked('[data-testid="activity-stairs"]'));
  assert.equal(await embedded.locator('[data-testid="download-csv"]').count(), 0, 'no downloads inside a blog post');
  // Back on the widget, with the clinic's settings kept.
  await page.click('[data-testid="back-to-widget"]');
  await page.waitForSelector('[data-testid="widget"]');
  assert.ok(await page.isChecked('[data-testid="activity-stairs"]'));
  assert.deepEqual(problems, []);
  await context.close();
});
