// Checks a deployed copy of Calf Pump Explorer the way WordPress and a link
// preview will use it, and says in plain words what to fix:
//   scripts/check-site https://your-clinic.example/calf-pump/
// Exit code 0 when every check passes, 1 otherwise.
//
// What a host must do is in crates/site/src/host.rs (the rules build-site
// writes to _headers and .htaccess) and docs/for-clinics.md (nginx).

const FIX_CORS = `Your host must send "Access-Control-Allow-Origin: *" for the widget's files.
    Apache: upload the .htaccess file that is in the folder (it is hidden: turn on "show hidden files").
    Netlify or Cloudflare Pages: upload the _headers file that is in the folder.
    nginx: add the lines from docs/for-clinics.md ("Your web host").`;

/** The checks' results, in order: [ok, what, fix]. */
const results = [];
const pass = (what) => results.push([true, what, '']);
const fail = (what, fix) => results.push([false, what, fix]);

/** A PNG's width and height, from its header. */
function pngSize(bytes) {
  const b = Buffer.from(bytes);
  if (b.length < 24 || b.subarray(1, 4).toString() !== 'PNG') return null;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** The value of an attribute in an HTML tag's text. */
function attribute(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.replace(/&amp;/g, '&');
}

async function get(url, headers = {}) {
  try {
    return await fetch(url, { headers, redirect: 'follow' });
  } catch (e) {
    return { ok: false, status: 0, error: e.cause?.code || e.message, headers: new Headers(), text: async () => '', arrayBuffer: async () => new ArrayBuffer(0) };
  }
}

async function checkPage(site) {
  const page = await get(site);
  if (!page.ok) {
    fail(`The page ${site} answers ${page.status || page.error}.`, 'Check the address, and that the whole folder build-site made is uploaded there.');
    return null;
  }
  const html = await page.text();
  if (!html.includes('calf-pump:site')) {
    fail(`${site} is not a page of Calf Pump Explorer.`, 'Upload the folder build-site made (dist/), not the source.');
    return null;
  }
  pass(`The page opens: ${site}`);
  const builtFor = attribute(html.match(/<meta[^>]+name="calf-pump:site"[^>]*>/i)?.[0] || '', 'content');
  if (builtFor && builtFor !== site) {
    fail(`These pages were built for ${builtFor}, not ${site}: their share cards and embeds point there.`,
      `Build again with this address: set site = "${site}" in clinic.toml (or SITE_URL=${site}), run scripts/build, and upload dist/ again.`);
  }
  const frameOptions = page.headers.get('x-frame-options');
  const ancestors = (page.headers.get('content-security-policy') || '').match(/frame-ancestors[^;]*/)?.[0];
  if (frameOptions || (ancestors && !/\*/.test(ancestors))) {
    fail(`Your host forbids showing the page inside other pages (${frameOptions ? `X-Frame-Options: ${frameOptions}` : ancestors}).`,
      'Remove that header for this folder: otherwise no blog post can show the widget.');
  } else {
    pass('Other sites may show the page in a frame (no X-Frame-Options).');
  }
  return html;
}

async function checkOembed(html, site) {
  const tag = html.match(/<link[^>]+application\/json\+oembed[^>]*>/i)?.[0];
  const href = tag && attribute(tag, 'href');
  if (!href) {
    fail('The page does not tell WordPress how to embed it (no oEmbed link).', 'Upload the pages build-site made, not the ones Trunk made.');
    return;
  }
  const response = await get(new URL(href, site));
  let json = null;
  try { json = response.ok ? JSON.parse(await response.text()) : null; } catch { json = null; }
  if (!json || json.type !== 'rich' || !/<iframe /.test(json.html || '')) {
    fail(`WordPress could not read the embed description at ${href} (${response.status || response.error}).`, 'Upload the oembed/ folder too.');
  } else {
    pass(`WordPress can embed it: ${href}`);
  }
}

async function checkFiles(html, site) {
  // What the page loads: its scripts and the WebAssembly, as a sandboxed
  // frame (an opaque origin, "null") asks for them.
  const urls = [...html.matchAll(/<(?:link|script)\b[^>]*>/gi)]
    .map((m) => attribute(m[0], 'href') || attribute(m[0], 'src'))
    .filter((u) => u && /\.(js|wasm)(\?|$)/.test(u))
    .map((u) => new URL(u, site).href);
  // The page's own loader (its <script>) names the WebAssembly it starts.
  const loaders = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attribute(m[0], 'src')).filter(Boolean).map((u) => new URL(u, site).href);
  if (urls.length === 0) {
    fail('The page names none of the widget\'s files.', 'Upload the pages build-site made.');
    return;
  }
  let missingCors = [];
  const queue = [...new Set(urls)];
  for (let i = 0; i < queue.length; i++) {
    const url = queue[i];
    const response = await get(url, { Origin: 'null' });
    if (!response.ok) {
      fail(`A file of the widget is missing: ${url} (${response.status || response.error}).`, 'Upload the whole folder, every file in it.');
      continue;
    }
    // A loader names the WebAssembly it starts: check that too.
    if (loaders.includes(url)) {
      for (const m of (await response.text()).matchAll(/['"]([^'"\s]+\.wasm)['"]/g)) {
        const wasm = new URL(m[1], url).href;
        if (!queue.includes(wasm)) queue.push(wasm);
      }
    }
    const allowed = response.headers.get('access-control-allow-origin');
    if (allowed !== '*' && allowed !== 'null') missingCors.push(url);
    if (url.endsWith('.wasm') && !/application\/wasm/.test(response.headers.get('content-type') || '')) {
      fail(`The WebAssembly file is sent as "${response.headers.get('content-type')}", not application/wasm: ${url}`, FIX_CORS.replace('"Access-Control-Allow-Origin: *"', '"Content-Type: application/wasm" for .wasm files'));
    }
  }
  if (missingCors.length) {
    fail(`Inside a WordPress post the widget cannot load its files: your host does not allow it (no Access-Control-Allow-Origin on ${missingCors.join(', ')}).`, FIX_CORS);
  } else {
    pass('Its files load inside a WordPress post (Access-Control-Allow-Origin is sent).');
  }
}

async function checkCard(html, site) {
  const tag = html.match(/<meta[^>]+property="og:image"[^>]*>/i)?.[0];
  const image = tag && attribute(tag, 'content');
  if (!image) {
    fail('The page has no share card (og:image).', 'Upload the pages build-site made.');
    return;
  }
  const response = await get(image);
  const size = response.ok ? pngSize(await response.arrayBuffer()) : null;
  if (!size || size[0] !== 1200 || size[1] !== 630) {
    fail(`The share card ${image} is missing or not a 1200×630 picture (${response.status || response.error}${size ? `, ${size.join('×')}` : ''}).`,
      'Upload the previews/ folder, and build with your real address (site in clinic.toml, or SITE_URL).');
  } else {
    pass(`The share card is there: ${image}`);
  }
}

const site = process.argv[2];
if (!site || !/^https?:\/\//.test(site)) {
  console.error('Usage: scripts/check-site https://your-clinic.example/calf-pump/');
  process.exit(2);
}
const root = site.endsWith('/') ? site : `${site}/`;
const html = await checkPage(root);
if (html) {
  await checkOembed(html, root);
  await checkFiles(html, root);
  await checkCard(html, root);
}
for (const [ok, what, fix] of results) {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) console.log(`    What to do: ${fix}`);
}
const failed = results.filter(([ok]) => !ok).length;
console.log(failed ? `\n${failed} problem${failed > 1 ? 's' : ''} to fix.` : '\nEverything a blog post needs is in place.');
process.exit(failed ? 1 : 0);
