// The alliance map: wires the session, the data, the network, Europe, the timeline, the impact list and the panel
// around one state object, which the URL mirrors (/?threat=&at=&focus=) so a link opens the same view.
import './map.css';
import { fetchSession, storedKey, storeKey, atLeast, ApiError } from './api.js';
import { loadNetwork, loadThreatCounts, findThreats, loadThreat, loadImpact, organisationKinds, networkTypes } from './data.js';
import { strings, applyStaticStrings } from './strings.js';
import { NetworkView } from './network.js';
import { EuropeMap } from './europe.js';
import { Timeline } from './timeline.js';
import { EntityPanel, element } from './panel.js';
import { renderTable } from './tables.js';
import { kindColors, heat } from './colors.js';
import { today, dateToDay, dayToDate } from './validity.js';
import { readUrlState, writeUrlState } from './urlState.js';
import { downloadPng, downloadSvg, downloadImpactCsv } from './downloads.js';
import { Live } from './live.js';
import { showToast } from './toasts.js';

const $ = (id) => document.getElementById(id);
const allKinds = ['JURISDICTION', ...organisationKinds, 'DEFENDER'];

const url = readUrlState();
const state = {
  session: null,
  asOf: url.at ?? today(),
  atExplicit: Boolean(url.at),
  compareAt: null,
  filters: { kinds: new Set(allKinds), jurisdiction: null, types: new Set(networkTypes), minConfidence: 0 },
  threatKey: url.threat,
  threat: null,
  impact: null,
  path: null,
  pathEntryKey: null,
  spreadHop: null,
  selected: null,
  focused: url.focus,
  view: 'network',
};
// Events the page has seen (picker pages, the picked one, live arrivals), by key; the timeline itself holds counts only.
const knownThreats = new Map();
let entities = [];
let network;
let europe;
let timeline;
let panel;
let live;
let impactRequest = 0;

// --- errors: readable, never a blank page ------------------------------------------------------------------------

function showError(error) {
  const banner = $('banner');
  const message = error instanceof ApiError || error?.message ? error.message : String(error);
  banner.replaceChildren(
    element('span', {}, `${strings.errorPrefix}${message}`),
    element('button', { type: 'button', class: 'link-button', onclick: () => { banner.hidden = true; } }, strings.errorDismiss));
  banner.hidden = false;
}

window.addEventListener('error', (event) => showError(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => showError(event.reason));

// --- session -----------------------------------------------------------------------------------------------------

function renderSession(message = null) {
  const container = $('session');
  const session = state.session;
  const badge = element('span', { class: `role-badge role-${(session?.role ?? 'PUBLIC').toLowerCase()}`, title: strings.roleHint[session?.role ?? 'PUBLIC'], 'data-testid': 'role' },
    session?.signedIn ? strings.signedInAs(session.role) : strings.anonymousAs);
  if (session?.signedIn) {
    container.replaceChildren(badge, element('button', {
      type: 'button', class: 'button subtle', onclick: () => { storeKey(null); location.reload(); },
    }, strings.signOut));
    return;
  }
  const input = element('input', {
    type: 'password', name: 'key', autocomplete: 'off', placeholder: strings.signInPlaceholder, 'aria-label': strings.signInLabel, required: true,
  });
  const form = element('form', { class: 'sign-in', 'data-testid': 'sign-in' },
    input, element('button', { type: 'submit', class: 'button' }, strings.signIn));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    storeKey(input.value.trim());
    try {
      await fetchSession();
      location.reload();
    } catch (error) {
      storeKey(null);
      renderSession(error.code === 'UNAUTHENTICATED' ? strings.signInRejected : error.message);
    }
  });
  container.replaceChildren(...(session ? [badge] : []), form);
  if (message) container.append(element('span', { class: 'session-message', role: 'alert' }, message));
}

// --- filters and legend ------------------------------------------------------------------------------------------

function chip(label, checked, onChange, colour) {
  const input = element('input', { type: 'checkbox' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return element('label', { class: 'chip' }, input, colour ? element('i', { style: `background:${colour}` }) : null, label);
}

function renderFilters() {
  $('filter-kinds').replaceChildren(...allKinds.map((kind) => chip(strings.kinds[kind], true, (on) => {
    if (on) state.filters.kinds.add(kind); else state.filters.kinds.delete(kind);
    redraw();
  }, kindColors[kind])));
  $('filter-types').replaceChildren(...networkTypes.map((type) => chip(type.replaceAll('_', ' ').toLowerCase(), true, (on) => {
    if (on) state.filters.types.add(type); else state.filters.types.delete(type);
    redraw();
  })));
  const select = $('filter-jurisdiction');
  const jurisdictions = entities.filter((e) => e.label === 'JURISDICTION').sort((a, b) => a.name.localeCompare(b.name));
  select.replaceChildren(element('option', { value: '' }, strings.filterJurisdictionAll),
    ...jurisdictions.map((j) => element('option', { value: j.key }, j.name)));
  select.addEventListener('change', () => setJurisdictionFilter(select.value || null));
  const confidence = $('filter-confidence');
  confidence.addEventListener('input', () => { $('filter-confidence-value').textContent = confidence.value; });
  confidence.addEventListener('change', () => {
    state.filters.minConfidence = Number(confidence.value);
    redraw();
    if (state.threatKey) refreshImpact();
  });
}

function renderLegend() {
  const items = allKinds.map((kind) => element('li', {}, element('i', { class: 'dot', style: `background:${kindColors[kind]}` }), strings.kinds[kind]));
  items.push(element('li', {}, element('i', { class: 'dot small' }), element('i', { class: 'dot' }), strings.legendSize));
  items.push(element('li', { class: 'heat-legend' }, element('i', { class: 'heat-bar' }), strings.legendHeat));
  items.push(element('li', {}, element('i', { class: 'dot ring' }), strings.legendPlaceholder));
  $('legend').replaceChildren(...items);
}

function setJurisdictionFilter(key) {
  state.filters.jurisdiction = state.filters.jurisdiction === key ? null : key;
  $('filter-jurisdiction').value = state.filters.jurisdiction ?? '';
  if (state.view === 'countries' && state.filters.jurisdiction) setView('network');
  redraw();
  if (state.filters.jurisdiction) network.flyTo(state.filters.jurisdiction, 0.5);
}

// --- as-of date and comparison ------------------------------------------------------------------------------------

function renderAsOf() {
  const range = $('as-of-range');
  const date = $('as-of-date');
  range.min = dateToDay(`${timeline.firstYear() ?? 2010}-01-01`);
  range.max = dateToDay(today());
  date.min = dayToDate(Number(range.min));
  date.max = today();
  range.setAttribute('aria-valuetext', state.asOf);
  const set = (value) => {
    state.asOf = value;
    state.atExplicit = true;
    syncAsOf();
    network.computePageRank();
    redraw();
    if (state.threatKey) refreshImpact();
    writeUrl();
  };
  range.addEventListener('input', () => { date.value = dayToDate(Number(range.value)); });
  range.addEventListener('change', () => set(dayToDate(Number(range.value))));
  date.addEventListener('change', () => { if (date.value) set(date.value); });
  const toggle = $('compare-toggle');
  const compare = $('compare-date');
  toggle.addEventListener('change', () => {
    compare.hidden = !toggle.checked;
    if (toggle.checked && !compare.value) compare.value = today();
    state.compareAt = toggle.checked ? compare.value : null;
    redraw();
  });
  compare.addEventListener('change', () => {
    state.compareAt = toggle.checked && compare.value ? compare.value : null;
    redraw();
  });
  syncAsOf();
}

function syncAsOf() {
  $('as-of-range').value = dateToDay(state.asOf);
  $('as-of-range').setAttribute('aria-valuetext', state.asOf);
  $('as-of-date').value = state.asOf;
  timeline?.update({ selected: state.threatKey, asOf: state.asOf });
}

function renderCompareSummary() {
  const box = $('compare-summary');
  if (!state.compareAt || state.view !== 'network') {
    box.hidden = true;
    return;
  }
  let appeared = 0;
  let ended = 0;
  network.graph.forEachEdge((edge, a) => {
    const kind = network.edgeState(a);
    if (kind === 'appeared') appeared++;
    if (kind === 'ended') ended++;
  });
  box.textContent = strings.compareSummary(appeared, ended, state.asOf, state.compareAt);
  box.hidden = false;
}

// --- events: picker, timeline, impact ----------------------------------------------------------------------------

// The picker asks the server for a page of events (newest first) matching what is typed and the timeline's chosen
// year and category, so a graph with many thousands of events never loads them all.
const picker = { text: '', bucket: null, request: 0 };

function renderThreatPicker() {
  const input = $('threat-filter');
  input.placeholder = strings.threatFilterPlaceholder;
  let typing;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      picker.text = input.value;
      refreshThreatPicker().catch(showError);
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') $('threat-options').firstElementChild?.focus();
  });
}

async function refreshThreatPicker() {
  const request = ++picker.request;
  const list = $('threat-options');
  list.setAttribute('aria-busy', 'true');
  const found = await findThreats({ text: picker.text, year: picker.bucket?.year, category: picker.bucket?.category })
    .finally(() => list.removeAttribute('aria-busy'));
  if (request !== picker.request) return;
  for (const t of found.threats) knownThreats.set(t.key, t);
  drawThreatOptions(found);
}

function drawThreatOptions(found = drawThreatOptions.last) {
  if (!found) return;
  drawThreatOptions.last = found;
  const list = $('threat-options');
  list.replaceChildren(...found.threats.map((t) => {
    const option = element('li', {
      role: 'option', tabindex: '0', 'data-key': t.key, 'aria-selected': String(t.key === state.threatKey),
      class: t.key === state.threatKey ? 'selected' : null,
    },
    element('i', { class: 'dot', style: `background:${timeline.colourOf(t)}` }),
    element('span', { class: 'option-date' }, `${t.occurredOn.slice(0, 7)} · ${t.jurisdiction?.code ?? '—'}`),
    element('span', { class: 'option-title' }, t.title));
    option.addEventListener('click', () => pickThreat(t.key));
    option.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') pickThreat(t.key);
      if (event.key === 'ArrowDown') option.nextElementSibling?.focus();
      if (event.key === 'ArrowUp') option.previousElementSibling?.focus();
    });
    return option;
  }));
  const bucket = picker.bucket
    ? element('button', { type: 'button', class: 'chip bucket-chip', title: strings.pickerClearBucket, 'aria-label': `${strings.pickerBucket(picker.bucket.year, strings.categories[picker.bucket.category] ?? picker.bucket.category)} — ${strings.pickerClearBucket}`, onclick: () => chooseBucket(null) },
      strings.pickerBucket(picker.bucket.year, strings.categories[picker.bucket.category] ?? picker.bucket.category), ' ✕')
    : null;
  $('threat-summary').replaceChildren(...[bucket, element('span', {}, found.total ? strings.pickerShowing(found.threats.length, found.total) : strings.pickerNone)].filter(Boolean));
}

function chooseBucket(bucket) {
  const same = bucket && picker.bucket && picker.bucket.year === bucket.year && picker.bucket.category === bucket.category;
  picker.bucket = same ? null : bucket;
  timeline.update({ bucket: picker.bucket });
  refreshThreatPicker().catch(showError);
}

function pickThreat(key) {
  if (state.threatKey === key) return;
  state.threatKey = key;
  state.threat = knownThreats.get(key) ?? null;
  state.atExplicit = false;
  state.path = null;
  state.pathEntryKey = null;
  stopSpread();
  drawThreatOptions();
  writeUrl();
  refreshImpact();
}

async function refreshImpact() {
  const request = ++impactRequest;
  let threat = state.threatKey ? knownThreats.get(state.threatKey) ?? null : null;
  if (state.threatKey && !threat) {
    try {
      threat = await loadThreat(state.threatKey);
    } catch (error) {
      showError(error);
      return;
    }
    if (request !== impactRequest) return;
    if (threat) knownThreats.set(threat.key, threat);
  }
  state.threat = threat;
  timeline.pick(threat);
  timeline.update({ selected: state.threatKey, asOf: state.asOf });
  const note = $('impact-note');
  const list = $('impact-list');
  if (!state.threatKey) {
    note.textContent = strings.pickEvent;
    list.replaceChildren();
    state.impact = null;
    updateOverlays();
    return;
  }
  if (!threat) {
    note.textContent = '';
    showError(new Error(`No recorded event has the key ${state.threatKey}.`));
    return;
  }
  if (!atLeast(state.session, 'ANALYST')) {
    // The event and its country are public (marked on the map); its impact is an analysis the role may not run.
    state.impact = null;
    if (!state.atExplicit) {
      state.asOf = threat.occurredOn;
      syncAsOf();
      network.computePageRank();
    }
    $('event-note').textContent = `${threat.title} (${threat.occurredOn}) — ${strings.impactNeedsRole}`;
    $('event-note').hidden = false;
    updateOverlays();
    return;
  }
  note.textContent = strings.impactLoading;
  list.setAttribute('aria-busy', 'true');
  try {
    const result = await loadImpact(state.threatKey, state.atExplicit ? state.asOf : null, state.filters.minConfidence);
    if (request !== impactRequest) return;
    if (!state.atExplicit) {
      state.asOf = result.at;
      syncAsOf();
      network.computePageRank();
    }
    const byKey = new Map(result.entries.map((e) => [e.organisation.key, e]));
    const byJurisdiction = new Map();
    for (const e of result.entries) {
      const j = e.organisation.basedIn?.key;
      if (j) byJurisdiction.set(j, Math.max(byJurisdiction.get(j) ?? 0, e.score));
    }
    const seeds = new Set(result.entries.filter((e) => e.hops === 0).map((e) => e.organisation.key));
    if (threat.jurisdiction?.key) seeds.add(threat.jurisdiction.key);
    state.impact = { ...result, byKey, byJurisdiction, seeds, eventJurisdiction: threat.jurisdiction?.key };
    note.textContent = strings.eventAt(threat.title, result.at);
    $('impact-count').textContent = strings.impactCount(result.total);
    renderImpactList();
  } catch (error) {
    if (request !== impactRequest) return;
    note.textContent = '';
    list.replaceChildren();
    showError(error);
  } finally {
    list.removeAttribute('aria-busy');
  }
  updateOverlays();
}

// The ranked list is also the impact's table view: its headers sort it (again: reverse), "#" restores the API's order.
const impactSort = { key: 'rank', descending: false };
const impactSortValue = {
  rank: (e) => e.rank, organisation: (e) => e.organisation.name, country: (e) => e.organisation.basedIn?.code ?? '',
  score: (e) => e.score, hops: (e) => e.hops, cross: (e) => (e.crossBorder ? 1 : 0),
};

function renderImpactList() {
  const list = $('impact-list');
  const entries = (state.impact?.entries ?? []).map((entry, index) => ({ ...entry, rank: index + 1 }));
  const columns = strings.impactColumns;
  const value = impactSortValue[impactSort.key];
  entries.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return (impactSort.descending ? -order : order) || a.rank - b.rank;
  });
  const headers = Object.keys(impactSortValue).map((key, i) => {
    const sorted = impactSort.key === key;
    const button = element('button', { type: 'button', 'data-sort': key, title: strings.impactSortHint }, columns[key],
      sorted && key !== 'rank' ? element('span', { 'aria-hidden': 'true' }, impactSort.descending ? ' ▾' : ' ▴') : null);
    button.addEventListener('click', () => {
      impactSort.descending = sorted ? !impactSort.descending : ['score', 'hops', 'cross'].includes(key);
      impactSort.key = key;
      renderImpactList();
      $('impact-list').querySelector(`th button[data-sort="${key}"]`)?.focus();
    });
    return element('th', {
      scope: 'col', class: i >= 3 ? 'numeric' : null,
      'aria-sort': sorted ? (impactSort.descending ? 'descending' : 'ascending') : null,
    }, button);
  });
  const head = element('thead', {}, element('tr', {}, ...headers));
  const body = element('tbody');
  entries.forEach((entry) => {
    const key = entry.organisation.key;
    const selected = key === state.pathEntryKey;
    const row = element('tr', {
      'data-testid': 'impact-row', 'data-key': key, 'data-score': String(entry.score), 'data-hops': String(entry.hops),
      'data-cross-border': String(entry.crossBorder), tabindex: '0', class: selected ? 'selected' : null,
      'aria-selected': String(selected), 'data-highlighted': String(selected),
    },
    element('td', { class: 'muted' }, String(entry.rank)),
    element('td', { class: 'org' }, element('i', { class: 'dot', style: `background:${heat(entry.score)}` }), entry.organisation.name),
    element('td', {}, entry.organisation.basedIn?.code ?? '—'),
    element('td', { class: 'numeric' }, entry.score.toFixed(3)),
    element('td', { class: 'numeric' }, String(entry.hops)),
    element('td', { class: 'numeric' }, entry.crossBorder ? element('span', { class: 'cross', title: 'cross-border' }, '↗') : ''));
    row.addEventListener('click', () => selectEntry(entry));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') selectEntry(entry);
      if (event.key === 'ArrowDown') row.nextElementSibling?.focus();
      if (event.key === 'ArrowUp') row.previousElementSibling?.focus();
    });
    body.append(row);
  });
  list.replaceChildren(element('caption', { class: 'visually-hidden' }, strings.impactCaption), head, body);
  if (entries.length === 0) $('impact-note').textContent = strings.impactEmpty;
}

function selectEntry(entry) {
  const key = entry.organisation.key;
  state.pathEntryKey = key;
  const nodes = new Set(entry.path.nodes.map((n) => n.key));
  const edges = new Set(entry.path.relationships.map((r) => `${r.fromKey}|${r.type}|${r.toKey}`));
  state.path = { nodes, edges };
  for (const row of $('impact-list').querySelectorAll('[data-testid="impact-row"]')) {
    const on = row.dataset.key === key;
    row.classList.toggle('selected', on);
    row.setAttribute('aria-selected', String(on));
    row.dataset.highlighted = String(on);
  }
  state.selected = key;
  updateOverlays();
  network.flyTo(key, 0.5);
  panel.open(key, entry);
  writeUrl();
}

// --- spread animation ---------------------------------------------------------------------------------------------

let spreadTimer = null;

function playSpread() {
  if (!state.impact?.entries.length) return;
  if (spreadTimer) {
    stopSpread();
    return;
  }
  const maxHop = Math.max(...state.impact.entries.map((e) => e.hops));
  state.spreadHop = 0;
  $('spread-button').textContent = strings.stopSpread;
  const step = () => {
    const reached = state.impact.entries.filter((e) => e.hops <= state.spreadHop).length;
    const status = $('spread-status');
    status.textContent = strings.spreadHop(state.spreadHop, reached);
    status.hidden = false;
    updateOverlays();
    if (state.spreadHop >= maxHop) {
      spreadTimer = setTimeout(stopSpread, 1500);
      return;
    }
    state.spreadHop++;
    spreadTimer = setTimeout(step, 1000);
  };
  step();
}

function stopSpread() {
  clearTimeout(spreadTimer);
  spreadTimer = null;
  state.spreadHop = null;
  $('spread-status').hidden = true;
  const button = $('spread-button');
  if (button) button.textContent = strings.playSpread;
  updateOverlays();
}

// --- drawing ------------------------------------------------------------------------------------------------------

function redraw() {
  network.refresh();
  renderCompareSummary();
  updateMap();
  if (state.view === 'table') renderNetworkTable();
  updateStatus();
}

function updateOverlays() {
  network.refresh();
  updateMap();
  const canvas = $('graph-canvas');
  canvas.dataset.highlightedPath = state.path ? [...state.path.nodes].join(' ') : '';
  canvas.dataset.threat = state.threatKey ?? '';
  $('impact-tools').hidden = !state.impact?.entries.length;
}

function updateMap() {
  const impact = state.impact;
  let scores = impact?.byJurisdiction ?? null;
  if (impact && state.spreadHop !== null) {
    scores = new Map();
    for (const e of impact.entries) {
      const j = e.organisation.basedIn?.key;
      if (j && e.hops <= state.spreadHop) scores.set(j, Math.max(scores.get(j) ?? 0, e.score));
    }
  }
  const threat = state.threat;
  europe.update({
    scores,
    eventJurisdiction: threat?.jurisdiction?.key ?? null,
    eventCode: threat?.jurisdiction?.code ?? null,
    selected: state.filters.jurisdiction,
  });
  if (!$('map-table').hidden) renderMapTable();
}

function updateStatus(extra = '') {
  let nodes = 0;
  let edges = 0;
  if (network.renderer && state.view === 'network') {
    network.graph.forEachNode((n, a) => { if (network.nodeVisible(n, a)) nodes++; });
    network.graph.forEachEdge((e, a) => { if (network.edgeState(a)) edges++; });
  } else if (state.view === 'countries') {
    nodes = network.countryGraph?.order ?? 0;
    edges = network.countryGraph?.size ?? 0;
  }
  $('graph-status').textContent = `${strings.drawing(nodes, edges)}${extra ? ` · ${extra}` : ''}${state.view === 'countries' ? ` · ${strings.countriesHint}` : ''}`;
}

function setView(view) {
  state.view = view;
  for (const tab of $('view-tabs').children) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  const table = view === 'table';
  $('graph-canvas').hidden = table;
  $('network-table').hidden = !table;
  if (table) renderNetworkTable();
  else network.setMode(view === 'countries' ? 'countries' : 'network');
  renderCompareSummary();
  updateStatus();
}

function renderViewBar() {
  const tabs = [['network', strings.viewNetwork], ['countries', strings.viewCountries], ['table', strings.viewTable]];
  $('view-tabs').replaceChildren(...tabs.map(([view, label]) => {
    const tab = element('button', { type: 'button', role: 'tab', 'data-view': view, 'aria-selected': String(view === state.view) }, label);
    tab.addEventListener('click', () => setView(view));
    return tab;
  }));
  const actions = $('view-actions');
  actions.replaceChildren(
    element('button', { type: 'button', class: 'button subtle', title: strings.downloadTitle, 'data-testid': 'download-png', onclick: () => downloadPng(network) }, strings.downloadPng),
    element('button', { type: 'button', class: 'button subtle', title: strings.downloadTitle, 'data-testid': 'download-svg', onclick: () => downloadSvg(network) }, strings.downloadSvg));
  const tools = $('impact-tools');
  tools.replaceChildren(
    element('button', { type: 'button', class: 'button', id: 'spread-button', onclick: playSpread }, strings.playSpread),
    element('button', {
      type: 'button', class: 'button subtle', 'data-testid': 'download-csv',
      onclick: () => downloadImpactCsv(state).catch(showError),
    }, strings.downloadCsv));
  tools.hidden = true;
}

function renderNetworkTable() {
  const graph = network.graph;
  const codes = new Map(entities.filter((e) => e.label === 'JURISDICTION').map((e) => [e.key, e.code]));
  const rows = [];
  graph.forEachNode((node, a) => {
    if (!network.nodeVisible(node, a)) return;
    rows.push({
      key: node, name: a.label, kind: strings.kinds[a.kind] ?? a.kind, country: codes.get(a.basedIn) ?? '',
      degree: graph.degree(node), pageRank: a.pageRank ?? 0, impact: state.impact?.byKey.get(node)?.score ?? null,
    });
  });
  const columns = strings.tableColumns;
  renderTable($('network-table'), {
    caption: strings.tableNetworkCaption,
    columns: [
      { key: 'name', label: columns.name }, { key: 'kind', label: columns.kind }, { key: 'country', label: columns.country },
      { key: 'degree', label: columns.degree, numeric: true }, { key: 'pageRank', label: columns.pageRank, numeric: true, format: (v) => v.toFixed(4) },
      { key: 'impact', label: columns.impact, numeric: true, format: (v) => (v === null ? '' : v.toFixed(3)) },
    ],
    rows,
    sort: { key: 'pageRank', descending: true },
    onRow: (row) => openEntity(row.key),
  });
}

function renderMapTable() {
  const counts = new Map();
  for (const e of entities) if (e.label !== 'JURISDICTION' && e.basedIn) counts.set(e.basedIn, (counts.get(e.basedIn) ?? 0) + 1);
  const rows = entities.filter((e) => e.label === 'JURISDICTION').map((j) => ({
    key: j.key, name: j.name, code: j.code, organisations: counts.get(j.key) ?? 0, impact: state.impact?.byJurisdiction?.get(j.key) ?? null,
  }));
  const columns = strings.tableColumns;
  renderTable($('map-table'), {
    caption: strings.tableMapCaption,
    columns: [
      { key: 'name', label: columns.country }, { key: 'organisations', label: columns.organisations, numeric: true },
      { key: 'impact', label: columns.impact, numeric: true, format: (v) => (v === null ? '' : v.toFixed(3)) },
    ],
    rows,
    sort: { key: 'impact', descending: true },
    onRow: (row) => setJurisdictionFilter(row.key),
  });
}

// --- search, panel, keyboard ---------------------------------------------------------------------------------------

function fold(text) {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function renderSearch() {
  const input = $('search-input');
  const results = $('search-results');
  input.placeholder = strings.searchPlaceholder;
  const matches = () => {
    const query = fold(input.value.trim());
    if (!query) return [];
    const found = [];
    network.graph.forEachNode((node, a) => {
      if (found.length < 8 && (fold(a.label).includes(query) || fold(node).includes(query))) found.push([node, a]);
    });
    return found;
  };
  const draw = () => {
    const found = matches();
    results.replaceChildren(...(found.length ? found.map(([node, a]) => {
      const item = element('li', { role: 'option', tabindex: '-1', 'data-key': node },
        element('i', { class: 'dot', style: `background:${kindColors[a.kind]}` }), a.label, element('span', { class: 'muted' }, ` ${node}`));
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(node);
      });
      return item;
    }) : input.value.trim() ? [element('li', { class: 'muted' }, strings.searchNoMatch)] : []));
    results.hidden = results.children.length === 0;
    input.setAttribute('aria-expanded', String(!results.hidden));
  };
  const choose = (node) => {
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.value = network.graph.getNodeAttribute(node, 'label');
    if (state.view === 'table') setView('network');
    openEntity(node);
  };
  input.addEventListener('input', draw);
  input.addEventListener('blur', () => { results.hidden = true; });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = matches()[0];
      if (first) choose(first[0]);
    }
    if (event.key === 'Escape') {
      input.value = '';
      draw();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName)) {
      event.preventDefault();
      input.focus();
    }
  });
}

function openEntity(key, entry = null) {
  const previous = [state.selected, state.focused];
  state.selected = key;
  state.focused = key;
  if (state.view === 'countries') setView('network');
  network.refreshAround([...previous, key]);
  network.flyTo(key);
  panel.open(key, entry ?? state.impact?.byKey.get(key) ?? null);
  writeUrl();
}

function wireKeyboard() {
  const canvas = $('graph-canvas');
  canvas.setAttribute('aria-label', `${strings.networkTitle}. ${strings.keyboardHelp}`);
  canvas.addEventListener('keydown', (event) => {
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      const next = network.neighbourInDirection(state.focused, event.key);
      if (next) {
        const previous = state.focused;
        state.focused = next;
        network.refreshAround([previous, next]);
        const ratio = network.renderer.getCamera().ratio;
        network.flyTo(next, Math.min(ratio, 0.6));
        $('graph-status').textContent = network.currentGraph().getNodeAttribute(next, 'label');
      }
    } else if (event.key === 'Enter' && state.focused) {
      if (network.mode === 'countries') setJurisdictionFilter(state.focused);
      else openEntity(state.focused);
    } else if (event.key === 'Escape') {
      panel.close();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('entity-panel').hidden) panel.close();
  });
}

function wireTooltip() {
  const tooltip = $('tooltip');
  let position = { x: 0, y: 0 };
  network.handlers.onMove = (event) => {
    position = { x: event.x, y: event.y };
    if (!tooltip.hidden) place();
  };
  const place = () => {
    tooltip.style.left = `${position.x + 14}px`;
    tooltip.style.top = `${position.y + 14}px`;
  };
  network.handlers.onHover = (node) => {
    if (!node) {
      tooltip.hidden = true;
      return;
    }
    const graph = network.currentGraph();
    const a = graph.getNodeAttributes(node);
    const entry = state.impact?.byKey.get(node);
    const lines = [element('strong', {}, a.label)];
    if (network.mode === 'countries') {
      lines.push(element('div', {}, `${a.count} ${strings.tableColumns.organisations.toLowerCase()}`));
    } else {
      const country = a.basedIn && network.graph.hasNode(a.basedIn) && a.basedIn !== node ? network.graph.getNodeAttribute(a.basedIn, 'label') : null;
      lines.push(element('div', { class: 'muted' }, [strings.kinds[a.kind] ?? a.kind, country].filter(Boolean).join(' · ')));
      if (a.entityLabel === 'DEFENDER' && !atLeast(state.session, 'EDITOR')) lines.push(element('div', { class: 'muted' }, strings.legendPlaceholder));
      if (entry) lines.push(element('div', {}, `score ${entry.score.toFixed(3)} · ${entry.hops} hop${entry.hops === 1 ? '' : 's'}`));
    }
    tooltip.replaceChildren(...lines);
    tooltip.hidden = false;
    place();
  };
}

// --- URL state ----------------------------------------------------------------------------------------------------

function writeUrl() {
  writeUrlState({ threat: state.threatKey, at: state.atExplicit ? state.asOf : null, focus: state.selected });
}

// --- live ---------------------------------------------------------------------------------------------------------

function startLive() {
  live = new Live(storedKey(), {
    onThreat: (threat) => {
      if (!threat || knownThreats.has(threat.key)) return;
      knownThreats.set(threat.key, threat);
      timeline.mark(threat, { fresh: true });
      loadThreatCounts().then((counts) => timeline.setCounts(counts)).catch(showError);
      refreshThreatPicker().catch(showError);
      showToast(strings.toastNewEvent(threat.title), () => pickThreat(threat.key));
    },
    onAlert: (alert) => showToast(strings.toastAlert(alert.organisation?.name ?? alert.organisationKey,
      alert.threat?.title ?? alert.threatKey, alert.score.toFixed(2)), () => pickThreat(alert.threatKey)),
    onStatus: (on) => { $('live-status').textContent = on ? strings.liveOn : strings.liveOff; $('live-status').classList.toggle('on', on); },
    onError: showError,
  });
  live.start();
}

// --- boot ---------------------------------------------------------------------------------------------------------

async function boot() {
  applyStaticStrings();
  $('impact-note').textContent = strings.pickEvent;
  const eventNote = element('p', { id: 'event-note', class: 'muted', hidden: true });
  $('threat-options').after(eventNote);
  $('graph-status').textContent = strings.loadingNetwork;
  // The network and the timeline's counts are asked for while the session is: the first draw waits for one round trip
  // less. When the session then says the caller may not read, the answers (refusals) are dropped unseen.
  performance.mark('raregraph:load-start');
  const startLoading = () => {
    const requests = [
      loadNetwork((e, r) => { $('graph-status').textContent = strings.loadingProgress(e, r); }),
      loadThreatCounts(),
    ];
    for (const request of requests) request.catch(() => {});
    return requests;
  };
  let early = startLoading();
  let refusal = null;
  try {
    state.session = await fetchSession();
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED' && storedKey()) {
      // The stored key was refused (so were the early requests that carried it): read again as an anonymous caller.
      storeKey(null);
      state.session = await fetchSession().catch(() => null);
      refusal = strings.signInRejected;
      early = startLoading();
    } else {
      renderSession();
      showError(error);
      return;
    }
  }
  renderSession(refusal);
  document.body.dataset.role = state.session?.role ?? 'PUBLIC';
  if (!state.session || (!state.session.signedIn && !state.session.anonymousRead)) {
    $('graph-status').textContent = strings.signInRequired;
    $('session').querySelector('input')?.focus();
    return;
  }
  const mayAnalyse = atLeast(state.session, 'ANALYST');
  $('impact-card').hidden = !mayAnalyse;
  $('session').prepend(element('span', { id: 'live-status', class: 'live-status', 'aria-live': 'polite' }, strings.liveOff));

  network = new NetworkView($('graph-canvas'), state, {
    onClick: (node, mode) => (mode === 'countries' ? setJurisdictionFilter(node) : openEntity(node)),
    onStageClick: () => {},
    onLayout: (running) => updateStatus(running ? strings.layoutRunning : ''),
  });
  europe = new EuropeMap($('europe-map'), { onCountry: (key) => setJurisdictionFilter(key) });
  timeline = new Timeline($('timeline-svg'), $('timeline-legend'), { onPick: pickThreat, onBucket: chooseBucket });
  panel = new EntityPanel($('entity-panel'), {
    session: state.session, network, state,
    onClose: () => {
      const previous = state.selected;
      state.selected = null;
      network.refreshAround([previous]);
      writeUrl();
      $('graph-canvas').focus({ preventScroll: true });
    },
    onNavigate: (key) => openEntity(key),
    onPickThreat: (key) => pickThreat(key),
    onAlert: (key, on) => {
      const name = network.graph.hasNode(key) ? network.graph.getNodeAttribute(key, 'label') : key;
      if (on) {
        live.watch(key);
        panel.alerts.set(key, true);
      } else {
        live.unwatch(key);
        panel.alerts.delete(key);
      }
      showToast(on ? strings.panelAlertOn(name) : strings.panelAlertOff(name));
    },
  });

  renderViewBar();
  let loaded;
  let counts;
  try {
    [loaded, counts] = await Promise.all([...early, refreshThreatPicker()]);
  } catch (error) {
    $('graph-status').textContent = '';
    showError(error);
    return;
  }
  performance.mark('raregraph:data-loaded');
  entities = loaded.entities;
  const drawn = network.setData(loaded.entities, loaded.relationships);
  if (!drawn) {
    $('graph-status').textContent = strings.noWebGl;
    setView('table');
  }
  performance.mark('raregraph:network-drawn');
  window.raregraphMap = { state, network, ready: true };
  document.body.dataset.ready = 'network';

  renderFilters();
  renderLegend();
  renderSearch();
  wireKeyboard();
  wireTooltip();
  timeline.setCounts(counts);
  renderThreatPicker();
  renderAsOf();
  const mapTableToggle = $('map-table-toggle');
  mapTableToggle.textContent = strings.showTable;
  mapTableToggle.addEventListener('click', () => {
    const showTable = $('map-table').hidden;
    $('map-table').hidden = !showTable;
    $('europe-map').hidden = showTable;
    mapTableToggle.textContent = showTable ? strings.showMap : strings.showTable;
    if (showTable) renderMapTable();
  });
  europe.draw(entities.filter((e) => e.label === 'JURISDICTION')).catch(showError);
  updateStatus();
  if (state.threatKey) await refreshImpact();
  else updateOverlays();
  if (state.focused && network.graph.hasNode(state.focused)) openEntity(state.focused);
  document.body.dataset.ready = 'all';
  startLive();
}

boot().catch(showError);
