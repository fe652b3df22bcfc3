// Lighthouse (mobile preset, Debian's Chromium) against the built site served
// on 127.0.0.1. Writes target/bench/lighthouse.json with the four scores.
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve, DIST, ROOT } from '../../tests/e2e/support.mjs';

// CALF_PUMP_DIST: another build to measure (a "before" for BENCHMARKS.md).
const server = await serve(process.env.CALF_PUMP_DIST || DIST);
const out = path.join(ROOT, 'target', 'bench', 'lighthouse-report.json');
const flags = '--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-quic';
try {
  // Asynchronous: the static server runs in this same process and must keep answering.
  await promisify(execFile)(path.join(ROOT, 'target', 'lighthouse', 'node_modules', '.bin', 'lighthouse'), [
    // A scenario's own page, as a shared link opens it.
    `${server.origin}/walking/`, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${flags}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, timeout: 300000, maxBuffer: 64 << 20 });
} finally {
  await server.close();
}
const report = JSON.parse(fs.readFileSync(out, 'utf8'));
const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
const audits = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
  .map((id) => [id, report.audits[id]?.displayValue]);
const failing = Object.values(report.categories).flatMap((c) => c.auditRefs)
  .map((r) => report.audits[r.id]).filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
  .map((a) => `${a.id}: ${a.displayValue || a.title}`);
const result = { scores, metrics: Object.fromEntries(audits), below_90: [...new Set(failing)] };
fs.writeFileSync(path.join(ROOT, 'target', 'bench', 'lighthouse.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
