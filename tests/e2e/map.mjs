// The alliance map at / in headless Chromium, against a server holding the demo data:
//   1. open /, sign in with an ANALYST key (the sign-in form, Enter);
//   2. open /?threat=threat:2023-hu-sovereignty-protection-act; impact-list holds exactly the entries of the impact
//      query, in its order, with its scores, hops and cross-border flags;
//   3. a click on a row highlights that entry's explaining path (DOM state) and opens entity-panel;
//   4. moving the as-of slider redraws: the list changes and equals the impact query at the new date;
//   5. a VIEWER run: no restricted defender field (name or value) anywhere in the DOM or in any response;
//   6. a phone-width run, panels stacked;
//   7. the timeline draws the threatCounts(by: [YEAR, CATEGORY]) answer, segment for segment (the page asks the store to
//      count instead of paging through every event), a click on a segment lists exactly that bucket's events, and a
//      live event moves the counts to the new answer.
// Each step saves a screenshot, and each screenshot must show a canvas that is not blank (non-background pixels).
// Along the way it also takes the downloads (PNG, SVG, impact CSV), plays the spread, compares two dates, moves through
// nodes with the keyboard, opens a shared link with focus=, and records an event as an EDITOR to see it arrive live.
// Usage: node map.mjs <server url> <artefacts dir> --analyst-key K --viewer-key K --editor-key K
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, signIn, openMap, countNonBackgroundPixels, guardOrigin, graphqlAs, timeout } from './mapSupport.mjs';

const threatKey = 'threat:2023-hu-sovereignty-protection-act';
const restrictedFields = ['legalName', 'contact', 'location', 'riskLevel'];
// The demo data's restricted values (all fictional): none may reach a VIEWER's browser.
const restrictedValues = ['Fictional Person', '@example.invalid'];
const minimumPixels = 2000;

function parseArguments(argv) {
  const [serverUrl, artefacts, ...rest] = argv;
  const option = (name) => {
    const index = rest.indexOf(name);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  if (!serverUrl || !artefacts || !option('--analyst-key') || !option('--viewer-key') || !option('--editor-key')) {
    throw new Error('Usage: node map.mjs <server url> <artefacts dir> --analyst-key K --viewer-key K --editor-key K');
  }
  return {
    base: new URL(serverUrl), artefacts: path.resolve(artefacts),
    analystKey: option('--analyst-key'), viewerKey: option('--viewer-key'), editorKey: option('--editor-key'),
  };
}

const log = (message) => console.log(`map: ${message}`);

function fail(message) {
  throw new Error(message);
}

async function impactEntries(base, key, at) {
  const entries = [];
  let after = null;
  for (;;) {
    const data = await graphqlAs(base, key, `query($t: String!, $at: Date, $after: String) { impact(threatKey: $t, at: $at) { at
      affected(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { organisation { key } score hops crossBorder path { nodes { key } } } } } }`,
    { t: threatKey, at: at ?? null, after });
    entries.push(...data.impact.affected.nodes);
    if (!data.impact.affected.pageInfo.hasNextPage) return { at: data.impact.at, entries };
    after = data.impact.affected.pageInfo.endCursor;
  }
}

const countsQuery = '{ threatCounts(by: [YEAR, CATEGORY]) { keys count } }';

/** The timeline's segments as "year|category=count", sorted, to compare with the threatCounts answer. */
async function timelineBuckets(page) {
  return page.$$eval('[data-testid="timeline"] .count-bar', (bars) => bars.map((b) => `${b.dataset.year}|${b.dataset.category}=${b.dataset.count}`).sort());
}

async function threatCountBuckets(base, key) {
  const data = await graphqlAs(base, key, countsQuery);
  return data.threatCounts.map((b) => `${b.keys[0]}|${b.keys[1]}=${b.count}`).sort();
}

async function assertTimelineEqualsCounts(page, base, key, when) {
  const expected = await threatCountBuckets(base, key);
  try {
    await page.waitForFunction((wanted) => {
      const bars = [...document.querySelectorAll('[data-testid="timeline"] .count-bar')];
      return bars.map((b) => `${b.dataset.year}|${b.dataset.category}=${b.dataset.count}`).sort().join() === wanted.join();
    }, expected, { timeout });
  } catch {
    fail(`${when}: the timeline shows ${JSON.stringify(await timelineBuckets(page))}, threatCounts answers ${JSON.stringify(expected)}.`);
  }
  return expected;
}

async function timelineBucketLists(page, base, key) {
  const threat = (await graphqlAs(base, key, '{ threats(where: { key: { eq: "' + threatKey + '" } }) { nodes { occurredOn category } } }')).threats.nodes[0];
  const year = threat.occurredOn.slice(0, 4);
  await page.click(`[data-testid="timeline"] .count-bar[data-year="${year}"][data-category="${threat.category}"]`);
  const where = { occurredOn: { gte: `${year}-01-01`, lte: `${year}-12-31` }, category: { eq: threat.category } };
  const answer = await graphqlAs(base, key, 'query($where: ThreatFilter) { threats(where: $where, first: 50) { nodes { key } } }', { where });
  const wanted = answer.threats.nodes.map((n) => n.key).sort();
  try {
    await page.waitForFunction((keys) => [...document.querySelectorAll('#threat-options [data-key]')].map((o) => o.dataset.key).sort().join() === keys.join(), wanted, { timeout });
  } catch {
    const shown = await page.$$eval('#threat-options [data-key]', (os) => os.map((o) => o.dataset.key));
    fail(`Clicking the timeline's ${year} ${threat.category} segment lists ${JSON.stringify(shown)}, the threats query ${JSON.stringify(wanted)}.`);
  }
  await page.click('.bucket-chip');
  log(`a click on the timeline's ${year} ${threat.category} segment listed exactly its ${wanted.length} event(s)`);
}

/** The drawn node and relationship counts the status line shows ("130 nodes · 188 relationships"). */
async function drawnCounts(page) {
  const [nodes, relationships] = ((await page.textContent('#graph-status')) ?? '').match(/[\d,]+/g).map((n) => Number(n.replaceAll(',', '')));
  return { nodes, relationships };
}

/** A kind filter hides exactly that kind; a click on a country on the Europe map narrows the network to it. */
async function filtersAndCountryClick(page) {
  const all = await drawnCounts(page);
  const defenders = await page.evaluate(() => {
    const { network } = window.raregraphMap;
    return network.graph.filterNodes((n, a) => a.kind === 'DEFENDER' && network.nodeVisible(n, a)).length;
  });
  const chip = page.locator('#filter-kinds label', { hasText: 'Defender' }).locator('input');
  await chip.uncheck();
  const withoutDefenders = await drawnCounts(page);
  if (withoutDefenders.nodes !== all.nodes - defenders) fail(`Hiding defenders drew ${withoutDefenders.nodes} nodes, expected ${all.nodes - defenders}.`);
  await chip.check();

  await page.click('[data-testid="europe-map"] path.country[data-key="HU"]');
  if (await page.inputValue('#filter-jurisdiction') !== 'HU') fail('A click on Hungary did not set the country filter.');
  const hungary = await drawnCounts(page);
  const outside = await page.evaluate(() => {
    const { network } = window.raregraphMap;
    return network.graph.filterNodes((n, a) => network.nodeVisible(n, a) && n !== 'HU' && a.basedIn !== 'HU' && !network.neighbourOfJurisdiction(n)).length;
  });
  if (!(hungary.nodes < all.nodes) || outside > 0) fail(`A click on Hungary drew ${hungary.nodes} of ${all.nodes} nodes, ${outside} unrelated to it.`);
  await page.click('[data-testid="europe-map"] path.country[data-key="HU"]');
  if (await page.inputValue('#filter-jurisdiction') !== '') fail('A second click on Hungary did not clear the country filter.');
  log(`filters: hiding defenders drew ${withoutDefenders.nodes} of ${all.nodes} nodes; a click on Hungary drew ${hungary.nodes} (its entities and their neighbours)`);
}

async function listedRows(page) {
  return page.$$eval('[data-testid="impact-list"] [data-testid="impact-row"]', (rows) => rows.map((row) => ({
    key: row.dataset.key, score: Number(row.dataset.score), hops: Number(row.dataset.hops), crossBorder: row.dataset.crossBorder === 'true',
  })));
}

function assertSameEntries(rows, expected, when) {
  if (rows.length !== expected.length) fail(`${when}: impact-list has ${rows.length} rows, the impact query ${expected.length} entries.`);
  expected.forEach((entry, i) => {
    const row = rows[i];
    if (row.key !== entry.organisation.key || Math.abs(row.score - entry.score) > 1e-9 || row.hops !== entry.hops || row.crossBorder !== entry.crossBorder) {
      fail(`${when}: row ${i + 1} is ${JSON.stringify(row)}, the impact query has ${JSON.stringify({ key: entry.organisation.key, score: entry.score, hops: entry.hops, crossBorder: entry.crossBorder })}.`);
    }
  });
}

async function screenshot(page, artefacts, name) {
  const file = path.join(artefacts, `map-${name}.png`);
  await page.screenshot({ path: file });
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  const pixels = await countNonBackgroundPixels(file, box);
  log(`screenshot ${file}: ${pixels} non-background pixels in graph-canvas`);
  if (pixels < minimumPixels) fail(`${name}: the network canvas looks blank (${pixels} non-background pixels, expected at least ${minimumPixels}).`);
  return file;
}

async function analystRun(browser, base, artefacts, analystKey, editorKey) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = guardOrigin(page, base, log);
  const operations = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/graphql')) operations.push(request.postData() ?? '');
  });
  await openMap(page, base, '/');
  await signIn(page, analystKey, 'ANALYST');
  log('signed in as ANALYST through the sign-in form');

  await openMap(page, base, `/?threat=${threatKey}`);
  const expected = await impactEntries(base, analystKey);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="impact-row"]').length === n, expected.entries.length);
  assertSameEntries(await listedRows(page), expected.entries, `as of ${expected.at}`);
  log(`impact-list holds the impact query's ${expected.entries.length} entries (as of ${expected.at})`);
  for (const hook of ['sign-in', 'graph-canvas', 'europe-map', 'threat-picker', 'timeline', 'as-of', 'impact-list', 'legend']) {
    if (hook === 'sign-in') continue; // replaced by the role badge once signed in
    if (!await page.locator(`[data-testid="${hook}"]`).isVisible()) fail(`data-testid="${hook}" is not visible.`);
  }
  await page.waitForSelector('[data-testid="europe-map"] path.country.event');
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .map((m) => [m.name.replace('raregraph:', ''), Math.round(m.startTime)])));
  await writeFile(path.join(artefacts, 'map-demo-load.json'), `${JSON.stringify(marks, null, 2)}\n`);
  log(`demo graph: data loaded ${marks['data-loaded']} ms and network drawn ${marks['network-drawn']} ms after navigation start`);
  await screenshot(page, artefacts, '1-impact');

  const buckets = await assertTimelineEqualsCounts(page, base, analystKey, 'after loading');
  if (!operations.some((body) => body.includes('threatCounts'))) fail('The page drew the timeline without asking threatCounts.');
  const pagedThreats = operations.filter((body) => /threats\(/.test(body) && /after/.test(body));
  if (pagedThreats.length) fail(`The page paged through threats: ${pagedThreats[0].slice(0, 200)}`);
  log(`the timeline's ${buckets.length} segments equal threatCounts(by: [YEAR, CATEGORY])`);
  await timelineBucketLists(page, base, analystKey);
  await filtersAndCountryClick(page);

  const target = expected.entries.find((e) => e.hops >= 2) ?? expected.entries.find((e) => e.hops >= 1) ?? expected.entries[0];
  await page.click(`[data-testid="impact-row"][data-key="${target.organisation.key}"]`);
  await page.waitForSelector('[data-testid="entity-panel"]:not([hidden])');
  const highlighted = await page.getAttribute('[data-testid="graph-canvas"]', 'data-highlighted-path');
  const wanted = target.path.nodes.map((n) => n.key);
  if (highlighted.split(' ').sort().join(' ') !== [...wanted].sort().join(' ')) {
    fail(`The highlighted path is "${highlighted}", the entry's path is "${wanted.join(' ')}".`);
  }
  const row = page.locator(`[data-testid="impact-row"][data-key="${target.organisation.key}"]`);
  if (await row.getAttribute('aria-selected') !== 'true') fail('The clicked row is not marked selected.');
  if (await page.getAttribute('[data-testid="entity-panel"]', 'data-key') !== target.organisation.key) fail('entity-panel shows another entity.');
  log(`row click highlighted the ${target.hops}-hop path ${wanted.join(' > ')} and opened entity-panel`);
  await page.waitForTimeout(700); // the camera's fly-to
  await screenshot(page, artefacts, '2-path');
  await takeDownloads(page, artefacts, target.organisation.key);

  const before = (await listedRows(page)).map((r) => `${r.key}:${r.score}`).join();
  const earlier = '2016-06-01';
  await page.locator('[data-testid="as-of"] input[type="range"]').evaluate((input, date) => {
    input.value = String(Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, earlier);
  const then = await impactEntries(base, analystKey, earlier);
  await page.waitForFunction((text) => {
    const rows = [...document.querySelectorAll('[data-testid="impact-row"]')].map((r) => `${r.dataset.key}:${r.dataset.score}`).join();
    return rows !== text && rows.length > 0;
  }, before);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="impact-row"]').length === n, then.entries.length);
  assertSameEntries(await listedRows(page), then.entries, `as of ${earlier}`);
  if (!page.url().includes(`at=${earlier}`)) fail(`The URL does not hold the as-of date: ${page.url()}`);
  log(`moving as-of to ${earlier} changed the list to the impact query's ${then.entries.length} entries at that date`);
  await page.keyboard.press('Escape');
  await screenshot(page, artefacts, '3-as-of');

  await page.click('[role="tab"][data-view="countries"]');
  await page.waitForTimeout(500);
  await screenshot(page, artefacts, '4-countries');
  await page.click('[role="tab"][data-view="table"]');
  const tableRows = await page.locator('#network-table tbody tr').count();
  if (tableRows < 100) fail(`The network's table view has ${tableRows} rows.`);
  await page.click('[role="tab"][data-view="network"]');
  log(`countries view drawn; the table view lists ${tableRows} nodes`);

  await page.click('#spread-button');
  await page.waitForSelector('#spread-status:not([hidden]):has-text("Hop 1")', { timeout });
  log(`spread animation: ${await page.textContent('#spread-status')}`);
  await page.click('#spread-button');

  await page.check('#compare-toggle');
  await page.fill('#compare-date', '2024-06-01');
  await page.dispatchEvent('#compare-date', 'change');
  const summary = await page.textContent('#compare-summary');
  if (!/\d+ relationships? appeared/.test(summary ?? '')) fail(`No comparison summary: "${summary}"`);
  await screenshot(page, artefacts, '7-compare');
  log(`compare: ${summary}`);
  await page.uncheck('#compare-toggle');

  await page.focus('[data-testid="graph-canvas"]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="entity-panel"]:not([hidden])');
  const reached = await page.getAttribute('[data-testid="entity-panel"]', 'data-key');
  log(`keyboard: arrows and Enter opened ${reached}`);
  await page.keyboard.press('Escape');

  await openMap(page, base, `/?threat=${threatKey}&focus=${encodeURIComponent(target.organisation.key)}`);
  await page.waitForSelector(`[data-testid="entity-panel"][data-key="${target.organisation.key}"]:not([hidden])`);
  log('a shared link with focus= opens that entity');

  await liveEvent(page, base, editorKey);
  await context.close();
  return problems;
}

async function takeDownloads(page, artefacts, organisationKey) {
  await page.keyboard.press('Escape'); // the panel may cover the download buttons at 1280 px
  const take = async (testId) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout }), page.click(`[data-testid="${testId}"]`)]);
    const file = path.join(artefacts, `map-download-${download.suggestedFilename()}`);
    await download.saveAs(file);
    return file;
  };
  const png = await take('download-png');
  const image = await readFile(png);
  if (image.subarray(1, 4).toString() !== 'PNG') fail(`${png} is not a PNG.`);
  const pixels = await countNonBackgroundPixels(png, { x: 0, y: 0, width: 10_000, height: 10_000 });
  if (pixels < minimumPixels) fail(`The downloaded PNG looks blank (${pixels} non-background pixels).`);
  const svg = await readFile(await take('download-svg'), 'utf8');
  if (!svg.startsWith('<svg') || !svg.includes('<circle')) fail('The downloaded SVG holds no drawing.');
  const csv = await readFile(await take('download-csv'), 'utf8');
  if (!csv.includes(organisationKey)) fail('The downloaded impact CSV does not list the selected organisation.');
  if (!csv.startsWith('rank,key,name,kind,country,score,hops,crossBorder,path')) fail('The impact CSV was not written by GET /export/impact.csv.');
  log(`downloads: PNG (${pixels} non-background pixels), SVG (${svg.length} characters), impact CSV (${csv.split('\n').length - 1} lines)`);
}

async function liveEvent(page, base, editorKey) {
  await page.waitForSelector('#live-status.on', { timeout });
  const key = `threat:e2e-live-${Date.now()}`;
  const title = 'E2E live event (recorded by the map test)';
  await graphqlAs(base, editorKey, 'mutation($input: RecordThreatInput!) { recordThreat(input: $input) { threat { key } } }', {
    input: { key, title, category: 'OTHER', occurredOn: '2024-05-05', jurisdictionKey: 'HU' },
  });
  await page.waitForSelector(`[data-testid="toast"]:has-text("${title}")`, { timeout });
  await page.waitForSelector(`[data-testid="timeline"] [data-key="${key}"]`, { timeout });
  await assertTimelineEqualsCounts(page, base, editorKey, 'after a live event');
  log('live: an event recorded by an EDITOR appeared on the timeline with a toast, and the counts moved to threatCounts\' new answer');
}

async function viewerRun(browser, base, artefacts, viewerKey) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = guardOrigin(page, base, log);
  const bodies = [];
  page.on('response', async (response) => {
    const body = await response.text().catch(() => '');
    bodies.push({ url: response.url(), type: response.headers()['content-type'] ?? '', body });
  });
  const frames = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  await openMap(page, base, '/');
  await signIn(page, viewerKey, 'VIEWER');
  await openMap(page, base, `/?threat=${threatKey}`);
  if (await page.locator('[data-testid="impact-list"]').isVisible()) fail('A VIEWER sees the impact list, which needs ANALYST.');
  // Open a defender's panel: the page must not ask for what the role may not read.
  const defender = await page.evaluate(() => window.raregraphMap.network.graph.filterNodes((n, a) => a.entityLabel === 'DEFENDER')[0]);
  await page.fill('#search-input', defender);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('[data-testid="entity-panel"] .restricted-note');
  await page.waitForTimeout(500);
  await screenshot(page, artefacts, '5-viewer');
  const dom = await page.content();
  await context.close();

  const leaks = [];
  for (const value of restrictedValues) {
    if (dom.includes(value)) leaks.push(`the DOM holds "${value}"`);
  }
  for (const { url, type, body } of bodies) {
    for (const value of restrictedValues) if (body.includes(value)) leaks.push(`${url} holds "${value}"`);
    if (type.includes('json')) {
      for (const field of restrictedFields) if (body.includes(`"${field}"`)) leaks.push(`${url} answered a "${field}" field`);
    }
  }
  for (const frame of frames) {
    for (const field of restrictedFields) if (frame.includes(`"${field}"`)) leaks.push(`a WebSocket frame holds "${field}"`);
  }
  if (leaks.length) fail(`Restricted data reached a VIEWER:\n${leaks.join('\n')}`);
  log(`VIEWER run: ${bodies.length} responses and the DOM hold no restricted field or value`);
  return problems;
}

async function phoneRun(browser, base, artefacts, analystKey) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = guardOrigin(page, base, log);
  await openMap(page, base, '/');
  await signIn(page, analystKey, 'ANALYST');
  await openMap(page, base, `/?threat=${threatKey}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 400) fail(`At phone width the page scrolls sideways (${width}px wide).`);
  await screenshot(page, artefacts, '6-phone');
  await context.close();
  return problems;
}

async function main() {
  const { base, artefacts, analystKey, viewerKey, editorKey } = parseArguments(process.argv.slice(2));
  await mkdir(artefacts, { recursive: true });
  const browser = await launch();
  const problems = [];
  try {
    problems.push(...await analystRun(browser, base, artefacts, analystKey, editorKey));
    problems.push(...await viewerRun(browser, base, artefacts, viewerKey));
    problems.push(...await phoneRun(browser, base, artefacts, analystKey));
  } finally {
    await browser.close();
  }
  if (problems.length) fail(`The page misbehaved:\n${problems.join('\n')}`);
  log('passed');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`map: FAILED: ${error?.message ?? error}`);
    process.exit(1);
  },
);
