// A shared link shows the card of what was shared. For every activity × leg
// the built widget offers (so the pages are counted from it, never written
// down), the link the Share button hands out is that scenario's own
// pre-built page, and every language has the same pages under its prefix;
// read as plain HTML (link-preview crawlers run no JavaScript) each names the
// activity and the leg in its language (the words crate's catalogue) and
// points at an existing 1200×630 preview under 300 KB (WhatsApp drops larger
// ones); opened in Chromium it restores the scenario. Mangled addresses fall
// back with the friendly notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withWidget, openPage, openWidget, pngSize, catalogue, languages, DIST } from './support.mjs';

const MAX_PREVIEW_BYTES = 300 * 1024;

/**
 * What a reader can choose in the built widget: its activities and legs, and
 * the scenario the front page opens on. Every activity × leg must have a
 * page, so the expected pages follow from these; nothing here counts them.
 */
const choices = { activities: [], legs: [], scenarios: [], default: null };
const site = withWidget(async (site) => {
  const { page, problems, context } = await openWidget(site);
  choices.activities = await page.$$eval('input[name="activity"]', (inputs) => inputs.map((i) => i.value));
  choices.legs = await page.$$eval('[data-testid="leg-select"] option', (options) => options.map((o) => o.value));
  choices.scenarios = choices.activities.flatMap((activity) => choices.legs.map((leg) => ({ activity, leg })));
  choices.default = {
    activity: await page.$eval('input[name="activity"]:checked', (i) => i.value),
    leg: await page.inputValue('[data-testid="leg-select"]'),
  };
  assert.deepEqual(problems, []);
  await context.close();
});

/** A scenario's page under a language's prefix: the default leg's is its activity's own page. */
const pagePath = (prefix, { activity, leg }) => (leg === choices.default.leg ? `${prefix}${activity}/` : `${prefix}${activity}/${leg}/`);

/** One `[section]` of a language's catalogue (crates/words/lang/<code>.toml), as { key: text }. */
function catalogueSection(code, section) {
  const body = catalogue(code).split(/^\[/m).find((part) => part.startsWith(`${section}]`));
  assert.ok(body, `${code}.toml has no [${section}]`);
  return Object.fromEntries([...body.matchAll(/^([a-z_]+) = "((?:[^"\\]|\\.)*)"$/gm)].map((m) => [m[1], m[2]]));
}

/**
 * Every language the site is built in (one catalogue each): its page prefix,
 * and the words its card must use for a scenario, lower-cased: the
 * activity's and the leg's names in the title, as a sentence's subject and
 * "with …" in the description.
 */
const LANGUAGES = languages().map((code) => {
  const [activity, subject, leg] = ['activity', 'activity_subject', 'leg'].map((s) => catalogueSection(code, s));
  const key = (slug) => slug.replaceAll('-', '_');
  const name = (table, k) => {
    assert.ok(table[k], `${code}.toml names no ${k}`);
    return table[k].toLowerCase();
  };
  return {
    code,
    prefix: catalogueSection(code, 'language').page_prefix,
    title: (s) => [name(activity, key(s.activity)), name(leg, key(s.leg))],
    description: (s) => [name(subject, key(s.activity)), name(leg, `${key(s.leg)}_with`)],
  };
});

/** A meta tag's content in a page's HTML, entities decoded. */
function meta(html, property) {
  const raw = html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];
  return raw?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The public address the site was built for (`--site`), from its front page. */
async function builtSite() {
  return meta(await (await fetch(`${site.origin}/`)).text(), 'calf-pump:site');
}

test('the built site has a page for every activity × leg the widget offers, in every language, and no other page', async () => {
  const { activities, legs, scenarios } = choices;
  assert.ok(activities.length > 1 && legs.length > 1, `the widget offers ${activities} × ${legs}`);
  assert.equal(new Set(activities).size, activities.length, `an activity offered twice: ${activities}`);
  assert.equal(new Set(legs).size, legs.length, `a leg offered twice: ${legs}`);
  // Every folder of dist/ that is a page: each language's front page, day
  // planner, clinic page and waiting-room QR cards, the guide for clinics
  // (English), and the scenarios.
  const built = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => path.basename(f) === 'index.html')
    .map((f) => (path.dirname(f) === '.' ? '' : `${path.dirname(f).split(path.sep).join('/')}/`))
    .sort();
  const expected = ['for-clinics/guide/', ...LANGUAGES.flatMap(({ prefix }) => [prefix, `${prefix}day/`, `${prefix}for-clinics/`, `${prefix}for-clinics/qr/`, ...scenarios.map((s) => pagePath(prefix, s))])].sort();
  const missing = expected.filter((p) => !built.includes(p));
  const extra = built.filter((p) => !expected.includes(p));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
});

/** The link the Share button hands out for each activity × leg. */
async function sharedLinks() {
  const { page, problems, context } = await openWidget(site);
  await page.evaluate(() => {
    window.sharedUrls = [];
    navigator.share = (data) => { window.sharedUrls.push(data.url); return Promise.resolve(); };
  });
  await page.click('[data-testid="more"] > summary');
  const links = [];
  for (const activity of choices.activities) {
    await page.click(`label[for="activity-${activity}"]`);
    for (const leg of choices.legs) {
      await page.selectOption('[data-testid="leg-select"]', leg);
      const count = await page.evaluate(() => window.sharedUrls.length);
      await page.click('[data-testid="share"]');
      await page.waitForFunction((n) => window.sharedUrls.length > n, count);
      links.push({ activity, leg, url: await page.evaluate(() => window.sharedUrls.at(-1)) });
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
  return links;
}

test('every activity × leg: the shared link is its own page, which restores exactly that scenario', async () => {
  const links = await sharedLinks();
  const built = await builtSite();
  assert.deepEqual(links.map((l) => l.url), choices.scenarios.map((s) => `${built}${pagePath('', s)}`));
  const context = await site.browser.newContext();
  const page = await context.newPage();
  for (const { activity, leg, url } of links) {
    await page.goto(url.replace(built, `${site.origin}/`));
    await page.waitForSelector('[data-testid="widget"]');
    assert.ok(await page.isChecked(`[data-testid="activity-${activity}"]`), url);
    assert.equal(await page.inputValue('[data-testid="leg-select"]'), leg, url);
    assert.equal(await page.locator('[data-testid="link-notice"]').count(), 0, url);
  }
  await context.close();
});

test('every scenario page, in every language, is a card naming its activity and leg, with its own preview', async () => {
  const built = await builtSite();
  for (const language of LANGUAGES) {
    const images = new Set();
    for (const scenario of choices.scenarios) {
      const url = `${built}${pagePath(language.prefix, scenario)}`;
      const local = url.replace(built, `${site.origin}/`);
      const response = await fetch(local);
      assert.equal(response.status, 200, local);
      const html = await response.text();
      for (const [property, names] of [['og:title', language.title(scenario)], ['og:description', language.description(scenario)]]) {
        const text = meta(html, property)?.toLowerCase();
        for (const name of names) assert.ok(text?.includes(name), `${url}: ${property} "${text}" does not say "${name}"`);
      }
      assert.match(meta(html, 'og:description'), /\d+ mmHg/, `${url}: the description gives the model's numbers`);
      assert.equal(meta(html, 'og:url'), url);
      assert.equal(meta(html, 'twitter:card'), 'summary_large_image', url);
      assert.equal(meta(html, 'og:image:width'), '1200', url);
      assert.equal(meta(html, 'og:image:height'), '630', url);
      assert.ok(!html.includes('<script type="module">'), `${url}: no inline script is left in the page`);
      const image = meta(html, 'og:image');
      assert.match(image, /^https?:\/\//, `${url}: og:image is absolute`);
      assert.ok(image.startsWith(built), image);
      const png = Buffer.from(await (await fetch(image.replace(built, `${site.origin}/`))).arrayBuffer());
      assert.deepEqual(pngSize(png), [1200, 630], image);
      assert.ok(png.length < MAX_PREVIEW_BYTES, `${image}: ${png.length} bytes`);
      images.add(image);
    }
    assert.equal(images.size, choices.scenarios.length, `${language.code}: each page has its own preview`);
  }
});

test('the rest of the scenario rides in the query of the page link', async () => {
  const { page, problems, context } = await openPage(site, 'hiking/superficial-reflux/?stockings=20-30');
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
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${site.origin}/stairs/leaky/`);
  assert.equal(response.status(), 404, 'crawlers are told the page does not exist');
  await page.waitForSelector('[data-testid="widget"]');
  assert.match(await page.textContent('[data-testid="link-notice"]'), /leg "leaky"/);
  assert.ok(await page.isChecked('[data-testid="activity-stairs"]'), 'what could be read is kept');
  assert.equal(await page.inputValue('[data-testid="leg-select"]'), 'healthy');
  await page.waitForFunction(() => location.pathname === '/stairs/', null, { timeout: 5000 });

  await page.goto(`${site.origin}/moonwalk/?stockings=20-30`);
  await page.waitForSelector('[data-testid="widget"]');
  assert.match(await page.textContent('[data-testid="link-notice"]'), /activity "moonwalk"/);
  assert.ok(await page.isChecked('[data-testid="activity-standing"]'));
  assert.equal(await page.inputValue('[data-testid="stockings-select"]'), '20-30');
  await context.close();
});

test('every page, in every language, advertises its oEmbed JSON early, and each JSON embeds exactly that page', async () => {
  const built = await builtSite();
  for (const language of LANGUAGES) {
    const provider = catalogueSection(language.code, 'page').title;
    for (const page of [language.prefix, ...choices.scenarios.map((s) => pagePath(language.prefix, s))]) {
      const html = await (await fetch(`${site.origin}/${page}`)).text();
      const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/);
      assert.ok(link, `/${page}: no oEmbed discovery link`);
      assert.ok(html.indexOf(link[0]) < html.search(/<body|<div/), `/${page}: the discovery link must come before the body`);
      assert.ok(link[1].startsWith(built), `/${page}: absolute oEmbed URL`);
      const response = await fetch(link[1].replace(built, `${site.origin}/`));
      assert.match(response.headers.get('content-type'), /^application\/json/);
      const o = await response.json();
      assert.equal(o.version, '1.0');
      assert.equal(o.type, 'rich');
      assert.equal(o.provider_name, provider, `/${page}`);
      assert.equal(o.provider_url, built);
      for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) assert.ok(Number.isInteger(o[k]) && o[k] > 0, `/${page}: ${k}`);
      assert.ok(o.height <= 1000, 'WordPress clamps iframes to 1,000 px');
      const ogUrl = meta(html, 'og:url');
      assert.equal(o.thumbnail_url, meta(html, 'og:image'), `/${page}`);
      const iframes = [...o.html.matchAll(/<iframe\b[^>]*>/g)];
      assert.equal(iframes.length, 1, `/${page}: exactly one iframe`);
      assert.doesNotMatch(o.html, /<script/i);
      assert.match(o.html, /^<blockquote[^>]*><a href="([^"]+)">[^<]+<\/a><\/blockquote>/);
      assert.equal(o.html.match(/<a href="([^"]+)"/)[1], ogUrl, `/${page}: the blockquote links to the page`);
      const src = iframes[0][0].match(/ src="([^"]+)"/)[1].replaceAll('&amp;', '&');
      // The front page embeds the scenario it opens on.
      const expected = page === language.prefix ? `${built}${pagePath(language.prefix, choices.default)}?embed=1` : `${ogUrl}?embed=1`;
      assert.equal(src, expected, `/${page}: the iframe is the page's embed URL`);
      assert.match(iframes[0][0], / title="[^"]+"/);
      assert.match(iframes[0][0], / frameborder="0"/);
    }
  }
});
