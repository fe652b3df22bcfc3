// A shared link shows the card of what was shared. For every activity × leg,
// the link the Share button hands out is that scenario's own pre-built page;
// read as plain HTML (link-preview crawlers run no JavaScript) it names the
// activity and the leg and points at an existing 1200×630 preview under
// 300 KB (WhatsApp drops larger ones); opened in Chromium it restores the
// scenario. Mangled addresses fall back with the friendly notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openWidget, DIST } from './support.mjs';

const ACTIVITIES = {
  standing: 'standing still', sitting: 'sitting', lying: 'lying down', walking: 'walking',
  running: 'running', hiking: 'hiking', stairs: 'stairs', 'cycling-toes': 'toes pointed',
  'cycling-flat': 'flat feet', swimming: 'swimming', tiptoe: 'tiptoe test',
};
const LEGS = {
  healthy: 'healthy valves', 'superficial-reflux': 'leaky surface veins',
  'deep-reflux': 'leaky deep veins', 'weak-calf': 'weak calf muscle',
};
const MAX_PREVIEW_BYTES = 300 * 1024;

let widget;
let browser;
before(async () => {
  widget = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await widget?.close();
});

function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString(), 'PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

/** The link the Share button hands out for each activity × leg. */
async function sharedLinks() {
  const { page, problems, context } = await openWidget(browser, widget.origin);
  await page.evaluate(() => {
    window.sharedUrls = [];
    navigator.share = (data) => { window.sharedUrls.push(data.url); return Promise.resolve(); };
  });
  await page.click('[data-testid="more"] > summary');
  const links = [];
  for (const activity of Object.keys(ACTIVITIES)) {
    await page.click(`label[for="activity-${activity}"]`);
    for (const leg of Object.keys(LEGS)) {
      await page.selectOption('[data-testid="leg-select"]', leg);
      const count = await page.evaluate(() => window.sharedUrls.length);
      await page.click('[data-testid="share"]');
      await page.waitForFunction((n) => window.sharedUrls.length > n, count);
      links.push({ activity, leg, url: await page.evaluate(() => window.sharedUrls.at(-1)) });
    }
  }
  const site = await page.getAttribute('meta[name="calf-pump:site"]', 'content');
  assert.deepEqual(problems, []);
  await context.close();
  return { links, site };
}

test('every activity × leg: the shared link is a page whose card names both, with its own preview', async () => {
  const { links, site } = await sharedLinks();
  assert.equal(links.length, 44);
  const images = new Set();
  for (const { activity, leg, url } of links) {
    const expected = leg === 'healthy' ? `${site}${activity}/` : `${site}${activity}/${leg}/`;
    assert.equal(url, expected, `${activity} × ${leg}`);
    const local = url.replace(site, `${widget.origin}/`);
    const response = await fetch(local);
    assert.equal(response.status, 200, local);
    const html = await response.text();
    const meta = (p) => html.match(new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`))?.[1]?.replaceAll('&#39;', "'");
    for (const p of ['og:title', 'og:description']) {
      const text = meta(p).toLowerCase();
      assert.ok(text.includes(ACTIVITIES[activity]), `${activity} × ${leg}: ${p} "${text}" does not name the activity`);
      assert.ok(text.includes(LEGS[leg]), `${activity} × ${leg}: ${p} "${text}" does not name the leg`);
    }
    assert.match(meta('og:description'), /\d+ mmHg/, 'the description gives the model\'s numbers');
    assert.equal(meta('og:url'), url);
    assert.equal(meta('twitter:card'), 'summary_large_image');
    assert.equal(meta('og:image:width'), '1200');
    assert.equal(meta('og:image:height'), '630');
    assert.ok(!html.includes('<script type="module">'), 'no inline script is left in the page');
    const image = meta('og:image');
    assert.match(image, /^https?:\/\//, 'og:image is absolute');
    assert.ok(image.startsWith(site));
    const png = Buffer.from(await (await fetch(image.replace(site, `${widget.origin}/`))).arrayBuffer());
    assert.deepEqual(pngSize(png), [1200, 630], image);
    assert.ok(png.length < MAX_PREVIEW_BYTES, `${image}: ${png.length} bytes`);
    images.add(image);
  }
  assert.equal(images.size, 44, 'each page has its own preview');

  // Each link, opened, restores exactly its scenario.
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const { activity, leg, url } of links) {
    await page.goto(url.replace(site, `${widget.origin}/`));
    await page.waitForSelector('[data-testid="widget"]');
    assert.ok(await page.isChecked(`[data-testid="activity-${activity}"]`), url);
    assert.equal(await page.inputValue('[data-testid="leg-select"]'), leg, url);
    assert.equal(await page.locator('[data-testid="link-notice"]').count(), 0, url);
  }
  await context.close();
});

test('the rest of the scenario rides in the query of the page link', async () => {
  const { page, problems, context } = await openWidget(browser, widget.origin);
  await page.goto(`${widget.origin}/hiking/superficial-reflux/?stockings=20-30`);
  await page.waitForSelector('[data-testid="widget"]');
  assert.ok(await page.isChecked('[data-testid="activity-hiking"]'));
  assert.equal(await page.inputValue('[data-testid="leg-select"]'), 'superficial-reflux');
  assert.equal(await page.inputValue('[data-testid="stockings-select"]'), '20-30');
  // Changing the activity moves the address to the new page, keeping the rest.
  await page.click('label[for="activity-walking"]');
  await page.waitForFunction(() => location.pathname === '/walking/superficial-reflux/');
  assert.equal(new URL(page.url()).search, '?stockings=20-30');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a mangled page address falls back with the friendly notice', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${widget.origin}/stairs/leaky/`);
  assert.equal(response.status(), 404, 'crawlers are told the page does not exist');
  await page.waitForSelector('[data-testid="widget"]');
  assert.match(await page.textContent('[data-testid="link-notice"]'), /leg "leaky"/);
  assert.ok(await page.isChecked('[data-testid="activity-stairs"]'), 'what could be read is kept');
  assert.equal(await page.inputValue('[data-testid="leg-select"]'), 'healthy');
  await page.waitForFunction(() => location.pathname === '/stairs/', null, { timeout: 5000 });

  await page.goto(`${widget.origin}/moonwalk/?stockings=20-30`);
  await page.waitForSelector('[data-testid="widget"]');
  assert.match(await page.textContent('[data-testid="link-notice"]'), /activity "moonwalk"/);
  assert.ok(await page.isChecked('[data-testid="activity-standing"]'));
  assert.equal(await page.inputValue('[data-testid="stockings-select"]'), '20-30');
  await context.close();
});

test('every page advertises its oEmbed JSON early, and each JSON embeds exactly that page', async () => {
  const index = await (await fetch(`${widget.origin}/`)).text();
  const site = index.match(/<meta name="calf-pump:site" content="([^"]+)"/)[1];
  const pages = [''];
  for (const activity of Object.keys(ACTIVITIES)) {
    for (const leg of Object.keys(LEGS)) pages.push(leg === 'healthy' ? `${activity}/` : `${activity}/${leg}/`);
  }
  for (const page of pages) {
    const html = await (await fetch(`${widget.origin}/${page}`)).text();
    const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/);
    assert.ok(link, `/${page}: no oEmbed discovery link`);
    assert.ok(html.indexOf(link[0]) < html.search(/<body|<div/), `/${page}: the discovery link must come before the body`);
    assert.ok(link[1].startsWith(site), `/${page}: absolute oEmbed URL`);
    const response = await fetch(link[1].replace(site, `${widget.origin}/`));
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const o = await response.json();
    assert.equal(o.version, '1.0');
    assert.equal(o.type, 'rich');
    assert.equal(o.provider_name, 'Calf Pump Explorer');
    assert.equal(o.provider_url, site);
    for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) assert.ok(Number.isInteger(o[k]) && o[k] > 0, `${page}: ${k}`);
    assert.ok(o.height <= 1000, 'WordPress clamps iframes to 1,000 px');
    const ogUrl = html.match(/<meta property="og:url" content="([^"]+)"/)[1];
    const ogImage = html.match(/<meta property="og:image" content="([^"]+)"/)[1];
    assert.equal(o.thumbnail_url, ogImage);
    const iframes = [...o.html.matchAll(/<iframe\b[^>]*>/g)];
    assert.equal(iframes.length, 1, `${page}: exactly one iframe`);
    assert.doesNotMatch(o.html, /<script/i);
    assert.match(o.html, /^<blockquote[^>]*><a href="([^"]+)">[^<]+<\/a><\/blockquote>/);
    assert.equal(o.html.match(/<a href="([^"]+)"/)[1], ogUrl, 'the blockquote links to the page');
    const src = iframes[0][0].match(/ src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    const expected = page === '' ? `${site}standing/?embed=1` : `${ogUrl}?embed=1`;
    assert.equal(src, expected, `${page}: the iframe is the page's embed URL`);
    assert.match(iframes[0][0], / title="[^"]+"/);
    assert.match(iframes[0][0], / frameborder="0"/);
  }
});
