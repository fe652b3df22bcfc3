// The lesson in the page itself (crates/site/src/lesson.rs): each scenario
// page carries its message, number, chart and steps as HTML, so a reader
// without JavaScript gets the lesson, and printing gives a one-page handout
// with a QR code of the page's address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { withWidget, openPage, axeViolations, describeViolations, screenshot, saveScreenshot, DIST } from './support.mjs';

const site = withWidget();

/** The address the site was built for (its pages' own addresses). */
const builtFor = (page) => page.$eval('meta[name="calf-pump:site"]', (m) => m.content);

test('without JavaScript, a scenario page is its lesson: message, number, chart, steps, the way on, in both languages', async () => {
  for (const [path, number, message, steps] of [
    ['walking/superficial-reflux/', /47 mmHg/, /blood leaks back down/, /Know the signs of a blood clot/],
    ['es/walking/superficial-reflux/', /47 mmHg/, /la sangre se regresa|se regresa/, /coágulo/],
  ]) {
    const { context, page } = await openPage(site, path, { javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
    const lesson = page.locator('[data-testid="static-lesson"]');
    assert.ok(await lesson.isVisible(), `${path}: the lesson is on screen`);
    assert.match(await page.textContent('[data-testid="static-message"]'), message);
    assert.match(await page.textContent('[data-testid="static-number"]'), number);
    // The chart: a picture of both curves, drawn and described.
    const chart = await page.$eval('img.static-chart', (img) => ({ src: decodeURIComponent(img.src), alt: img.alt, drawn: img.complete && img.naturalWidth > 0 }));
    assert.ok(chart.drawn, `${path}: the chart is drawn`);
    assert.ok((chart.src.match(/<polyline/g) || []).length >= 2, `${path}: the chart has both curves`);
    assert.match(chart.alt, number);
    const items = await page.$$eval('[data-testid="static-steps"] li', (els) => els.map((e) => e.textContent));
    assert.ok(items.length >= 5, `${path}: ${items.length} steps`);
    // When to get help comes first, boxed, before the everyday steps.
    assert.match(await page.textContent('[data-testid="static-urgent"]'), steps);
    assert.ok(await page.$eval('[data-testid="static-urgent"]', (box) =>
      !!(box.compareDocumentPosition(document.querySelector('[data-testid="static-steps"]')) & Node.DOCUMENT_POSITION_FOLLOWING)));
    assert.ok(!items.some((i) => steps.test(i)), 'the clot warning is said once');
    // The way on: the other activities' pages, and why the live view is missing.
    assert.equal(await page.locator('.static-others a').count(), 12);
    assert.match(await page.textContent('p.noscript'), /JavaScript/);
    assert.ok(!(await page.locator('.static-loading').isVisible()), 'no "Loading" where nothing loads');
    await screenshot(page, `static-${path.startsWith('es') ? 'es' : 'en'}-375-nojs.png`, { fullPage: true });
    await context.close();
  }
});

test('the live widget opens on the number the page already showed', async () => {
  // (The tiptoe pages show the test's result, which the live widget reaches
  // once its test has run from standing still.)
  for (const path of ['walking/superficial-reflux/', 'stairs/deep-reflux/', 'sitting/', 'es/cycling-flat/weak-calf/', 'es/feet-up/']) {
    const { context, page, problems } = await openPage(site, path, { viewport: { width: 375, height: 667 } });
    const shown = (await page.textContent('[data-testid="static-number"]')).match(/(\d+) mmHg/)[1];
    await page.waitForSelector('[data-testid="widget"]');
    const live = await page.textContent('[data-testid="ankle-pressure"]');
    assert.match(live, new RegExp(`\\b${shown} mmHg`), `${path}: the page said ${shown} mmHg, the live widget opened on "${live}"`);
    assert.ok(!(await page.locator('[data-testid="static-lesson"]').isVisible()), 'the live widget takes the lesson\'s place');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the live widget takes the lesson\'s place without moving what the reader sees (layout shift at most 0.02)', async () => {
  for (const [path, viewport] of [
    ['walking/superficial-reflux/', { width: 375, height: 667 }],
    ['es/stairs/deep-reflux/?embed=1', { width: 680, height: 760 }],
    ['sitting/weak-calf/', { width: 1280, height: 800 }],
  ]) {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shift += e.value; }))
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/${path}`);
    await page.waitForSelector('[data-testid="widget"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="ankle-pressure"]')?.textContent.includes('mmHg'));
    // Two frames after the widget is up: any shift from the take-over is in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift <= 0.02, `${path} at ${viewport.width} px: layout shift ${shift.toFixed(3)}`);
    await context.close();
  }
});

/** Pages in a PDF made by Chromium. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length;

test('printing gives one page, at A4 and at Letter, in both languages, with the QR code of the page\'s own address', async () => {
  for (const pagePath of ['walking/superficial-reflux/', 'es/stairs/deep-reflux/', 'tiptoe/weak-calf/']) {
    const { context, page, problems } = await openPage(site, pagePath);
    await page.waitForSelector('[data-testid="widget"]');
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      assert.equal(pdfPages(pdf), 1, `${pagePath} on ${format}: ${pdfPages(pdf)} pages`);
      // The printed page as a picture: its QR code reads as this page's address.
      const file = path.join(os.tmpdir(), `handout-${process.pid}.pdf`);
      fs.writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', file, file]);
      const printed = fs.readFileSync(`${file}.png`);
      fs.rmSync(file);
      fs.rmSync(`${file}.png`);
      const png = PNG.sync.read(printed);
      const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      assert.ok(read, `${pagePath}: the QR code on the printed ${format} page reads`);
      assert.equal(read.data, `${await builtFor(page)}${pagePath}`);
      saveScreenshot(`handout-${pagePath.replaceAll('/', '-').replace(/-$/, '')}-${format}.png`, printed);
    }
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('[data-testid="static-lesson"]');
    assert.ok(await handout.isVisible(), 'the handout is what prints');
    assert.ok(!(await page.locator('#calf-pump').isVisible()), 'the live widget does not print');
    const found = await axeViolations(page);
    assert.deepEqual(found.map((v) => v.id), [], `${pagePath} printed:\n${describeViolations(found)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('"Print for a patient" opens the scenario\'s handout page, which opens the print dialog', async () => {
  const { context, page } = await openPage(site, 'stairs/deep-reflux/?stockings=20-30', { viewport: { width: 375, height: 667 } });
  await page.waitForSelector('[data-testid="widget"]');
  await page.click('[data-testid="more"] > summary');
  const built = await builtFor(page);
  const asked = page.waitForRequest((r) => r.url().startsWith(`${built}stairs/deep-reflux/?`) && /[?&]print=1/.test(r.url()));
  await page.click('[data-testid="print"]');
  await asked;
  await context.close();
  // The handout page asks the browser to print once it has loaded.
  const opened = await openPage(site, 'es/stairs/deep-reflux/?print=1', { viewport: { width: 375, height: 667 } });
  await opened.page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await opened.page.reload();
  await opened.page.waitForFunction(() => window.__printed === 1);
  await opened.context.close();
});

test('the clinic\'s QR sheet: tick the pages, print, and each printed code opens its page', async () => {
  const { context, page, problems } = await openPage(site, 'es/for-clinics/qr/');
  const cards = page.locator('label.card');
  assert.equal(await cards.count(), 52, 'a card for every activity and leg');
  const atFirst = await page.locator('label.card input:checked').count();
  assert.ok(atFirst > 0, 'the sheet opens with some cards ticked');
  await page.locator('label.card input:not(:checked)').first().check();
  const ticked = await page.locator('label.card input:checked').count();
  assert.equal(ticked, atFirst + 1);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$$eval('label.card', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  assert.equal(printed, ticked, 'only the ticked cards print');
  const pdf = await page.pdf({ format: 'Letter' });
  assert.equal(pdfPages(pdf), Math.ceil(ticked / 6), `${ticked} cards on ${pdfPages(pdf)} pages`);
  const file = path.join(os.tmpdir(), `qr-sheet-${process.pid}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', file, file]);
  const png = PNG.sync.read(fs.readFileSync(`${file}.png`));
  saveScreenshot('qr-sheet-es-letter.png', fs.readFileSync(`${file}.png`));
  fs.rmSync(file);
  fs.rmSync(`${file}.png`);
  // The first printed card's code (top left: one code at a time for the reader).
  const [w, h] = [Math.floor(png.width / 2), Math.floor(png.height / 3)];
  const corner = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) corner.set(png.data.subarray(y * png.width * 4, (y * png.width + w) * 4), y * w * 4);
  const read = jsQR(corner, w, h);
  assert.ok(read, 'a printed code reads');
  assert.match(read.data, /^https?:\/\/[^/]+\/es\/[a-z-]+\/([a-z-]+\/)?$/, 'the code is a Spanish page\'s address');
  await page.emulateMedia({ media: 'screen' });
  const found = await axeViolations(page);
  assert.deepEqual(found.map((v) => v.id), [], describeViolations(found));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the day prints on one page, A4 and Letter, in both languages, its QR code reopening that day', async () => {
  for (const query of ['preset=desk&leg=superficial-reflux', 'preset=long-flight&leg=deep-reflux&lang=es']) {
    const { context, page, problems } = await openPage(site, `day/?${query}`);
    await page.waitForSelector('[data-testid="day-planner"]');
    await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
    await page.click('[data-testid="print-day"]');
    assert.equal(await page.evaluate(() => window.__printed), 1, '"Print my day" opens the print dialog');
    const here = await page.evaluate(() => location.pathname + location.search);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      assert.equal(pdfPages(pdf), 1, `${query} on ${format}: ${pdfPages(pdf)} pages`);
      const file = path.join(os.tmpdir(), `day-${process.pid}.pdf`);
      fs.writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', file, file]);
      const printed = fs.readFileSync(`${file}.png`);
      fs.rmSync(file);
      fs.rmSync(`${file}.png`);
      saveScreenshot(`day-print-${query.includes('lang=es') ? 'es' : 'en'}-${format}.png`, printed);
      // The code, top right: read it alone.
      const png = PNG.sync.read(printed);
      const [x0, w, h] = [Math.floor(png.width / 2), Math.ceil(png.width / 2), Math.floor(png.height / 5)];
      const corner = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++) corner.set(png.data.subarray((y * png.width + x0) * 4, (y * png.width + x0 + w) * 4), y * w * 4);
      const read = jsQR(corner, w, h);
      assert.ok(read, `${query} on ${format}: the printed code reads`);
      const url = new URL(read.data);
      assert.equal(url.pathname + url.search, here, 'the code reopens this day');
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('every scenario page, in every language, prints on one page at A4 and at Letter', async () => {
  // The pages as built (dist/), read without JavaScript: what prints is the page's lesson.
  const pages = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => path.basename(f) === 'index.html' && !/(^|\/)(day|for-clinics)(\/|$)/.test(path.dirname(f)))
    .map((f) => (path.dirname(f) === '.' ? '' : `${path.dirname(f).split(path.sep).join('/')}/`));
  assert.ok(pages.length > 100, `${pages.length} pages`);
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const over = [];
  for (const address of pages) {
    await page.goto(`${site.origin}/${address}`);
    for (const format of ['A4', 'Letter']) {
      const n = pdfPages(await page.pdf({ format, printBackground: true }));
      if (n !== 1) over.push(`${address || '/'} on ${format}: ${n} pages`);
    }
  }
  assert.deepEqual(over, []);
  await context.close();
});
