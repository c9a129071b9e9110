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
//      live event moves the counts to the new answer;
//   8. errors from the API (an unknown event, a failing API) appear as readable messages, never a blank page.
// Each step saves a screenshot, and each screenshot must show a canvas that is not blank (non-background pixels).
// Along the way it also takes the downloads (PNG, SVG, impact CSV), plays the spread, compares two dates, moves through
// nodes with the keyboard, opens a shared link with focus=, and records an event as an EDITOR to see it arrive live.
// Usage: node map.mjs <server url> <artefacts dir> --analyst-key K --viewer-key K --editor-key K
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, signIn, openMap, countNonBackgroundPixels, guardOrigin, graphqlAs, timeout } from './mapSupport.mjs';
import { lowContrastTexts } from './contrast.mjs';

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
      affected(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { organisation { key basedIn { key } } score hops crossBorder path { nodes { key } } } } } }`,
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

/** The impact list and the Europe map's table are tables people can sort; "#" restores the impact query's order. */
async function tablesSort(page, expected) {
  await page.click('[data-testid="impact-list"] th button[data-sort="organisation"]');
  const names = await page.$$eval('[data-testid="impact-row"] td.org', (cells) => cells.map((c) => c.textContent));
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  if (names.join('|') !== sorted.join('|')) fail(`Sorting the impact list by organisation gave ${JSON.stringify(names.slice(0, 5))}…`);
  const sortState = await page.getAttribute('[data-testid="impact-list"] th:nth-child(2)', 'aria-sort');
  if (sortState !== 'ascending') fail(`The sorted impact column says aria-sort="${sortState}".`);
  await page.click('[data-testid="impact-list"] th button[data-sort="rank"]');
  assertSameEntries(await listedRows(page), expected, 'after sorting back by rank');

  await page.click('#map-table-toggle');
  const jurisdictions = await page.evaluate(() => window.raregraphMap.network.graph.filterNodes((n, a) => a.entityLabel === 'JURISDICTION').length);
  const mapRows = await page.locator('#map-table tbody tr').count();
  if (mapRows !== jurisdictions) fail(`The Europe map's table lists ${mapRows} countries, the network holds ${jurisdictions} jurisdictions.`);
  await page.click('#map-table [aria-sort] button');
  await page.click('#map-table-toggle');
  log(`tables: the impact list sorts by organisation and back to the query's order; the map's table lists all ${mapRows} jurisdictions`);
}

/** In the countries view, a click on a country's node drills into its organisations: the network, filtered to it. */
async function drillIntoCountry(page, key) {
  const point = await page.evaluate((node) => {
    const { network } = window.raregraphMap;
    return network.currentGraph().hasNode(node) ? network.renderer.framedGraphToViewport(network.renderer.getNodeDisplayData(node)) : null;
  }, key);
  if (!point) fail(`The countries view has no node ${key}.`);
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForSelector('[role="tab"][data-view="network"][aria-selected="true"]', { timeout });
  if (await page.inputValue('#filter-jurisdiction') !== key) fail(`A click on ${key} in the countries view did not filter the network to it.`);
  const drawn = await drawnCounts(page);
  await page.selectOption('#filter-jurisdiction', '');
  log(`countries view: a click on ${key} drilled into the network filtered to it (${drawn.nodes} nodes)`);
}

/** What the network draws now, read from the renderer (the page exposes it as window.raregraphMap). */
async function drawnItems(page) {
  return page.evaluate(() => {
    const { network } = window.raregraphMap;
    const renderer = network.renderer;
    const nodes = network.graph.filterNodes((n) => renderer.getNodeDisplayData(n) && !renderer.getNodeDisplayData(n).hidden);
    const edges = network.graph.filterEdges((e) => renderer.getEdgeDisplayData(e) && !renderer.getEdgeDisplayData(e).hidden);
    return { nodes, edges };
  });
}

function assertSameSet(actual, expected, what) {
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  if (missing.length || extra.length) {
    fail(`${what}: ${missing.length} missing (${missing.slice(0, 3).join(', ')}), ${extra.length} extra (${extra.slice(0, 3).join(', ')}).`);
  }
}

/**
 * Unchecking a relationship type stops drawing exactly those relationships; a minimum confidence stops drawing exactly
 * the relationships and entities less sure than it (and the relationships of entities no longer drawn).
 */
async function typeAndConfidenceFilters(page, entries) {
  const before = await drawnItems(page);
  const attributes = await page.evaluate((edges) => {
    const { graph } = window.raregraphMap.network;
    return Object.fromEntries(edges.map((e) => [e, { type: graph.getEdgeAttribute(e, 'relType'), confidence: graph.getEdgeAttribute(e, 'confidence') ?? 1 }]));
  }, before.edges);
  const counts = {};
  for (const { type } of Object.values(attributes)) counts[type] = (counts[type] ?? 0) + 1;
  const type = Object.keys(counts).filter((t) => t !== 'BASED_IN').sort((a, b) => counts[b] - counts[a])[0];
  const chip = page.locator('#filter-types label', { hasText: type.replaceAll('_', ' ').toLowerCase() }).locator('input');
  await chip.uncheck();
  const withoutType = await drawnItems(page);
  assertSameSet(withoutType.edges, before.edges.filter((e) => attributes[e].type !== type), `Without ${type}, the drawn relationships`);
  assertSameSet(withoutType.nodes, before.nodes, `Without ${type}, the drawn nodes`);
  const status = await drawnCounts(page);
  if (status.relationships !== withoutType.edges.length) fail(`The status line counts ${status.relationships} relationships, ${withoutType.edges.length} are drawn.`);
  await chip.check();
  assertSameSet((await drawnItems(page)).edges, before.edges, `With ${type} again, the drawn relationships`);

  // A threshold that some drawn relationships fall below and others meet, on the slider's 0.05 steps.
  const confidences = Object.values(attributes).map((a) => a.confidence).filter((c) => c < 1).sort((a, b) => a - b);
  if (confidences.length === 0) fail('No drawn relationship has a confidence below 1: the minConfidence check would prove nothing.');
  const threshold = Math.min(0.95, Math.ceil(confidences[Math.floor(confidences.length / 2)] * 20) / 20);
  const nodeConfidence = await page.evaluate((nodes) => {
    const { graph } = window.raregraphMap.network;
    return Object.fromEntries(nodes.map((n) => [n, graph.getNodeAttribute(n, 'confidence') ?? 1]));
  }, before.nodes);
  const setConfidence = (value) => page.locator('#filter-confidence').evaluate((input, v) => {
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
  await setConfidence(threshold);
  const sure = await drawnItems(page);
  const expectedNodes = before.nodes.filter((n) => nodeConfidence[n] >= threshold);
  const ends = await page.evaluate((edges) => Object.fromEntries(edges.map((e) => [e, window.raregraphMap.network.graph.extremities(e)])), before.edges);
  const expectedEdges = before.edges.filter((e) => attributes[e].confidence >= threshold && ends[e].every((n) => expectedNodes.includes(n)));
  if (expectedEdges.length === before.edges.length) fail(`minConfidence ${threshold} would hide no relationship: the check would prove nothing.`);
  assertSameSet(sure.edges, expectedEdges, `At minConfidence ${threshold}, the drawn relationships`);
  assertSameSet(sure.nodes, expectedNodes, `At minConfidence ${threshold}, the drawn nodes`);
  if (await page.textContent('#filter-confidence-value') !== String(threshold)) fail('The minConfidence slider does not show its value.');
  await setConfidence(0);
  assertSameSet((await drawnItems(page)).edges, before.edges, 'At minConfidence 0 again, the drawn relationships');
  // The impact is asked for again with each minConfidence: wait for the answer at 0 before going on.
  await page.waitForFunction((n) => !document.getElementById('impact-list').hasAttribute('aria-busy')
    && document.querySelectorAll('[data-testid="impact-row"]').length === n, entries.length, { timeout });
  log(`filters: without ${type} ${withoutType.edges.length} of ${before.edges.length} relationships are drawn; at minConfidence ${threshold}, ${sure.edges.length} relationships and ${sure.nodes.length} of ${before.nodes.length} nodes`);
}

/** Hovering a node shows a tooltip with its name. */
async function hoverTooltip(page) {
  const target = await page.evaluate(() => {
    const { network } = window.raregraphMap;
    const renderer = network.renderer;
    let best = null;
    network.graph.forEachNode((node, a) => {
      const d = renderer.getNodeDisplayData(node);
      if (d && !d.hidden && (!best || d.size > best.size)) best = { node, size: d.size, label: a.label, ...renderer.framedGraphToViewport(d) };
    });
    return best;
  });
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 4 });
  try {
    await page.waitForFunction((name) => {
      const tooltip = document.getElementById('tooltip');
      return !tooltip.hidden && tooltip.querySelector('strong')?.textContent === name;
    }, target.label, { timeout });
  } catch {
    fail(`Hovering ${target.node} did not show a tooltip with "${target.label}" (it shows "${await page.textContent('#tooltip')}").`);
  }
  await page.mouse.move(box.x + 2, box.y + box.height - 2);
  log(`hover: the tooltip over ${target.node} names it ("${target.label}")`);
}

/**
 * The spread, hop by hop, on the Europe map too: at each hop the countries coloured as reached are exactly those of
 * the organisations reached by then (impact entries with hops <= the hop), and they change from hop to hop.
 */
async function spreadOnTheMap(page, entries) {
  const onMap = await page.$$eval('[data-testid="europe-map"] [data-key]', (shapes) => shapes.map((s) => s.dataset.key));
  const maxHop = Math.max(...entries.map((e) => e.hops));
  const expectedAt = (hop) => [...new Set(entries.filter((e) => e.hops <= hop).map((e) => e.organisation.basedIn?.key).filter((k) => k && onMap.includes(k)))].sort();
  await page.click('#spread-button');
  const seen = [];
  for (let hop = 0; hop <= maxHop; hop++) {
    const reached = await page.waitForFunction((h) => {
      const match = /Hop (\d+)/.exec(document.getElementById('spread-status').textContent ?? '');
      if (!match || Number(match[1]) !== h) return null;
      return [...document.querySelectorAll('[data-testid="europe-map"] .reached')].map((s) => s.dataset.key).sort();
    }, hop, { timeout, polling: 'raf' }).then((handle) => handle.jsonValue());
    const expected = expectedAt(hop);
    if (reached.join() !== expected.join()) fail(`At hop ${hop} the Europe map colours ${JSON.stringify(reached)}, the impact reaches ${JSON.stringify(expected)}.`);
    seen.push(reached.length);
  }
  if (new Set(seen).size < 2) fail(`The Europe map did not change from hop to hop (${seen.join(', ')} countries).`);
  await page.waitForSelector('#spread-status[hidden]', { state: 'attached', timeout });
  log(`spread on the Europe map: ${seen.map((n, hop) => `hop ${hop} ${n} countries`).join(', ')}, each equal to the impact's entries by then`);
}

/** WCAG AA contrast of every visible text, written to map-contrast-<name>.json; fails on any text below it. */
async function contrast(page, artefacts, name) {
  const problems = await lowContrastTexts(page);
  await writeFile(path.join(artefacts, `map-contrast-${name}.json`), `${JSON.stringify(problems, null, 2)}\n`);
  if (problems.length) {
    fail(`${name}: ${problems.length} text(s) below WCAG AA contrast:\n${problems.slice(0, 15).map((p) => `  ${p.ratio}:1 (needs ${p.needed}) ${p.where}: "${p.text}"`).join('\n')}`);
  }
  log(`contrast (${name}): every visible text meets WCAG AA`);
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
  await typeAndConfidenceFilters(page, expected.entries);
  await hoverTooltip(page);
  await tablesSort(page, expected.entries);

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
  await contrast(page, artefacts, 'panel-open');
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
  await contrast(page, artefacts, 'countries');
  await drillIntoCountry(page, 'HU');
  await page.click('[role="tab"][data-view="table"]');
  const tableRows = await page.locator('#network-table tbody tr').count();
  if (tableRows < 100) fail(`The network's table view has ${tableRows} rows.`);
  await page.click('[role="tab"][data-view="network"]');
  log(`countries view drawn; the table view lists ${tableRows} nodes`);

  await spreadOnTheMap(page, then.entries);

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

  await liveEvent(page, base, editorKey, analystKey, expected.entries[0].organisation.key);
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

async function liveEvent(page, base, editorKey, analystKey, watchedKey) {
  await page.waitForSelector('#live-status.on', { timeout });
  await page.keyboard.press('Escape'); // the focus= panel covers the impact list at 1280 px
  await page.click(`[data-testid="impact-row"][data-key="${watchedKey}"]`);
  await page.waitForSelector(`[data-testid="entity-panel"][data-key="${watchedKey}"]:not([hidden])`, { timeout });
  await page.check('#alert-toggle');
  await page.waitForSelector('[data-testid="toast"]:has-text("Exposure alert on")', { timeout });
  await page.waitForTimeout(1000); // lets the subscription reach the server before the event is recorded (not a timed assertion)
  const key = `threat:e2e-live-${Date.now()}`;
  const title = 'E2E live event (recorded by the map test)';
  await graphqlAs(base, editorKey, 'mutation($input: RecordThreatInput!) { recordThreat(input: $input) { threat { key } } }', {
    input: { key, title, category: 'OTHER', occurredOn: '2024-05-05', jurisdictionKey: 'HU', targetKeys: [watchedKey] },
  });
  await page.waitForSelector(`[data-testid="toast"]:has-text("${title}")`, { timeout });
  await page.waitForSelector(`[data-testid="timeline"] [data-key="${key}"]`, { timeout });
  await assertTimelineEqualsCounts(page, base, analystKey, 'after a live event');
  await page.waitForSelector(`[data-testid="toast"]:has-text("Exposure alert: ${title}")`, { timeout });
  log(`live: an event recorded by an EDITOR appeared on the timeline with a toast, the counts moved to threatCounts' new answer, and the exposure alert switched on in ${watchedKey}'s panel fired`);
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

/** Errors from the API read as messages on the page, never a blank page: an unknown event, and an API that fails. */
async function errorRun(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // A stored key the server refuses: the page says so and goes on as an anonymous reader (this server allows one).
  await page.goto(new URL('/', base).href, { timeout });
  await page.evaluate(() => sessionStorage.setItem('raregraph.apiKey', 'rg_not-a-key-this-server-knows'));
  await page.reload({ timeout });
  await page.waitForFunction(() => document.body.dataset.ready === 'all', null, { timeout });
  if (!await page.locator('#banner').isHidden()) fail(`With a refused key the page shows an error: ${await page.textContent('#banner')}`);
  const refused = await page.textContent('#session');
  if (!/not accepted|rejected|refused/i.test(refused ?? '')) fail(`With a refused key the session area says "${refused}".`);
  log(`a refused stored key: "${refused.trim()}", and the network drawn for an anonymous reader`);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(new URL('/?threat=threat:no-such-event', base).href, { timeout });
  await page.waitForSelector('#banner:not([hidden])', { timeout });
  const unknown = await page.textContent('#banner');
  if (!unknown.includes('threat:no-such-event')) fail(`An unknown event shows "${unknown}".`);
  const message = 'The store is unavailable (simulated by the map test).';
  await page.route('**/graphql', (route) => route.fulfill({
    status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message, extensions: { code: 'UNAVAILABLE' } }] }),
  }));
  await page.reload({ timeout });
  await page.waitForSelector(`#banner:not([hidden]):has-text("${message}")`, { timeout });
  await context.close();
  log(`errors read as messages: "${unknown.trim()}" and, with the API failing, "${message}"`);
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
    await errorRun(browser, base);
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
