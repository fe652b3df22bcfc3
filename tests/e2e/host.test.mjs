// An ordinary web host: Debian's Apache, started here on loopback with the
// .htaccess build-site writes, serving a copy built for its address.
// scripts/check-site must pass against it, and fail, saying in plain words
// what to fix, when the host ignores the shipped rules (AllowOverride None).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT, freePort, until } from './support.mjs';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
let tmp;
let site;
let port;

/** Builds a copy of the site for `address` from Trunk's output kept by scripts/build. */
function buildCopy(address, into) {
  const raw = path.join(ROOT, 'target', 'site-raw');
  assert.ok(fs.existsSync(raw), 'run scripts/build first: it keeps Trunk\'s output in target/site-raw');
  execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'calf-pump-site', '--bin', 'build-site', '--',
    '--from', raw, '--dist', into, '--site', address], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Runs Apache on `port` serving `docroot`, reading .htaccess files or not; returns a stop function. */
async function apache(docroot, allowOverride) {
  const dir = fs.mkdtempSync(path.join(tmp, 'apache-'));
  const conf = path.join(dir, 'httpd.conf');
  const user = process.getuid() === 0 ? 'User www-data\nGroup www-data\n' : '';
  fs.writeFileSync(conf, `ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
${user}LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule headers_module ${MODULES}/mod_headers.so
LoadModule filter_module ${MODULES}/mod_filter.so
LoadModule deflate_module ${MODULES}/mod_deflate.so
TypesConfig /etc/mime.types
DocumentRoot "${docroot}"
<Directory "${docroot}">
  AllowOverride ${allowOverride}
  Require all granted
</Directory>
`);
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  await until(`Apache on port ${port}`, async () => {
    if (child.exitCode !== null) throw new Error(`Apache exited (${child.exitCode}): ${log}${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : ''}`);
    return fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
  }, 20000);
  return async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  };
}

async function checkSite(url) {
  try {
    const { stdout } = await promisify(execFile)('node', [path.join(ROOT, 'scripts', 'check-site.mjs'), url]);
    return { code: 0, stdout };
  } catch (e) {
    return { code: e.code, stdout: e.stdout };
  }
}

before(async () => {
  assert.ok(fs.existsSync(APACHE), 'Apache is missing: run scripts/setup --tests (it installs Debian\'s apache2)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-host-'));
  fs.chmodSync(tmp, 0o755);
  port = await freePort();
  site = path.join(tmp, 'site');
  buildCopy(`http://127.0.0.1:${port}/`, site);
  execFileSync('chmod', ['-R', 'a+rX', site]);
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('on Apache with the shipped .htaccess, check-site finds everything a blog post needs', async () => {
  const stop = await apache(site, 'All');
  try {
    const { code, stdout } = await checkSite(`http://127.0.0.1:${port}/`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Access-Control-Allow-Origin is sent/);
    assert.match(stdout, /share card is there/);
    // Pages, scripts and the WebAssembly go gzipped to a browser that asks.
    const page = await fetch(`http://127.0.0.1:${port}/walking/`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(page.headers.get('content-encoding'), 'gzip');
    const wasm = fs.readdirSync(site).find((f) => f.endsWith('.wasm'));
    const shipped = await fetch(`http://127.0.0.1:${port}/${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(shipped.headers.get('content-encoding'), 'gzip', wasm);
    assert.equal(shipped.headers.get('content-type'), 'application/wasm');
    assert.equal((await shipped.arrayBuffer()).byteLength, fs.statSync(path.join(site, wasm)).size, 'fetch unzips it to the same file');
    // And a missing page is the widget's own 404 page.
    const missing = await fetch(`http://127.0.0.1:${port}/stairs/leaky/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /calf-pump:site/);
  } finally {
    await stop();
  }
});

test('on a host that ignores the rules, check-site fails and says what to do', async () => {
  const stop = await apache(site, 'None');
  try {
    const { code, stdout } = await checkSite(`http://127.0.0.1:${port}/`);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✗ Inside a WordPress post the widget cannot load its files/);
    assert.match(stdout, /upload the \.htaccess file/i);
  } finally {
    await stop();
  }
});
