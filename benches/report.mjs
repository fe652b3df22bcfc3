// Writes BENCHMARKS.md from the measurements in target/bench/ and dist/.
// Run by scripts/bench after the benchmarks themselves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';
import { ROOT, DIST } from '../tests/e2e/support.mjs';

const BENCH = path.join(ROOT, 'target', 'bench');
const read = (f) => fs.readFileSync(path.join(BENCH, f), 'utf8');
const kb = (n) => (n / 1024).toFixed(1);
const ok = (pass) => (pass ? '✅ met' : '❌ missed');

// Sizes: every file of dist/ (the per-activity pages and previews summarised).
const files = fs.readdirSync(DIST, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
const size = (file) => {
  const data = fs.readFileSync(path.join(DIST, file));
  return {
    file,
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sizes = files.map(size);
// What the first paint needs: the page, its loader, the JS glue, the wasm, the CSS, the icon.
const firstLoad = sizes.filter((s) => /^(index\.html|boot-.*\.js|calf-pump-.*\.(js|wasm)|style-.*\.css|favicon-.*\.svg)$/.test(s.file));
const total = (k) => firstLoad.reduce((a, s) => a + s[k], 0);
// A Spanish page (/es/): its own page, the same code, and the Spanish words
// the widget fetches (lang/es-<hash>.txt; English is built in).
const spanishPage = size(path.join('es', 'index.html'));
const spanishWords = size(path.join('lang', fs.readdirSync(path.join(DIST, 'lang')).find((f) => f.startsWith('es-'))));
const spanishTotal = (k) => total(k) - firstLoad.find((s) => s.file === 'index.html')[k] + spanishPage[k] + spanishWords[k];
// Issue 12's allowance: at most 8 KB gzip more than before Spanish (169.4 KB).
const LANGUAGE_BUDGET_KB = 169.4 + 8;
// Issue 27's goal: the first load back to 170 KB gzip, the page's lesson included.
const LESSON_FIRST_LOAD_KB = 170;
// The chart written into a scenario page (an SVG in a data: address), gzip,
// as it compresses inside its page.
const lessonPage = fs.readFileSync(path.join(DIST, 'walking', 'superficial-reflux', 'index.html'), 'utf8');
const chartSrc = lessonPage.match(/<img class="static-chart" src="([^"]+)"/)?.[1] ?? '';
const pageGzip = (html) => zlib.gzipSync(html, { level: 9 }).length;
const chartGzip = chartSrc ? pageGzip(lessonPage) - pageGzip(lessonPage.replace(chartSrc, '')) : 0;
// The clinic page (/for-clinics/): its own page, loader, glue and wasm.
const clinicDir = path.join(DIST, 'for-clinics');
// The build's own files (not the guide's or the QR sheet's folders).
const gzipOfDir = (dir) => fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile())
  .map((f) => zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length);
const clinicPage = gzipOfDir(clinicDir);
// The day planner (/day/), likewise.
const dayPage = gzipOfDir(path.join(DIST, 'day'));
const previews = fs.readdirSync(path.join(DIST, 'previews')).map((f) => fs.statSync(path.join(DIST, 'previews', f)).size);
// The scenario pages (one index.html per activity × leg folder) and 404.html.
const scenarioPages = fs.readdirSync(DIST, { recursive: true })
  .filter((f) => f.endsWith('index.html') && f !== 'index.html' && !/^(day|for-clinics)\//.test(f))
  .map((f) => fs.statSync(path.join(DIST, f)).size);
const sum = (xs) => xs.reduce((a, x) => a + x, 0);

// Native model speed (Criterion, bencher format: ns/iter).
const criterion = Object.fromEntries([...read('criterion.txt').matchAll(/^test (.+?) \.\.\. bench:\s+([\d,]+) ns\/iter \(\+\/- ([\d,]+)\)/gm)]
  .map((m) => [m[1], { ns: Number(m[2].replace(/,/g, '')), spread: Number(m[3].replace(/,/g, '')) }]));
const nativeWalk = criterion['walking 60 s simulated (healthy)'];
const nativeSummary = criterion['clinical summary (walking, healthy)'];
const browser = JSON.parse(read('browser.json'));
const dayNative = JSON.parse(read('day_native.json').trim().split('\n').pop());
const lighthouse = JSON.parse(read('lighthouse.json'));
const twiggy = read('twiggy.txt');

const nativeMs = nativeWalk.ns / 1e6;
const nativeX = Math.round(60000 / nativeMs);
const wasmMs = browser.model_wasm.median_ms;
const ratio = wasmMs / nativeMs;
const fc = browser.frame_cost;
const su = browser.startup;
// A build without the lesson (a "before") measures no number painted.
const sp = browser.scenario_page ?? { cpu_1x: {}, cpu_4x: {} };
const mem = browser.memory;
const idle = browser.idle_raf_calls_in_5s;
const lh = lighthouse.scores;

const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) || [])[1] || os.cpus()[0]?.model || 'unknown CPU';
const rustc = execSync('rustc --version').toString().trim();
const today = new Date().toISOString().slice(0, 10);

/**
 * Before/after against \`benches/baseline.json\`: the same benchmarks run on
 * the same machine, in the same session, on the commit named there.
 */
function beforeAfter() {
  const file = path.join(ROOT, 'benches', 'baseline.json');
  if (!fs.existsSync(file)) return '';
  const b = JSON.parse(fs.readFileSync(file, 'utf8'));
  const now = {
    first_load_gzip_kb: +kb(total('gzip')),
    first_plot_4x_ms: su.cpu_4x.first_plot_ms,
    first_plot_1x_ms: su.cpu_1x.first_plot_ms,
    lighthouse_performance: lh.performance,
    model_wasm_times_real_time: browser.model_wasm.times_real_time,
    frame_p99_4x_ms: fc.cpu_4x.p99_ms,
  };
  const rows = [
    ['first load, gzip', 'first_load_gzip_kb', ' KB'],
    ['first painted plot, cold, 4× throttled', 'first_plot_4x_ms', ' ms'],
    ['first painted plot, cold, unthrottled', 'first_plot_1x_ms', ' ms'],
    ['Lighthouse mobile performance', 'lighthouse_performance', ''],
    ['model in the browser, × real time', 'model_wasm_times_real_time', '×'],
    ['frame p99, 4× throttled', 'frame_p99_4x_ms', ' ms'],
  ];
  return `## Before and after: ${b.what}

Both columns measured by \`scripts/bench\` on this machine on ${b.measured}; "before" is commit \`${b.commit}\`.

| what | before | after |
|---|---:|---:|
${rows.map(([label, key, unit]) => `| ${label} | ${b[key]}${unit} | ${now[key]}${unit} |`).join('\n')}
`;
}

const md = `# Benchmarks

Measured ${today} on ${os.cpus().length} cores of ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${rustc},
Chromium ${browser.chromium} headless, Node ${process.version}. Regenerate with \`scripts/bench\`
(about 10 minutes). Numbers on a shared 2-core machine vary by roughly ±15 % between runs.

## Summary against the goals

| what | goal | measured | |
|---|---|---|---|
| first-load transfer (gzip) | ≤ ${LANGUAGE_BUDGET_KB.toFixed(1)} KB (169.4 KB before Spanish + 8 KB, issue 12) | ${kb(total('gzip'))} KB (brotli ${kb(total('brotli'))} KB) | ${ok(total('gzip') <= LANGUAGE_BUDGET_KB * 1024)} |
| first load of a Spanish page (its page, the same code, the Spanish words) | for information: the allowance is on the first load above | ${kb(spanishTotal('gzip'))} KB (words ${kb(spanishWords.gzip)} KB; brotli ${kb(spanishTotal('brotli'))} KB) | ${spanishTotal('gzip') <= LANGUAGE_BUDGET_KB * 1024 ? 'within it too' : `${kb(spanishTotal('gzip') - LANGUAGE_BUDGET_KB * 1024)} KB over it`} |
| model speed, native (walking) | ≥ 20 000× real time | ${nativeX.toLocaleString('en')}× (60 s in ${nativeMs.toFixed(2)} ms) | ${ok(nativeX >= 20000)} |
| model speed, in the browser | ≥ 40 000× real time | ${browser.model_wasm.times_real_time.toLocaleString('en')}× (60 s in ${wasmMs.toFixed(2)} ms) | ${ok(browser.model_wasm.times_real_time >= 40000)} |
| wasm / native time | ≤ 1.5 | ${ratio.toFixed(2)} | ${ok(ratio <= 1.5)} |
| frame cost, median | ≤ 2 ms | ${fc.cpu_1x.median_ms} ms (4× throttled: ${fc.cpu_4x.median_ms} ms) | ${ok(fc.cpu_1x.median_ms <= 2)} |
| frame cost, p99, 4× throttled | ≤ 8 ms | ${fc.cpu_4x.p99_ms} ms (unthrottled: ${fc.cpu_1x.p99_ms} ms) | ${ok(fc.cpu_4x.p99_ms <= 8)} |
| long tasks over 50 ms while running | none | ${fc.cpu_1x.over_50ms} (4× throttled: ${fc.cpu_4x.over_50ms}) | ${ok(fc.cpu_1x.over_50ms === 0 && fc.cpu_4x.over_50ms === 0)} |
| day planner: a whole day, first view, 4× throttled | ≤ 100 ms | ${browser.day_4x.fresh_max_ms} ms worst preset (median ${browser.day_4x.fresh_median_ms} ms; an edit ${browser.day_4x.edited_median_ms} ms; unthrottled ${browser.day_1x.fresh_median_ms} ms) | ${ok(browser.day_4x.fresh_max_ms <= 100)} |
| a full 24-h day, fast model vs stepping every 4 ms (native) | swelling within 2 %, high-pressure hours within 5 % | swelling at the shift's end ${dayNative.fast_shift_end_ml} vs ${dayNative.exact_shift_end_ml} mL (${dayNative.swelling_error_pct} %; after the night ${dayNative.fast_swelling_ml} vs ${dayNative.exact_swelling_ml} mL); high ${dayNative.fast_high_h} vs ${dayNative.exact_high_h} h (${dayNative.high_error_pct} %); ${dayNative.fast_ms} ms vs ${dayNative.exact_ms} ms | ${ok(dayNative.swelling_error_pct <= 2 && dayNative.high_error_pct <= 5)} |
| first load, with the page's lesson (issue 27) | ≤ ${LESSON_FIRST_LOAD_KB} KB gzip | ${kb(total('gzip'))} KB | ${ok(total('gzip') <= LESSON_FIRST_LOAD_KB * 1024)} |
| a scenario page's number painted (its lesson, in the page), cold, 4× throttled | ≤ 300 ms | ${sp.cpu_4x.number_painted_ms ?? 'none'} ms; largest paint ${sp.cpu_4x.largest_contentful_paint_ms} ms (unthrottled ${sp.cpu_1x.number_painted_ms ?? 'none'} / ${sp.cpu_1x.largest_contentful_paint_ms} ms) | ${ok(sp.cpu_4x.number_painted_ms !== null && sp.cpu_4x.number_painted_ms <= 300)} |
| a scenario page's live first plot, cold, 4× throttled | ≤ 800 ms | ${sp.cpu_4x.first_plot_ms} ms (unthrottled ${sp.cpu_1x.first_plot_ms} ms) | ${ok(sp.cpu_4x.first_plot_ms <= 800)} |
| layout shift over start-up (the live widget taking the lesson's place) | ≤ 0.02 | ${sp.cpu_4x.layout_shift} (unthrottled ${sp.cpu_1x.layout_shift}) | ${ok(sp.cpu_4x.layout_shift <= 0.02 && sp.cpu_1x.layout_shift <= 0.02)} |
| the chart in the page, gzip | ≤ 6 KB | ${kb(chartGzip)} KB | ${ok(chartGzip > 0 && chartGzip <= 6 * 1024)} |
| start-up to first plot, cold, 4× throttled | ≤ 800 ms | ${su.cpu_4x.first_plot_ms} ms (unthrottled ${su.cpu_1x.first_plot_ms} ms) | ${ok(su.cpu_4x.first_plot_ms <= 800)} |
| memory growth over ${mem.simulated_minutes.toFixed(0)} simulated minutes at 5× | ≤ 5 % | JS heap ${mem.js_heap_growth_pct} %, wasm memory ${mem.wasm_memory_growth_pct} % | ${ok(mem.js_heap_growth_pct <= 5 && mem.wasm_memory_growth_pct <= 5)} |
| Lighthouse (mobile) | performance ≥ 95, others 100 | performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh['best-practices']}, SEO ${lh.seo} | ${ok(lh.performance >= 95 && lh.accessibility === 100 && lh['best-practices'] === 100 && lh.seo === 100)} |
| animation frames while idle (5 s) | 0 | paused ${idle.paused}, hidden ${idle.hidden}, off screen ${idle.off_screen} | ${ok(idle.paused + idle.hidden + idle.off_screen === 0)} |

${beforeAfter()}
## Size of dist/

| file | raw | gzip | brotli |
|---|---:|---:|---:|
${sizes.map((s) => `| \`${s.file}\` | ${kb(s.raw)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB |`).join('\n')}
| **first load** (page, loader, JS, wasm, CSS, icon) | **${kb(total('raw'))} KB** | **${kb(total('gzip'))} KB** | **${kb(total('brotli'))} KB** |

Not part of the first load: \`embed.js\` (host pages only), \`404.html\` (like \`index.html\`),
the day planner \`day/\` (its own ${kb(sum(dayPage))} KB gzip build, fetched when a reader follows "My day"),
the clinic page \`for-clinics/\` (the embed builder, its own ${kb(sum(clinicPage))} KB gzip build, fetched only when
clinic staff follow "Embed on your site"),
and the shared-link cards: ${scenarioPages.length} scenario pages (one per activity × leg in each language, English and \`es/\`, like \`index.html\`;
${kb(sum(scenarioPages))} KB together) and ${previews.length} preview PNGs (${kb(Math.min(...previews))}–${kb(Math.max(...previews))} KB each,
${kb(sum(previews))} KB together; the limit is 300 KB each). Together the cards add
${(sum(scenarioPages) + sum(previews)) / 1024 / 1024 >= 1 ? `${((sum(scenarioPages) + sum(previews)) / 1024 / 1024).toFixed(2)} MB` : `${kb(sum(scenarioPages) + sum(previews))} KB`} to \`dist/\`; a reader downloads only the page of the link they open, a link preview only its one image.

Biggest items in the \`.wasm\` (twiggy, before wasm-bindgen and wasm-opt strip the custom and name sections):

\`\`\`
${twiggy.trim()}
\`\`\`

What was done about size: \`opt-level = "z"\`, LTO, one codegen unit, \`panic = "abort"\`,
\`wasm-opt -Oz\`, Trunk's minifier on the page and CSS. Only the model's own crate
(\`crates/model\`, \`[profile.release.package.calf-pump-model]\`) is compiled at
\`opt-level = 3\`, because it runs thousands of steps a frame; the UI and its
dependencies stay at \`"z"\`. \`wasm-opt\` also runs with \`--converge\` (0.7 KB gzip less).

Since the first load went over 170 KB (178.9 KB gzip with the embed panel, verdicts,
labelled diagram and WordPress protocol), three changes brought it back, each measured
on its own on the same machine: the embed panel moved to its own page and build
(\`/for-clinics/\`, −5.5 KB); Talc instead of dlmalloc as the allocator (−3.0 KB); and
wasm-bindgen's JS glue minified with terser in \`scripts/build\`, with \`build-site\`
recomputing the integrity hashes (−2.1 KB).

Spanish (issue 12): the browser build carries only English words; the Spanish
ones (${kb(spanishWords.raw)} KB, ${kb(spanishWords.gzip)} KB gzip) are written by \`build-site\` to
\`lang/es-<hash>.txt\`, preloaded by the Spanish pages and fetched by the widget when a
reader wants Spanish. What the catalogues cost English readers is the mechanism: the
message tables and \`fill\`, the switch, the fetch, the language from link or browser.
${total('gzip') / 1024 > LANGUAGE_BUDGET_KB ? `**Over budget** (goal ≤ ${LANGUAGE_BUDGET_KB.toFixed(1)} KB gzip): see the table above for where the bytes are.` : ''}

## Model speed

- Native (Criterion, \`cargo bench -p calf-pump-model --bench model\`): 60 simulated seconds of walking in
  ${nativeMs.toFixed(2)} ms ± ${(nativeWalk.spread / 1e6).toFixed(2)} ms (${nativeX.toLocaleString('en')}× real time);
  a full clinical summary (rest, 60 s activity, refill, plethysmography) in ${(nativeSummary.ns / 1e6).toFixed(1)} ms.
- As shipped WebAssembly in Chromium (\`benchmark_walking_ms\`, median of 20 runs): ${wasmMs.toFixed(2)} ms
  (${browser.model_wasm.times_real_time.toLocaleString('en')}× real time), ${ratio.toFixed(2)}× the native time.
${ratio > 1.5 ? `- The wasm/native goal (≤ 1.5) is missed: WebAssembly here has no SIMD or fused multiply-add in use and
  pays bounds checks on the compartment arrays; the native build is x86-64 with full optimisation. What
  would close it: a struct-of-arrays step without bounds checks, \`-C target-feature=+simd128\`, or fewer
  divisions per step in the collapse law. At 5× playback the widget needs only ~2 500 steps a second, far
  below either speed.` : ''}

## Frame cost (30 s of walking, devicePixelRatio 2)

| | frames | median | p99 | max | over 50 ms |
|---|---:|---:|---:|---:|---:|
| no throttling | ${fc.cpu_1x.frames} | ${fc.cpu_1x.median_ms} ms | ${fc.cpu_1x.p99_ms} ms | ${fc.cpu_1x.max_ms} ms | ${fc.cpu_1x.over_50ms} |
| 4× CPU throttling | ${fc.cpu_4x.frames} | ${fc.cpu_4x.median_ms} ms | ${fc.cpu_4x.p99_ms} ms | ${fc.cpu_4x.max_ms} ms | ${fc.cpu_4x.over_50ms} |

Per frame: the model steps (≈ 4 steps of 4 ms at 1×, 21 at 5×), both charts' lines redrawn (axes only when the scale changes),
the diagram re-rendered at ~30 Hz and the readouts at 4 Hz.

## Start-up (cold cache, median of 5)

| front page | first contentful paint (its lesson) | first painted plot |
|---|---:|---:|
| no throttling | ${su.cpu_1x.first_contentful_paint_ms} ms | ${su.cpu_1x.first_plot_ms} ms |
| 4× CPU throttling | ${su.cpu_4x.first_contentful_paint_ms} ms | ${su.cpu_4x.first_plot_ms} ms |

| \`/walking/superficial-reflux/\` | number painted (Element Timing) | largest paint | first painted plot | layout shift |
|---|---:|---:|---:|---:|
| no throttling | ${sp.cpu_1x.number_painted_ms ?? 'none'} ms | ${sp.cpu_1x.largest_contentful_paint_ms} ms | ${sp.cpu_1x.first_plot_ms} ms | ${sp.cpu_1x.layout_shift} |
| 4× CPU throttling | ${sp.cpu_4x.number_painted_ms ?? 'none'} ms | ${sp.cpu_4x.largest_contentful_paint_ms} ms | ${sp.cpu_4x.first_plot_ms} ms | ${sp.cpu_4x.layout_shift} |

Each page carries its lesson in its HTML (\`crates/site/src/lesson.rs\`): the message, the number, the chart
(an SVG picture, the page's largest paint), the steps. The CSS is inline, so it paints before any script;
the loader starts the WebAssembly download once it has been presented (two animation frames;
\`crates/site/src/page.rs\`, \`deferred_loader\`), and the live widget takes its place without moving
anything the reader sees (the opening scenario is judged before the widget's first paint).
${su.cpu_4x.first_plot_ms > 800 ? `The 800 ms goal under 4× throttling is missed: compiling and instantiating ${kb(sizes.find((s) => s.file.endsWith('.wasm')).raw)} KB of WebAssembly and Yew's
first render dominate. What would close it: a smaller wasm (the crate split above), and drawing
the first plot from the settled state before mounting the rest of the controls.` : ''}

## Memory

After ${mem.simulated_minutes.toFixed(0)} simulated minutes at 5× speed with a control toggled every second
(activities, legs, stockings, compare), after garbage collection: JS heap ${kb(mem.start.js_heap_bytes)} → ${kb(mem.end.js_heap_bytes)} KB
(${mem.js_heap_growth_pct} %), WebAssembly memory ${kb(mem.start.wasm_memory_bytes)} → ${kb(mem.end.wasm_memory_bytes)} KB (${mem.wasm_memory_growth_pct} %).
Natively, a 24-hour simulated soak makes no allocation at all (\`crates/model/tests/model_physics.rs\`).

## Lighthouse (mobile preset)

Performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh['best-practices']}, SEO ${lh.seo}.
${Object.entries(lighthouse.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}.
${lighthouse.below_90.length ? `Audits below 90: ${lighthouse.below_90.join('; ')}.` : ''}
${lh.performance < 95 ? `Performance misses 95: under Lighthouse's simulated mid-range phone (4× CPU, slow 4G) the page waits for the
WebAssembly to download, compile and run its first simulations before the largest element paints, and that
work blocks the main thread. What would close it: a smaller wasm, streaming compilation started from a
\`<link rel="preload">\` (present), and computing the clinical summary in smaller slices after first paint.` : ''}

## Idle

Animation frames requested in 5 s: paused ${idle.paused}, tab hidden ${idle.hidden}, scrolled off screen ${idle.off_screen}.
`;
fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md);
console.log(md);
