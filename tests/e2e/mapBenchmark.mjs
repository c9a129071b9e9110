// The map at a large size (the C# test serves 20,000 nodes and 100,000 relationships): it must load and draw all of
// them, and this measures how long that takes and how smooth it stays. Figures go to <artefacts>/map-benchmark.json
// (recorded in docs/benchmarks.md); nothing here fails on time, which depends on the machine.
// Waits are five times E2E_TIMEOUT_MS: loading a large graph on a loaded two-core machine is slow, and slowness is what
// this measures rather than fails on.
// Usage: node mapBenchmark.mjs <server url> <artefacts dir> --analyst-key K --threat KEY --nodes N --relationships M
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, signIn, guardOrigin, countNonBackgroundPixels, timeout } from './mapSupport.mjs';

const log = (message) => console.log(`map-benchmark: ${message}`);

function parseArguments(argv) {
  const [serverUrl, artefacts, ...rest] = argv;
  const option = (name) => {
    const index = rest.indexOf(name);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  if (!serverUrl || !artefacts || !option('--analyst-key') || !option('--threat')) {
    throw new Error('Usage: node mapBenchmark.mjs <server url> <artefacts dir> --analyst-key K --threat KEY --nodes N --relationships M');
  }
  return {
    base: new URL(serverUrl), artefacts: path.resolve(artefacts), key: option('--analyst-key'), threat: option('--threat'),
    nodes: Number(option('--nodes') ?? 0), relationships: Number(option('--relationships') ?? 0),
  };
}

function summarise(deltas) {
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const total = deltas.reduce((s, d) => s + d, 0);
  return {
    frames: deltas.length,
    fps: Number((deltas.length / (total / 1000)).toFixed(1)),
    p50Ms: Number(at(0.5).toFixed(1)),
    p95Ms: Number(at(0.95).toFixed(1)),
    maxMs: Number(sorted.at(-1).toFixed(1)),
  };
}

/** Records requestAnimationFrame intervals for `ms` while `action` (run in the page) moves things. */
function frameTimes(page, ms, action) {
  return page.evaluate(async ([duration, actionSource]) => {
    const deltas = [];
    let last = performance.now();
    const end = last + duration;
    const act = actionSource ? new Function('map', actionSource) : null;
    if (act) act(window.raregraphMap);
    await new Promise((resolve) => {
      const tick = (now) => {
        deltas.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    return deltas.slice(1);
  }, [ms, action]);
}

/** Milliseconds from an action in the page until two frames have been drawn after it. */
function timeToDraw(page, actionSource) {
  return page.evaluate(async (source) => {
    const start = performance.now();
    await new Function('map', source)(window.raregraphMap);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return Number((performance.now() - start).toFixed(1));
  }, actionSource);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  await mkdir(options.artefacts, { recursive: true });
  const browser = await launch();
  const figures = {
    when: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(1))),
    viewport: '1280x800',
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = guardOrigin(page, options.base, log);
    await page.goto(new URL('/', options.base).href, { timeout });
    await page.waitForSelector('[data-testid="sign-in"] input', { timeout: timeout * 5 });
    await signIn(page, options.key, 'ANALYST', { waitForMap: false });
    log('signed in; measuring a fresh load');

    // A fresh load of the whole network, timed by the page's own marks (from navigation start).
    await page.goto(new URL('/', options.base).href, { timeout: timeout * 5 });
    await page.waitForFunction(() => document.body.dataset.ready === 'all', null, { timeout: timeout * 5 });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
      .map((m) => [m.name.replace('raregraph:', ''), Math.round(m.startTime)])));
    const drawn = await page.evaluate(() => ({ nodes: window.raregraphMap.network.graph.order, relationships: window.raregraphMap.network.graph.size }));
    const requests = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql')).length);
    figures.load = {
      dataLoadedMs: marks['data-loaded'], networkDrawnMs: marks['network-drawn'], graphqlRequests: requests, ...drawn,
    };
    log(`loaded ${drawn.nodes} nodes and ${drawn.relationships} relationships: data at ${marks['data-loaded']} ms, drawn at ${marks['network-drawn']} ms, ${requests} GraphQL requests`);
    if (options.nodes && drawn.nodes !== options.nodes) throw new Error(`The map drew ${drawn.nodes} nodes, the server holds ${options.nodes}.`);
    if (options.relationships && drawn.relationships !== options.relationships) {
      throw new Error(`The map drew ${drawn.relationships} relationships, the server holds ${options.relationships}.`);
    }

    figures.framesWhileLayoutRuns = summarise(await frameTimes(page, 3000, null));
    await page.waitForTimeout(6000); // the layout worker stops by itself after its budget
    figures.framesIdle = summarise(await frameTimes(page, 2000, null));
    figures.framesZoomAndPan = summarise(await frameTimes(page, 4000, `
      const camera = map.network.renderer.getCamera();
      camera.animate({ ratio: 0.15, x: 0.4, y: 0.6 }, { duration: 1300 })
        .then(() => camera.animate({ x: 0.6, y: 0.4 }, { duration: 1200 }))
        .then(() => camera.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: 1300 }));`));
    log(`frames: layout ${JSON.stringify(figures.framesWhileLayoutRuns)}, idle ${JSON.stringify(figures.framesIdle)}, zoom+pan ${JSON.stringify(figures.framesZoomAndPan)}`);

    figures.interactionsMs = {
      asOfChange: await timeToDraw(page, `
        const input = document.querySelector('[data-testid="as-of"] input[type="range"]');
        input.value = String(Number(input.value) - 3000);
        input.dispatchEvent(new Event('change', { bubbles: true }));`),
      kindFilter: await timeToDraw(page, `document.querySelector('#filter-kinds input').click();`),
      search: await timeToDraw(page, `
        const input = document.getElementById('search-input');
        input.value = 'Organisation 01234';
        input.dispatchEvent(new Event('input'));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));`),
    };
    const impactStart = Date.now();
    await page.goto(new URL(`/?threat=${options.threat}`, options.base).href, { timeout: timeout * 5 });
    await page.waitForFunction(() => document.body.dataset.ready === 'all' && document.querySelectorAll('[data-testid="impact-row"]').length > 0,
      null, { timeout: timeout * 5 });
    figures.interactionsMs.openWithImpact = Date.now() - impactStart;
    log(`interactions: ${JSON.stringify(figures.interactionsMs)}`);

    await page.waitForTimeout(6500);
    const shot = path.join(options.artefacts, 'map-benchmark.png');
    await page.screenshot({ path: shot });
    const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
    const pixels = await countNonBackgroundPixels(shot, box);
    figures.screenshotNonBackgroundPixels = pixels;
    if (pixels < 2000) throw new Error(`The large network's canvas looks blank (${pixels} non-background pixels).`);
    if (problems.length) throw new Error(`The page misbehaved:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
  }
  const file = path.join(options.artefacts, 'map-benchmark.json');
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
  log(`figures written to ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`map-benchmark: FAILED: ${error?.message ?? error}`);
    process.exit(1);
  },
);
