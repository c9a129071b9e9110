// The alliance's own work in the map's side panel, in headless Chromium, against a server holding the demo data:
//   1. an EDITOR opens the Hungarian Helsinki Committee: the panel lists the campaigns it runs and the camps it took
//      part in, exactly as the API answers them; a click on a campaign opens it, and its targets (ADVOCATES_TO) are
//      listed as the API answers them;
//   2. a VIEWER opens the same organisation and that campaign: campaigns and targets are shown, camps are not, and no
//      attendance (a camp, a participation, PARTICIPATES_IN) is anywhere in the DOM, in any response or WebSocket frame.
// Usage: node programme.mjs <server url> <artefacts dir> --viewer-key K --editor-key K
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launch, signIn, openMap, guardOrigin, graphqlAs, timeout } from './mapSupport.mjs';

const organisation = 'org:hungarian-helsinki-committee';
const campaign = 'campaign:rare-repeal-sovereignty-act';
// What attendance looks like on the wire or on the page: none of it may reach a VIEWER.
const attendanceMarks = ['PARTICIPATES_IN', 'participations', 'participants', 'participantCount', 'camp:rare-', 'RARE camp', 'data-testid="panel-camp"'];

const log = (message) => console.log(`programme: ${message}`);

function fail(message) {
  throw new Error(message);
}

function parseArguments(argv) {
  const [serverUrl, artefacts, ...rest] = argv;
  const option = (name) => {
    const index = rest.indexOf(name);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  if (!serverUrl || !artefacts || !option('--viewer-key') || !option('--editor-key')) {
    throw new Error('Usage: node programme.mjs <server url> <artefacts dir> --viewer-key K --editor-key K');
  }
  return { base: new URL(serverUrl), artefacts: path.resolve(artefacts), viewerKey: option('--viewer-key'), editorKey: option('--editor-key') };
}

async function openPanel(page, key) {
  await page.fill('#search-input', key);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector(`[data-testid="entity-panel"][data-key="${key}"] [data-testid="alliance-work"]`, { timeout });
}

async function keysOf(page, testId) {
  return page.$$eval(`[data-testid="entity-panel"] [data-testid="${testId}"]`, (items) => items.map((i) => i.dataset.key));
}

function assertSameKeys(shown, expected, what) {
  const a = [...shown].sort();
  const b = [...expected].sort();
  if (a.join(' ') !== b.join(' ')) fail(`${what}: the panel shows [${a.join(', ')}], the API answers [${b.join(', ')}].`);
}

async function openCampaign(page) {
  await page.click(`[data-testid="panel-campaign"][data-key="${campaign}"]`);
  await page.waitForSelector(`[data-testid="entity-panel"][data-key="${campaign}"] [data-testid="campaign-targets"]`, { timeout });
}

async function editorRun(browser, base, artefacts, editorKey) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = guardOrigin(page, base, log);
  await openMap(page, base, '/');
  await signIn(page, editorKey, 'EDITOR');
  await openPanel(page, organisation);

  const expected = (await graphqlAs(base, editorKey, `query($k: String!) { entity(key: $k) { ... on Organisation {
    campaigns { key } participations { gathering { __typename key } } } } }`, { k: organisation })).entity;
  const camps = expected.participations.filter((p) => p.gathering.__typename === 'Camp').map((p) => p.gathering.key);
  if (camps.length === 0) fail('The demo data should have the organisation take part in a camp.');
  assertSameKeys(await keysOf(page, 'panel-campaign'), expected.campaigns.map((c) => c.key), 'EDITOR: campaigns');
  assertSameKeys(await keysOf(page, 'panel-camp'), camps, 'EDITOR: camps');
  log(`EDITOR: the panel lists ${expected.campaigns.length} campaigns and ${camps.length} camps, as the API does`);
  await page.screenshot({ path: path.join(artefacts, 'programme-1-editor-organisation.png') });

  await openCampaign(page);
  const targets = (await graphqlAs(base, editorKey, `query($k: String!) { entity(key: $k) { ... on Campaign { advocatesTo { key } } } }`, { k: campaign }))
    .entity.advocatesTo.map((b) => b.key);
  assertSameKeys(await keysOf(page, 'panel-target'), targets, 'EDITOR: campaign targets');
  log(`EDITOR: the campaign's panel lists its ${targets.length} targets`);
  await page.screenshot({ path: path.join(artefacts, 'programme-2-editor-campaign.png') });
  await context.close();
  return problems;
}

async function viewerRun(browser, base, artefacts, viewerKey) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = guardOrigin(page, base, log);
  const bodies = [];
  page.on('response', async (response) => {
    bodies.push({ url: response.url(), type: response.headers()['content-type'] ?? '', body: await response.text().catch(() => '') });
  });
  const frames = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  await openMap(page, base, '/');
  await signIn(page, viewerKey, 'VIEWER');
  await openPanel(page, organisation);
  const expected = (await graphqlAs(base, viewerKey, `query($k: String!) { entity(key: $k) { ... on Organisation { campaigns { key } } } }`, { k: organisation }))
    .entity.campaigns.map((c) => c.key);
  assertSameKeys(await keysOf(page, 'panel-campaign'), expected, 'VIEWER: campaigns');
  if (await page.locator('[data-testid="panel-camp"]').count() > 0) fail('A VIEWER sees camps an organisation took part in.');
  const organisationDom = await page.content();
  await page.screenshot({ path: path.join(artefacts, 'programme-3-viewer-organisation.png') });
  await openCampaign(page);
  if ((await keysOf(page, 'panel-target')).length === 0) fail('A VIEWER sees no target of the campaign.');
  await page.waitForTimeout(500);
  const campaignDom = await page.content();
  await context.close();

  const leaks = [];
  for (const [where, text] of [['the organisation panel DOM', organisationDom], ['the campaign panel DOM', campaignDom]]) {
    for (const mark of attendanceMarks) if (text.includes(mark)) leaks.push(`${where} holds "${mark}"`);
  }
  for (const { url, type, body } of bodies) {
    if (!type.includes('json')) continue;
    for (const mark of attendanceMarks) if (body.includes(mark)) leaks.push(`${url} holds "${mark}"`);
  }
  for (const frame of frames) {
    for (const mark of attendanceMarks) if (frame.includes(mark)) leaks.push(`a WebSocket frame holds "${mark}"`);
  }
  if (leaks.length) fail(`Attendance reached a VIEWER:\n${leaks.join('\n')}`);
  log(`VIEWER: campaigns and targets shown; ${bodies.length} responses, ${frames.length} frames and the DOM hold no attendance`);
  return problems;
}

async function main() {
  const { base, artefacts, viewerKey, editorKey } = parseArguments(process.argv.slice(2));
  await mkdir(artefacts, { recursive: true });
  const browser = await launch();
  const problems = [];
  try {
    problems.push(...await editorRun(browser, base, artefacts, editorKey));
    problems.push(...await viewerRun(browser, base, artefacts, viewerKey));
  } finally {
    await browser.close();
  }
  if (problems.length) fail(`The page misbehaved:\n${problems.join('\n')}`);
  log('passed');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`programme: FAILED: ${error?.message ?? error}`);
    process.exit(1);
  },
);
