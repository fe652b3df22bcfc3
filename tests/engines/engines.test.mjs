// The widget in the other engines patients use: WebKit (WebKitGTK's
// MiniBrowser, the engine family of Safari) and Gecko (Firefox ESR), both
// from Debian, driven over W3C WebDriver by selenium-webdriver. They need a
// display: scripts/test runs this file under xvfb-run. Chromium has the full
// suite in tests/e2e/; here are the checks where engines differ most:
// starting, painting the canvas, activities, links, the embed's height
// messages, keyboard operation and the one-screen phone layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Builder, By, Key } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { serve, freePort, until, saveScreenshot, DIST } from '../e2e/support.mjs';

// Never let Selenium Manager look for drivers online: the drivers are given.
process.env.SE_OFFLINE = 'true';

const GECKODRIVER = process.env.GECKODRIVER || path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin', 'geckodriver');
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
/** Debian installs MiniBrowser beside the WebKitGTK library, not on PATH. */
function miniBrowser() {
  const lib = '/usr/lib/x86_64-linux-gnu';
  for (const dir of fs.readdirSync(lib).filter((d) => /^webkit2?gtk-[\d.]+$/.test(d)).sort().reverse()) {
    const candidate = path.join(lib, dir, 'MiniBrowser');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`no MiniBrowser under ${lib}: install webkit2gtk-driver (scripts/setup --tests)`);
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until the WebDriver server `child` listens on `port`; fails at once if it exits. */
function waitForPort(port, child) {
  return until(`a WebDriver server on port ${port}`, () => {
    if (child.exitCode !== null) throw new Error(`the WebDriver server exited with ${child.exitCode}`);
    return listening(port);
  }, 20000);
}

const ENGINES = {
  /** WebKitGTK: WebKitWebDriver drives MiniBrowser in automation mode. */
  async webkit() {
    const port = await freePort();
    const server = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
    await waitForPort(port, server);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
      })
      .build();
    return { driver, stop: async () => { await driver.quit().catch(() => {}); server.kill(); } };
  },
  /** Firefox ESR through geckodriver (built from crates.io by scripts/setup). */
  async firefox() {
    const options = new firefox.Options().setBinary(FIREFOX);
    const driver = await new Builder()
      .forBrowser('firefox')
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER))
      .build();
    return { driver, stop: async () => { await driver.quit().catch(() => {}); } };
  },
};

let widget;
let host;
let hostDir;
before(async () => {
  widget = await serve(DIST);
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calf-pump-engines-'));
  fs.writeFileSync(path.join(hostDir, 'favicon.ico'), '');
  // The host's own policy is strict: scripts and frames only from itself and the widget.
  const csp = `default-src 'self'; script-src 'self' ${widget.origin}; frame-src ${widget.origin}; style-src 'self' 'unsafe-inline'`;
  host = await serve(hostDir, { headers: { 'content-security-policy': csp } });
});
after(async () => {
  await widget?.close();
  await host?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

/** Sizes the viewport (not the window) to `width`×`height`, as a phone's. */
async function setViewport(driver, width, height) {
  // The window's chrome (MiniBrowser's toolbar) is measured, not assumed,
  // and a resize reaches the page asynchronously: wait for it each time.
  const inner = () => driver.executeScript('return [innerWidth, innerHeight]');
  const settle = async (w, h) => {
    await driver.manage().window().setRect({ width: w, height: h });
    await driver.wait(async () => {
      const [iw, ih] = await inner();
      return iw === width && ih === height;
    }, 2000).catch(() => {});
    return inner();
  };
  let [w, h] = await settle(width, height);
  for (let attempt = 0; attempt < 3 && (w !== width || h !== height); attempt++) {
    const rect = await driver.manage().window().getRect();
    [w, h] = await settle(rect.width + (width - w), rect.height + (height - h));
  }
  const size = await inner();
  assert.deepEqual(size, [width, height], `the viewport is ${size.join('×')}, not ${width}×${height}`);
}

/** Waits until `script` (returning a truthy value) holds in the page. */
async function waitFor(driver, script, message, timeoutMs = 30000, ...args) {
  await driver.wait(async () => Boolean(await driver.executeScript(script, ...args)), timeoutMs, message);
}

async function openWidget(driver, pathAndQuery = '') {
  await driver.get(`${widget.origin}/${pathAndQuery}`);
  await waitFor(driver, 'return document.querySelector(\'[data-testid="widget"]\')', 'the widget did not mount');
}

const readout = (driver, testid) =>
  driver.executeScript(`return Number(document.querySelector('[data-testid="${testid}"]')?.dataset.value)`);

const simTime = (driver) =>
  driver.executeScript('return Number(document.querySelector(\'[data-testid="readouts"]\')?.dataset.simTime)');

async function waitSimulated(driver, seconds) {
  const from = await simTime(driver);
  await waitFor(driver, 'return Number(document.querySelector(\'[data-testid="readouts"]\')?.dataset.simTime) >= arguments[0]',
    `the model stopped before ${from + seconds} s`, 30000, from + seconds);
}

const painted = (selector) => `
  const c = document.querySelector('${selector}');
  if (!c || c.width === 0) return false;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 16) if (d[i] > 0) n++;
  return n > 50;`;

/** Saves what the engine shows as target/screenshots/`name` (saveScreenshot checks it is a PNG). */
async function screenshot(driver, name) {
  saveScreenshot(name, Buffer.from(await driver.takeScreenshot(), 'base64'));
}

async function visibleText(driver) {
  return driver.executeScript('return document.querySelector(\'[data-testid="widget"]\').innerText');
}

for (const [engine, start] of Object.entries(ENGINES)) {
  test(`${engine}: the widget starts, paints both charts, and every activity moves the ankle pressure the right way`, async () => {
    const { driver, stop } = await start();
    try {
      await setViewport(driver, 1280, 800);
      await openWidget(driver);
      await waitFor(driver, painted('[data-testid="pressure-chart-canvas"]'), 'the pressure chart never painted');
      await waitFor(driver, painted('[data-testid="flow-chart-canvas"]'), 'the flow chart never painted');
      assert.equal(await driver.executeScript('return getComputedStyle(document.querySelector(".loading")).display'), 'none');
      await driver.findElement(By.css('label.speed-choice:last-of-type')).click();
      await waitSimulated(driver, 5);
      const standing = await readout(driver, 'ankle-pressure');
      assert.ok(standing > 70, `standing still: ${standing} mmHg at the ankle`);
      for (const activity of ['walking', 'stairs', 'lying', 'swimming', 'sitting', 'cycling-toes']) {
        await driver.findElement(By.css(`label[for="activity-${activity}"]`)).click();
        assert.ok(await driver.findElement(By.css(`#activity-${activity}`)).isSelected(), `${activity} not chosen`);
        await waitSimulated(driver, 12);
        const pressure = await readout(driver, 'ankle-pressure');
        assert.ok(Number.isFinite(pressure), `${activity}: ${pressure}`);
        if (['walking', 'stairs', 'cycling-toes'].includes(activity)) {
          assert.ok(pressure < standing - 25, `${activity}: ${pressure} mmHg vs standing ${standing}`);
        } else if (['lying', 'swimming'].includes(activity)) {
          assert.ok(pressure < 25, `${activity}: ${pressure} mmHg`);
        } else {
          assert.ok(pressure < standing && pressure > 25, `sitting: ${pressure} mmHg vs standing ${standing}`);
        }
        assert.doesNotMatch(await visibleText(driver), /NaN|undefined|Infinity/, `${activity}: a number is broken`);
      }
      await screenshot(driver, `${engine}-1280.png`);
    } finally {
      await stop();
    }
  });

  test(`${engine}: a shared link restores its scenario, and the keyboard operates the controls`, async () => {
    const { driver, stop } = await start();
    try {
      await setViewport(driver, 1280, 800);
      await openWidget(driver, 'stairs/deep-reflux/?stockings=20-30');
      assert.ok(await driver.findElement(By.css('#activity-stairs')).isSelected());
      assert.equal(await driver.findElement(By.css('[data-testid="leg-select"]')).getAttribute('value'), 'deep-reflux');
      assert.equal(await driver.findElement(By.css('[data-testid="stockings-select"]')).getAttribute('value'), '20-30');
      assert.equal(await driver.executeScript('return document.querySelectorAll(\'[data-testid="link-notice"]\').length'), 0);
      // Arrow keys move through the activities, as in any radio group.
      const stairs = driver.findElement(By.css('#activity-stairs'));
      await driver.executeScript('arguments[0].focus()', stairs);
      await stairs.sendKeys(Key.ARROW_RIGHT);
      await waitFor(driver, 'return document.activeElement?.id !== "activity-stairs" && document.activeElement?.checked', 'the arrow key chose nothing');
      const chosen = await driver.executeScript('return document.activeElement.value');
      await waitFor(driver, 'return location.pathname.startsWith("/" + arguments[0] + "/")', `the address did not follow to ${chosen}`, 10000, chosen);
      // Space on the play button pauses the model.
      const play = driver.findElement(By.css('[data-testid="play-pause"]'));
      await driver.executeScript('arguments[0].focus()', play);
      await play.sendKeys(Key.SPACE);
      await waitFor(driver, 'return document.querySelector(\'[data-testid="play-pause"]\').getAttribute("aria-pressed") === "true"', 'space did not pause');
      const paused = await simTime(driver);
      await driver.executeScript('return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))))');
      assert.equal(await simTime(driver), paused, 'the model ran on while paused');
      // A mangled link: a friendly notice and a working default.
      await openWidget(driver, '?activity=moonwalk&leg=%ZZ');
      await waitFor(driver, 'return document.querySelector(\'[data-testid="link-notice"]\')', 'no notice for a mangled link');
      await waitFor(driver, painted('[data-testid="pressure-chart-canvas"]'), 'the default scenario never painted');
    } finally {
      await stop();
    }
  });

  test(`${engine}: a Spanish page fetches its words and speaks Spanish; the switch goes back to English`, async () => {
    const { driver, stop } = await start();
    try {
      await setViewport(driver, 1280, 800);
      await openWidget(driver, 'es/walking/');
      await waitFor(driver, 'return document.documentElement.lang === "es"', 'the page did not switch to Spanish');
      const text = await visibleText(driver);
      assert.match(text, /¿Qué está haciendo\?/);
      assert.match(text, /Caminando/);
      assert.doesNotMatch(text, /What are you doing/);
      await waitFor(driver, painted('[data-testid="pressure-chart-canvas"]'), 'the pressure chart never painted');
      await driver.findElement(By.css('[data-testid="lang-en"]')).click();
      await waitFor(driver, 'return document.documentElement.lang === "en" && location.pathname === "/walking/"', 'the switch did not go back to English');
      assert.match(await visibleText(driver), /What are you doing\?/);
      assert.ok(await driver.findElement(By.css('#activity-walking')).isSelected());
    } finally {
      await stop();
    }
  });

  test(`${engine}: the snippet from the clinic page sizes its iframe on a host page`, async () => {
    const { driver, stop } = await start();
    try {
      // Neither engine's window can be made 420 px wide (MiniBrowser's
      // toolbar, Firefox's minimum): the blog's column is 420 px instead.
      await setViewport(driver, 800, 900);
      await driver.get(`${widget.origin}/for-clinics/?activity=walking`);
      await waitFor(driver, 'return document.querySelector(\'[data-testid="embed-code"]\')?.value', 'the clinic page did not load');
      const site = await driver.executeScript('return document.querySelector(\'meta[name="calf-pump:site"]\').content');
      const snippet = (await driver.findElement(By.css('[data-testid="embed-code"]')).getAttribute('value')).split(site).join(`${widget.origin}/`);
      fs.writeFileSync(path.join(hostDir, `${engine}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic blog</title></head><body style="margin:0"><main style="width:420px"><h1>Our blog</h1>${snippet}<p>After the widget.</p></main></body></html>`);
      await driver.get(`${host.origin}/${engine}.html`);
      assert.equal(await driver.executeScript('return document.querySelector("iframe").getBoundingClientRect().width'), 420, 'the iframe fills the column');
      // embed.js sets the height from the widget's messages: away from the
      // snippet's 760 px, and equal to the content's height.
      await waitFor(driver, 'return Math.abs(document.querySelector("iframe").getBoundingClientRect().height - 760) > 5', 'the iframe kept its first height');
      const frameHeight = await driver.executeScript('return document.querySelector("iframe").getBoundingClientRect().height');
      await driver.switchTo().frame(driver.findElement(By.css('iframe')));
      await waitFor(driver, painted('[data-testid="pressure-chart-canvas"]'), 'the embedded chart never painted');
      const content = await driver.executeScript('return document.querySelector(\'[data-testid="widget"]\').getBoundingClientRect().height');
      await driver.switchTo().defaultContent();
      assert.ok(Math.abs(frameHeight - content) <= 3, `iframe ${frameHeight} px vs widget ${content} px`);
      await screenshot(driver, `${engine}-embedded-420.png`);
    } finally {
      await stop();
    }
  });

  test(`${engine}: the day planner computes a day, draws it, and a walk break cuts the evening swelling`, async () => {
    const { driver, stop } = await start();
    try {
      await setViewport(driver, 1280, 800);
      await driver.get(`${widget.origin}/day/?view=day&preset=desk&leg=superficial-reflux`);
      await waitFor(driver, 'return document.querySelector(\'[data-testid="evening-swelling"]\')', 'the planner did not mount');
      await waitFor(driver, painted('[data-testid="day-chart-canvas"]'), 'the day chart never painted');
      const swelling = () => driver.executeScript('return Number(document.querySelector(\'[data-testid="evening-swelling"]\').dataset.value)');
      const before = await swelling();
      assert.ok(before > 20 && before < 100, `desk day: ${before} mL`);
      await driver.findElement(By.css('li[data-testid="day-block"]:nth-last-child(1) [data-testid="walk-break"]')).click();
      await driver.wait(async () => (await swelling()) < before, 10000, 'the walk break did not cut the swelling');
      assert.match(await driver.getCurrentUrl(), /sitting-115\.walking-5/);
      await screenshot(driver, `${engine}-day-1280.png`);
    } finally {
      await stop();
    }
  });

  test(`${engine}: phone 375×667: activity, leg, diagram, chart and number on the first screen`, async () => {
    const { driver, stop } = await start();
    try {
      // MiniBrowser's window cannot be made phone-narrow (its toolbar keeps
      // it over 440 px), so the phone's viewport is an iframe of exactly
      // 375×667 on a bare page, in both engines alike.
      await setViewport(driver, 800, 900);
      fs.writeFileSync(path.join(hostDir, `${engine}-phone.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Phone</title><style>body{margin:0}iframe{border:0;display:block}</style></head><body><iframe src="${widget.origin}/walking/" width="375" height="667" title="Calf Pump Explorer"></iframe></body></html>`);
      await driver.get(`${host.origin}/${engine}-phone.html`);
      await driver.switchTo().frame(driver.findElement(By.css('iframe')));
      await waitFor(driver, 'return document.querySelector(\'[data-testid="widget"]\')', 'the widget did not mount');
      assert.deepEqual(await driver.executeScript('return [innerWidth, innerHeight]'), [375, 667]);
      await waitFor(driver, painted('[data-testid="pressure-chart-canvas"]'), 'the pressure chart never painted');
      const offScreen = await driver.executeScript(`
        const parts = {
          chosenChip: '[data-testid="activity-picker"] label.chosen',
          diagram: '[data-testid="leg-diagram"] svg',
          pressureChart: '[data-testid="pressure-chart-canvas"]',
          anklePressure: '[data-testid="ankle-pressure"]',
          leg: '[data-testid="leg-select"]',
          stockings: '[data-testid="stockings-select"]',
        };
        return Object.entries(parts).filter(([, sel]) => {
          const el = document.querySelector(sel);
          if (!el) return true;
          const r = el.getBoundingClientRect();
          return !(r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1 && r.height > 0);
        }).map(([name]) => name);`);
      assert.deepEqual(offScreen, [], `off the first screen: ${offScreen.join(', ')}`);
      assert.equal(await driver.executeScript('return document.documentElement.scrollWidth <= innerWidth'), true, 'sideways scrolling');
      await driver.switchTo().defaultContent();
      await screenshot(driver, `${engine}-375.png`);
    } finally {
      await stop();
    }
  });
}
