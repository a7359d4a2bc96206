// `npm run bench`: builds the app, serves it (gzip) on 127.0.0.1, and measures it in headless
// Chromium. Prints a table and writes bench-results/bench.json. Timings vary with the machine
// and its load: compare runs on the same machine, and read medians.
import { exec, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { firstViewBytes, BUDGET } from './first-view-bytes.mjs';
import { startServer } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './check-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'bench-results');
const TMP = path.join(ROOT, '.tmp');
const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = 15;
const CLICKS = 15;
const SHARE_OPENS = 7;
const CYCLES = 200;
const ALL_LAYERS = 'btc,sgc,igb,btk,bnp,wrep,instc,middle-corridor,tcgp,zangezur';

const execAsync = promisify(exec);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Records, in the page, when the map has drawn its countries (the same test for app and floor):
 * both draw the 237 countries at once in Leaflet's overlay pane, and the app's other shapes
 * there (links, routes, markers: under 100) come after them.
 */
const DRAWN_PROBE = () => {
  const check = () => {
    if (document.querySelectorAll('.leaflet-overlay-pane path').length > 200) {
      requestAnimationFrame(() => (window.__drawnAt = performance.now()));
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => check() && obs.disconnect()).observe(document, { childList: true, subtree: true });
};

/** Moves the pointer as a reader would, which fetches the panel code, and waits for it. */
async function engage(page) {
  await page.mouse.move(10, 300);
  await page.waitForLoadState('networkidle');
  // The panels load on idle and are warmed once off screen; a reader's first click comes later.
  await page.waitForFunction(
    () =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/SelectionPanel-')) && !document.querySelector('.panel-warmup'),
  );
  await page.waitForTimeout(500);
}

async function newPage(browser, { throttle = 1, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/** Time from navigation start to the countries drawn, with 4× CPU throttling. */
async function timeToMap(browser, url) {
  const { context, page } = await newPage(browser, { throttle: 4 });
  await page.addInitScript(DRAWN_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__drawnAt !== undefined, null, { timeout: 60_000 });
  const drawnAt = await page.evaluate(() => window.__drawnAt);
  await context.close();
  return drawnAt;
}

/**
 * Median load times of the app and of the floor, loaded in turn so that a change in the
 * machine's load during the run weighs on both alike; and the spread of the pairs' ratios.
 */
async function loadTimes(browser) {
  const app = [];
  const floor = [];
  for (let i = 0; i < LOADS; i++) {
    app.push(await timeToMap(browser, `${BASE}/`));
    floor.push(await timeToMap(browser, `${BASE}/__floor/index.html`));
  }
  const ratios = app.map((t, i) => t / floor[i]);
  return { app: median(app), floor: median(floor), pairRatios: { min: round(Math.min(...ratios), 2), max: round(Math.max(...ratios), 2) } };
}

/** Time from a click on a country to its panel painted, with 4× CPU throttling: the median, and the first click's. */
async function clickToPanel(browser) {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE}/#map=4.5/43/42&layers=`);
  await page.waitForSelector('path.country-TUR');
  await engage(page);
  // Countries wholly in view whose box centre lies inside them.
  const targets = [
    ['TUR', 'Türkiye'],
    ['IRN', 'Iran'],
    ['SYR', 'Syria'],
    ['TKM', 'Turkmenistan'],
    ['IRQ', 'Iraq'],
    ['AZE', 'Azerbaijan'],
    ['GEO', 'Georgia'],
  ];
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (let i = 0; i < CLICKS; i++) {
    const [id, name] = targets[i % targets.length];
    const box = await page.locator(`path.country-${id}`).boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('class') ?? '', { x, y });
    if (!hit.includes(`country-${id}`) && !hit.includes('small-place')) throw new Error(`the centre of ${id} is not on ${id} (${hit})`);
    // Armed before the click (and awaited after it), so the listener is surely in place.
    await page.evaluate((title) => {
      window.__panelTime = new Promise((resolve) => {
        let t0 = 0;
        addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
        const obs = new MutationObserver(() => {
          const heading = document.getElementById('detail-title');
          if (t0 && heading?.textContent?.includes(title)) {
            obs.disconnect();
            // The next frame after the DOM change is when the panel is painted.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }
        });
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, name);
    // The pointer arrives first, as a reader's does: the hover (the tooltip) is not part of the click.
    await page.mouse.move(x, y);
    await page.waitForTimeout(150);
    await page.mouse.down();
    await page.mouse.up();
    times.push(
      await page.evaluate(() =>
        Promise.race([window.__panelTime, new Promise((_, no) => setTimeout(() => no(new Error('no panel')), 15_000))]),
      ),
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('#detail-title', { state: 'detached' });
    // The map regains the panel's width and redraws its shapes after the next paint: let it.
    await page.waitForTimeout(300);
  }
  await context.close();
  return { median: round(median(times)), first: round(times[0]), all: times.map((t) => round(t)) };
}

/**
 * Time from a press on Share to the dialog painted, the first time in a page (its code loads
 * then), with 4× CPU throttling: the median of SHARE_OPENS fresh pages, each with a panel open.
 */
async function shareDialogOpen(browser) {
  const times = [];
  for (let i = 0; i < SHARE_OPENS; i++) {
    const { context, page, cdp } = await newPage(browser);
    await page.goto(`${BASE}/#sel=country:TUR`);
    await page.waitForSelector('#detail-title');
    await engage(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      window.__dialogTime = new Promise((resolve) => {
        let t0 = 0;
        addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
        new MutationObserver((_, obs) => {
          if (t0 && document.querySelector('dialog.share-dialog[open]')) {
            obs.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }
        }).observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    });
    await page.getByRole('button', { name: 'Share' }).click();
    times.push(await page.evaluate(() => window.__dialogTime));
    await context.close();
  }
  return { median: round(median(times)), all: times.map((t) => round(t)) };
}

/** The lowest frame rate over any half-second wholly inside one of the `spans` ([start, end] ms). */
function worstHalfSecond(frames, spans) {
  let worst = Infinity;
  for (const [start, end] of spans) {
    const inside = frames.filter((t) => t >= start && t <= end);
    for (let i = 0, j = 0; i < inside.length; i++) {
      while (inside[j] < inside[i] - 500) j++;
      if (inside[i] - 500 >= start) worst = Math.min(worst, (i - j) / 0.5);
    }
  }
  return worst;
}

/**
 * Frames per second while dragging and wheel-zooming the map with every overlay on: the
 * average, and the worst half-second while panning and while zooming, apart.
 */
async function panFps(browser) {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE}/#map=5/41/45&layers=${ALL_LAYERS}`);
  await page.waitForSelector('path.route-hit-tcgp');
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => {
      window.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const now = () => page.evaluate(() => performance.now());
  const box = await page.locator('.leaflet-container').boundingBox();
  const cx = box.x + box.width / 3;
  const cy = box.y + box.height / 2;
  const pans = [];
  const zooms = [];
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    const panStart = await now();
    await page.mouse.down();
    await page.mouse.move(cx + 250, cy + 80, { steps: 40 });
    await page.mouse.move(cx - 150, cy - 60, { steps: 40 });
    await page.mouse.up();
    const zoomStart = await now();
    pans.push([panStart, zoomStart]);
    for (let z = 0; z < 3; z++) {
      await page.mouse.wheel(0, round % 2 ? 120 : -120);
      await page.waitForTimeout(120);
    }
    // A press during a zoom animation is a click, not a drag: let the last zoom settle.
    await page.waitForTimeout(300);
    zooms.push([zoomStart, await now()]);
  }
  const frames = await page.evaluate(() => window.__frames);
  if (new URLSearchParams(new URL(page.url()).hash.slice(1)).has('sel'))
    throw new Error('the pan test selected something: a drag became a click');
  await context.close();
  const span = (frames.at(-1) - frames[0]) / 1000;
  return {
    average: round(frames.length / span),
    panWorst500ms: round(worstHalfSecond(frames, pans)),
    zoomWorst500ms: round(worstHalfSecond(frames, zooms)),
  };
}

/** JS heap growth (after garbage collection) over 200 select / toggle / close cycles. */
async function heapGrowth(browser) {
  const { context, page, cdp } = await newPage(browser);
  await page.goto(`${BASE}/`);
  await page.waitForSelector('path.country-AZE');
  await engage(page);
  // Twice: a collection can leave garbage that only the next one frees.
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  const ids = ['country:TUR', 'route:btc', 'org:cis', 'country:GEO', 'bloc:EU', 'route:tap'];
  const cycle = async (n) =>
    page.evaluate(
      async ({ n, ids }) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        for (let i = 0; i < n; i++) {
          location.hash = `#sel=${ids[i % ids.length]}`;
          await frame();
          document.querySelector('.layers-control input[type=checkbox]')?.click();
          await frame();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
          await frame();
        }
      },
      { n, ids },
    );
  await cycle(50); // warm up: lazy chunks, compiled code and caches reach their steady size
  const before = await used();
  await cycle(CYCLES);
  const after = await used();
  await context.close();
  return { beforeMb: round(before, 2), afterMb: round(after, 2), growthMb: round(after - before, 2) };
}

/**
 * Lighthouse scores and load metrics, through its CLI (mobile is its default preset). Run
 * asynchronously: the server it loads from lives in this process.
 */
async function lighthouse(url, preset, label) {
  const out = path.join(TMP, `lighthouse-${label}.json`);
  const flags = [
    `"${url}"`,
    '--quiet',
    '--output=json',
    `--output-path="${out}"`,
    `--chrome-flags="--headless=new ${CHROMIUM_ARGS.join(' ')}"`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await execAsync(`npx lighthouse ${flags.join(' ')}`, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM, TMPDIR: TMP } });
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: round(audit('cumulative-layout-shift'), 3),
  };
}

async function main() {
  mkdirSync(TMP, { recursive: true });
  process.env.TMPDIR = TMP;
  console.log('Building…');
  execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
  const bytes = firstViewBytes(DIST);
  const server = await startServer({
    root: DIST,
    port: PORT,
    extra: {
      '/__floor/index.html': path.join(ROOT, 'scripts/bench-floor.html'),
      '/__floor/leaflet.js': path.join(ROOT, 'node_modules/leaflet/dist/leaflet.js'),
      '/__floor/leaflet.css': path.join(ROOT, 'node_modules/leaflet/dist/leaflet.css'),
      '/__floor/topojson-client.min.js': path.join(ROOT, 'node_modules/topojson-client/dist/topojson-client.min.js'),
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // `npm run bench -- click` (or load, fps, heap) runs one measure alone, for working on it.
  const only = {
    load: () => loadTimes(browser),
    click: () => clickToPanel(browser),
    fps: () => panFps(browser),
    heap: () => heapGrowth(browser),
    share: () => shareDialogOpen(browser),
  }[process.argv[2]];
  if (only) {
    console.log(await only());
    await browser.close();
    server.close();
    return;
  }
  try {
    console.log('Loading (app and floor)…');
    const { app: appLoad, floor: floorLoad, pairRatios } = await loadTimes(browser);
    console.log('Click to panel…');
    const click = await clickToPanel(browser);
    console.log('Panning…');
    const fps = await panFps(browser);
    console.log('Heap…');
    const heap = await heapGrowth(browser);
    console.log('Share dialog…');
    const share = await shareDialogOpen(browser);
    console.log('Lighthouse (3 runs)…');
    const lh = {
      mobile: await lighthouse(`${BASE}/`, 'mobile', 'mobile'),
      desktop: await lighthouse(`${BASE}/`, 'desktop', 'desktop'),
      floorMobile: await lighthouse(`${BASE}/__floor/index.html`, 'mobile', 'floor-mobile'),
    };
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`,
      firstViewKb: {
        js: round(bytes.js),
        css: round(bytes.css),
        geometry: round(bytes.geometry),
        countries: round(bytes.countries),
        total: round(bytes.total),
        budget: BUDGET.totalKb,
      },
      loadToMapMs: { app: Math.round(appLoad), floor: Math.round(floorLoad), ratio: round(appLoad / floorLoad, 2), pairRatios },
      clickToPanelMs: click,
      panFps: fps,
      heap,
      shareDialogMs: share,
      lighthouse: lh,
    };
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
    const rows = [
      [
        'First view, gzip',
        `${result.firstViewKb.total} KB (JS ${result.firstViewKb.js}, CSS ${result.firstViewKb.css}, geometry ${result.firstViewKb.geometry}; countries ${result.firstViewKb.countries})`,
        '≤ 200 KB; countries ≤ 80',
      ],
      [
        'Load to map drawn, 4× CPU',
        `median ${result.loadToMapMs.app} ms vs floor ${result.loadToMapMs.floor} ms (×${result.loadToMapMs.ratio}; pairs ×${pairRatios.min}–${pairRatios.max}, ${LOADS} each)`,
        '≤ 1.3 × floor',
      ],
      [
        'Click → panel painted, 4× CPU',
        `median ${click.median} ms of ${click.all.length} clicks (${Math.min(...click.all)}–${Math.max(...click.all)}); first click ${click.first} ms`,
        'median ≤ 100 ms, first ≤ 120 ms',
      ],
      [
        'Pan and zoom, all overlays',
        `${fps.average} fps average; worst 0.5 s: ${fps.panWorst500ms} fps panning, ${fps.zoomWorst500ms} fps zooming`,
        '≥ 50 fps panning',
      ],
      ['Heap after 200 cycles', `+${heap.growthMb} MB (${heap.beforeMb} → ${heap.afterMb})`, '< 5 MB'],
      [
        'Share dialog opens, first time, 4× CPU',
        `median ${share.median} ms of ${share.all.length} pages (${Math.min(...share.all)}–${Math.max(...share.all)})`,
        'as before the exports (≈ 420 ms, 2 Dec)',
      ],
      ...['mobile', 'desktop', 'floorMobile'].map((k) => {
        const r = lh[k];
        return [
          `Lighthouse ${k}`,
          `perf ${r.performance}, a11y ${r.accessibility}, BP ${r.bestPractices}, SEO ${r.seo}; LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}`,
          k === 'desktop' ? '100 across' : k === 'mobile' ? '≥95/100/100/≥95' : 'reference',
        ];
      }),
    ];
    console.log(`\n${result.date}  ${result.machine}\n`);
    console.log('| measure | result | target |\n| --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(`\nWritten to ${path.relative(ROOT, path.join(OUT, 'bench.json'))}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
