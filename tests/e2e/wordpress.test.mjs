// Paste a link, get the live widget — tested against a real WordPress
// (Debian's `wordpress` with MariaDB and PHP's built-in server, installed by
// `scripts/setup --tests`, started and stopped here on loopback). A post
// whose content is the widget's activity page URL on its own line, as the
// block editor stores a pasted link, must show the widget in WordPress's
// sandboxed iframe, running, and sized by WordPress to the widget's height.
//
// Test-only wiring, all removed afterwards:
// - /etc/wordpress/config-calfpumptest.php, chosen through WORDPRESS_CONFIG
//   (Debian's wp-config.php reads it), pointing at a throwaway database;
// - a must-use plugin letting WordPress fetch from 127.0.0.1 and the copy's
//   port, which it refuses by default (`http_request_host_is_external`,
//   `http_allowed_safe_ports`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { serve, launch, freePort, until, screenshot, ROOT, horizontalOverflow } from './support.mjs';

const WORDPRESS = '/usr/share/wordpress';
const CONFIG_NAME = 'calfpumptest';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;

let tmp;
let children = [];
let widget;
let wpOrigin;
let browser;
/** Post ids by language. */
let posts = {};
let pageUrls;
let copy;
const CLINIC = { name: 'Ozark Vein Clinic', colour: '#0b6e4f', button: { en: 'Book a vein check', es: 'Pida una revisión de venas' } };

function start(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  child.log = () => log;
  children.push(child);
  return child;
}

const php = (code, env = {}) => execFileSync('php', ['-r', code], { env: { ...process.env, ...env }, encoding: 'utf8' });
/** PHP that fetches from the widget's server, which runs in this process: the event loop must stay free. */
const phpAsync = async (code, env = {}) => (await promisify(execFile)('php', ['-r', code], { env: { ...process.env, ...env }, encoding: 'utf8' })).stdout;

before(async () => {
  for (const [file, what] of [[`${WORDPRESS}/wp-load.php`, 'WordPress'], ['/usr/sbin/mariadbd', 'MariaDB'], ['/usr/bin/php', 'PHP']]) {
    assert.ok(fs.existsSync(file), `${what} is missing: run scripts/setup --tests (it installs Debian's wordpress, mariadb-server and php-cli)`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-wordpress-'));

  // A clinic's own copy, branded at build time from a settings file, at a
  // loopback address of its own (build-site from Trunk's output that
  // scripts/build keeps; no WebAssembly is built again).
  const raw = path.join(ROOT, 'target', 'site-raw');
  assert.ok(fs.existsSync(raw), 'run scripts/build first: it keeps Trunk\'s output in target/site-raw');
  const widgetPort = await freePort();
  const siteUrl = `http://127.0.0.1:${widgetPort}/`;
  const settingsFile = path.join(tmp, 'clinic.toml');
  fs.writeFileSync(settingsFile, [
    `name = "${CLINIC.name}"`, `colour = "${CLINIC.colour}"`, `site = "${siteUrl}"`,
    // The booking page on the widget's own host: WordPress may follow it.
    `booking = "${siteUrl}book/"`, '[button]', `en = "${CLINIC.button.en}"`, `es = "${CLINIC.button.es}"`, '',
  ].join('\n'));
  copy = path.join(tmp, 'clinic-site');
  execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'calf-pump-site', '--bin', 'build-site', '--',
    '--from', raw, '--dist', copy, '--clinic', settingsFile], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  widget = await serve(copy, { port: widgetPort });
  pageUrls = { en: `${siteUrl}walking/`, es: `${siteUrl}es/walking/` };

  // MariaDB: a throwaway data directory, on a socket only.
  const data = path.join(tmp, 'db');
  const socket = path.join(tmp, 'mysqld.sock');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
  const db = start('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables', '--user=root', `--pid-file=${path.join(tmp, 'mysqld.pid')}`]);
  await until('MariaDB to accept connections', () => {
    if (db.exitCode !== null) throw new Error(`MariaDB exited with ${db.exitCode}: ${db.log()}`);
    try { execFileSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, 'ping'], { stdio: 'ignore' }); return true; } catch { return false; }
  });
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-e', 'CREATE DATABASE calfpump']);

  // WordPress: its own content folder (the packaged themes and plugins, plus
  // the test-only must-use plugin), PHP's built-in server.
  const port = await freePort();
  wpOrigin = `http://127.0.0.1:${port}`;
  const content = path.join(tmp, 'wp-content');
  fs.mkdirSync(path.join(content, 'mu-plugins'), { recursive: true });
  fs.mkdirSync(path.join(content, 'uploads'));
  fs.symlinkSync('/var/lib/wordpress/wp-content/themes', path.join(content, 'themes'));
  fs.symlinkSync('/var/lib/wordpress/wp-content/plugins', path.join(content, 'plugins'));
  fs.writeFileSync(path.join(content, 'mu-plugins', 'calf-pump-test-loopback.php'), `<?php
// Test only: WordPress refuses to fetch loopback addresses; the widget under test is on one.
add_filter('http_request_host_is_external', function ($external, $host) { return $external || $host === '127.0.0.1'; }, 10, 2);
// Nor ports other than 80, 443 and 8080; the clinic's copy is on a free one.
add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${widgetPort}; return $ports; });
`);
  fs.writeFileSync(CONFIG_FILE, `<?php
define('DB_NAME', 'calfpump');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${wpOrigin}');
define('WP_SITEURL', '${wpOrigin}');
define('DISABLE_WP_CRON', true);
`);
  const env = { WORDPRESS_CONFIG: CONFIG_NAME };
  // PHP's built-in server passes no environment to $_SERVER: a router sets
  // the config name, serves static files and runs WordPress's PHP.
  const router = path.join(tmp, 'router.php');
  fs.writeFileSync(router, `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${CONFIG_NAME}';
$file = '${WORDPRESS}' . parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (is_file($file) && !str_ends_with($file, '.php')) return false;
if (!is_file($file)) $file = '${WORDPRESS}/index.php';
chdir(dirname($file));
require $file;
`);
  start('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, router]);
  // Install non-interactively; then, as an Author (no unfiltered_html: the
  // role that cannot save an iframe), a post per language whose content is
  // the copy's page URL on its own line, as the block editor stores a pasted link.
  const block = (url) => `<!-- wp:embed {"url":"${url}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
  const ids = php(`
    $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
    define('WP_INSTALLING', true);
    require '${WORDPRESS}/wp-load.php';
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    @wp_install('A clinic blog', 'admin', 'admin@clinic.example', true, '', wp_generate_password(24));
    $author = wp_insert_user(['user_login' => 'writer', 'user_pass' => wp_generate_password(24), 'role' => 'author']);
    wp_set_current_user($author);
    kses_init();
    $posts = json_decode(${JSON.stringify(JSON.stringify({ en: block(pageUrls.en), es: block(pageUrls.es) }))}, true);
    $ids = [];
    foreach ($posts as $lang => $content) {
      $ids[$lang] = wp_insert_post(['post_title' => 'How your calf pumps blood', 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $author]);
    }
    echo "\n" . json_encode($ids);
  `, env).trim().split('\n').pop();
  posts = JSON.parse(ids);
  // WordPress finds the copy's oEmbed answer from the page itself (no
  // provider list): say what it found if the post shows no widget.
  const found = (await phpAsync(`
    $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
    require '${WORDPRESS}/wp-load.php';
    $o = _wp_oembed_get_object();
    $provider = $o->discover('${pageUrls.en}');
    $data = $provider ? $o->fetch($provider, '${pageUrls.en}') : null;
    $page = wp_safe_remote_get('${pageUrls.en}');
    $why = is_wp_error($page) ? $page->get_error_message() : wp_remote_retrieve_response_code($page);
    echo "\n" . json_encode(['provider' => $provider, 'page' => $why, 'html' => $data ? $o->data2html($data, '${pageUrls.en}') : null]);
  `, env)).trim().split('\n').pop();
  const oembed = JSON.parse(found);
  assert.equal(oembed.provider, `${siteUrl}oembed/walking.json`, `WordPress did not discover the oEmbed link: ${found}`);
  assert.match(oembed.html ?? '', /<iframe/, `WordPress got no embeddable HTML: ${found}`);
  assert.ok(posts.en > 0 && posts.es > 0, `no posts created (${ids})`);
  let answer = '';
  await until('WordPress to answer', async () => {
    const r = await fetch(`${wpOrigin}/?p=${posts.en}`).catch((e) => ({ ok: false, status: e.message, text: async () => '' }));
    answer = `${r.status} ${(await r.text()).slice(0, 300)}`;
    return r.ok;
  }, 30000, () => answer);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await widget?.close();
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))));
  fs.rmSync(CONFIG_FILE, { force: true });
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Opens a post and waits until WordPress shows the widget in its sandboxed frame. */
async function openPost(lang, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${wpOrigin}/?p=${posts[lang]}`);
  const iframe = page.locator('iframe.wp-embedded-content').first();
  await iframe.waitFor({ state: 'attached', timeout: 30000 }).catch(async (e) => {
    // Say what WordPress made of the link instead of the iframe.
    const html = await page.content();
    const at = html.indexOf('<figure class="wp-block-embed');
    throw new Error(`${e.message}\nWordPress showed: ${html.slice(Math.max(0, at - 200), at + 800)}`);
  });
  // WordPress shows the iframe only after the widget's first height message.
  await page.waitForFunction(() => { const f = document.querySelector('iframe.wp-embedded-content'); return f && !f.getAttribute('style'); }, null, { timeout: 30000 });
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(frame, 'the iframe holds the widget');
  await frame.waitForSelector('[data-testid="widget"]');
  return { context, page, iframe, frame };
}

test('a clinic\'s pasted link, in an Author\'s post, is the live widget in the clinic\'s name, colour and button, sized by WordPress', async () => {
  for (const lang of ['en', 'es']) {
    for (const width of [1280, 375]) {
      const { context, page, iframe, frame } = await openPost(lang, width);
      assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts', 'WordPress sandboxes an unknown provider');
      assert.match(await iframe.getAttribute('src'), new RegExp(`/${lang === 'es' ? 'es/' : ''}walking/\\?embed=1#\\?secret=[A-Za-z0-9]+$`));
      // The widget runs: walking lowers the ankle pressure.
      await frame.waitForFunction(() => Number(document.querySelector('[data-testid="ankle-pressure"]')?.dataset.value) < 50, null, { timeout: 30000 });
      // The clinic's copy: its name, its colour, its button in the post's language.
      assert.match(await frame.textContent('[data-testid="clinic"]'), new RegExp(CLINIC.name));
      assert.equal(await frame.$eval('[data-testid="widget"]', (m) => getComputedStyle(m).getPropertyValue('--brand-fill').trim()), CLINIC.colour);
      assert.equal((await frame.textContent('[data-testid="cta"]')).trim(), CLINIC.button[lang]);
      assert.equal(await frame.getAttribute('html', 'lang'), lang);
      // It fits the column: nothing sideways, and WordPress's 1,000 px.
      assert.equal(await horizontalOverflow(frame), 0, `${lang} ${width}: sideways scrolling inside the frame`);
      let last = '';
      await until('the iframe to match the widget', async () => {
        const set = Number(await iframe.getAttribute('height'));
        const content = await frame.$eval('[data-testid="widget"]', (m) => m.getBoundingClientRect().height);
        last = `iframe ${set} px, widget ${content.toFixed(0)} px`;
        return Math.abs(set - content) <= 3 && set <= 1000;
      }, 20000, () => last);
      await iframe.scrollIntoViewIfNeeded();
      await screenshot(page, `wordpress-post-${lang}-${width}.png`, { fullPage: true });
      await context.close();
    }
  }
});

test('in WordPress\'s sandbox the booking button moves the top page to the clinic\'s page on the widget\'s host', async () => {
  const { context, page, frame } = await openPost('en', 375);
  await frame.click('[data-testid="cta"]');
  await page.waitForURL(/\/book\/$/, { timeout: 15000 });
  await context.close();
});

test('a branded copy\'s share card: the page names the clinic and its own address, and the card shows the clinic\'s name and colour', async () => {
  const site = pageUrls.en.replace(/walking\/$/, '');
  const url = `${site}walking/superficial-reflux/`;
  const html = await (await fetch(url)).text();
  const meta = (property) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
  assert.equal(meta('og:site_name'), CLINIC.name);
  assert.equal(meta('og:url'), url, 'a tap on the card lands on the copy\'s own page');
  const image = meta('og:image');
  assert.ok(image?.startsWith(site), `the card is the copy's own: ${image}`);
  const bytes = Buffer.from(await (await fetch(image)).arrayBuffer());
  const png = PNG.sync.read(bytes);
  assert.deepEqual([png.width, png.height], [1200, 630]);
  // The banner is in the clinic's colour…
  const [r, g, b] = png.data.subarray(0, 3);
  assert.equal(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`, CLINIC.colour);
  // …and its words, read back from the picture, name the clinic.
  const file = path.join(tmp, 'card.png');
  fs.writeFileSync(file, bytes);
  const text = execFileSync('tesseract', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  assert.match(text, new RegExp(CLINIC.name), `the card reads: ${text}`);
  assert.match(text, /Walking, leaky surface veins/);
});
