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
// - a must-use plugin letting WordPress fetch from 127.0.0.1, which it
//   refuses by default (`http_request_host_is_external`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { serve, launch, freePort, until, screenshot, DIST } from './support.mjs';

const WORDPRESS = '/usr/share/wordpress';
const CONFIG_NAME = 'calfpumptest';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;

let tmp;
let children = [];
let widget;
let wpOrigin;
let browser;
let postId;
let pageUrl;

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

before(async () => {
  for (const [file, what] of [[`${WORDPRESS}/wp-load.php`, 'WordPress'], ['/usr/sbin/mariadbd', 'MariaDB'], ['/usr/bin/php', 'PHP']]) {
    assert.ok(fs.existsSync(file), `${what} is missing: run scripts/setup --tests (it installs Debian's wordpress, mariadb-server and php-cli)`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-wordpress-'));

  // The widget, at the address the site was built for (its pages' oEmbed
  // links and iframes name it).
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const site = new URL(index.match(/<meta name="calf-pump:site" content="([^"]+)"/)[1]);
  assert.equal(site.hostname, '127.0.0.1', 'build the site for a loopback address (scripts/test does)');
  widget = await serve(DIST, { port: Number(site.port || 80) }).catch((e) => {
    throw new Error(`port ${site.port} is busy (${e.code}); stop what runs there (scripts/serve?) and run the test again`);
  });
  pageUrl = `${site.origin}${site.pathname}walking/`;

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
  // Install non-interactively, then the post: the block editor's embed
  // block, the URL on its own line.
  const post = `<!-- wp:embed {"url":"${pageUrl}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${pageUrl}\n</div></figure>\n<!-- /wp:embed -->`;
  postId = Number(php(`
    $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
    define('WP_INSTALLING', true);
    require '${WORDPRESS}/wp-load.php';
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    @wp_install('A clinic blog', 'admin', 'admin@clinic.example', true, '', wp_generate_password(24));
    echo wp_insert_post(['post_title' => 'How your calf pumps blood', 'post_content' => ${JSON.stringify(post)}, 'post_status' => 'publish']);
  `, env).trim().split('\n').pop());
  assert.ok(postId > 0, `no post created (${postId})`);
  let answer = '';
  await until('WordPress to answer', async () => {
    const r = await fetch(`${wpOrigin}/?p=${postId}`).catch((e) => ({ ok: false, status: e.message, text: async () => '' }));
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

test('a pasted activity link becomes the live widget in a WordPress post, sized by WordPress', async () => {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${wpOrigin}/?p=${postId}`);
    const iframe = page.locator('.entry-content iframe, .wp-block-post-content iframe, iframe.wp-embedded-content').first();
    await iframe.waitFor({ state: 'attached', timeout: 30000 });
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts', 'WordPress sandboxes an unknown provider');
    assert.match(await iframe.getAttribute('src'), /\/walking\/\?embed=1#\?secret=[A-Za-z0-9]+$/);
    // WordPress shows the iframe only after the widget's first height message.
    await page.waitForFunction(() => { const f = document.querySelector('iframe.wp-embedded-content'); return f && !f.getAttribute('style'); }, null, { timeout: 30000 });
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    assert.ok(frame, 'the iframe holds the widget');
    await frame.waitForSelector('[data-testid="widget"]');
    // The widget runs: walking lowers the ankle pressure.
    await frame.waitForFunction(() => Number(document.querySelector('[data-testid="ankle-pressure"]')?.dataset.value) < 50, null, { timeout: 30000 });
    // WordPress set the iframe to the widget's height (clamped to 200–1,000).
    let last = '';
    await until('the iframe to match the widget', async () => {
      const set = Number(await iframe.getAttribute('height'));
      const content = await frame.$eval('[data-testid="widget"]', (m) => m.getBoundingClientRect().height);
      last = `iframe ${set} px, widget ${content.toFixed(0)} px`;
      return Math.abs(set - content) <= 3 && set <= 1000;
    }, 20000, () => last);
    await page.locator('iframe.wp-embedded-content').scrollIntoViewIfNeeded();
    await screenshot(page, `wordpress-post-${width}.png`, { fullPage: true });
    await context.close();
  }
});
