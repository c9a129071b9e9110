// The side panel of one entity: details, its relationships at the as-of date, provenance (source, confidence),
// exposure to recorded events, the exposure-alert switch, and the alliance's own work: an organisation's programmes,
// campaigns and (for editors only: attendance is sensitive) camps, a campaign's targets. Restricted defender fields are asked for only by roles
// that may read them; every other role sees the pseudonym and a note, never an empty field that hints at one.
import { graphql, atLeast } from './api.js';
import { isUnknownField } from './data.js';
import { strings } from './strings.js';
import { validOn } from './validity.js';
import { kindColors, heat, inkOn } from './colors.js';

const illustrativeMarker = 'illustrative';

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

function detailsQuery(session, withProvenance) {
  const restricted = atLeast(session, 'EDITOR') ? 'legalName contact location riskLevel' : '';
  const provenance = withProvenance ? 'source confidence validFrom validTo' : '';
  return `query Entity($key: String!) { entity(key: $key) { key name __typename ${provenance}
    ... on Organisation { kind website tags basedIn { key name code } }
    ... on Defender { displayName basedIn { key name code } ${restricted} }
    ... on Jurisdiction { code jurisdictionKind: kind tags }
    ... on Threat { title occurredOn category severity summary sources jurisdiction { key name } }
    ... on Campaign { campaignStatus: status goal startsOn endsOn }
    ... on Camp { city startsOn endsOn topic heldIn { key name } }
    ... on Programme { startsOn endsOn summary } } }`;
}

// Attendance (who took part in which camp) is asked for only by roles that may read it, so it never reaches others.
function allianceWorkQuery(session) {
  const camps = atLeast(session, 'EDITOR')
    ? 'participations { role gathering { __typename key name ... on Camp { startsOn city } } }'
    : '';
  const defender = camps ? `... on Defender { ${camps} }` : '';
  return `query AllianceWork($key: String!) { entity(key: $key) {
    ... on Organisation { programmes { key name } campaigns { key name status } ${camps} } ${defender} } }`;
}

const campaignQuery = `query Campaign($key: String!) { entity(key: $key) { ... on Campaign {
  runBy { key name } advocatesTo { key name kind } respondsTo { key title occurredOn } programme { key name } } } }`;

export class EntityPanel {
  constructor(root, context) {
    this.root = root;
    this.context = context;
    this.key = null;
    this.alerts = new Map();
    this.withProvenance = true;
  }

  close() {
    this.key = null;
    this.root.hidden = true;
    this.root.replaceChildren();
    this.context.onClose?.();
  }

  /** Opens the panel for `key`; `entry` (an impact entry) adds its score and explaining path. */
  async open(key, entry = null) {
    this.key = key;
    const { session, network } = this.context;
    const local = network.graph.hasNode(key) ? network.graph.getNodeAttributes(key) : null;
    this.root.hidden = false;
    this.root.dataset.key = key;
    const body = element('div', { class: 'panel-body' });
    const header = element('div', { class: 'panel-head' },
      element('span', { class: 'kind-dot', style: `background:${kindColors[local?.kind] ?? kindColors.OTHER}` }),
      element('h2', { id: 'panel-title' }, local?.label ?? key),
      element('button', { type: 'button', class: 'icon-button', 'aria-label': strings.panelClose, onclick: () => this.close() }, '×'));
    this.root.replaceChildren(header, body);
    if (entry) body.append(this.impactSection(entry));

    let details = null;
    try {
      details = await this.fetchDetails(key, session);
    } catch (error) {
      body.append(element('p', { class: 'error-text' }, error.message));
    }
    if (this.key !== key) return;
    if (details && !local) this.root.querySelector('#panel-title').textContent = details.name;
    if (details) body.append(this.detailsSection(details, local, session));
    if (details?.__typename === 'Campaign') {
      const campaign = await this.campaignSection(key);
      if (this.key !== key) return;
      body.append(campaign);
    }
    if (details?.__typename === 'Organisation' || details?.__typename === 'Defender') {
      const work = await this.allianceWorkSection(key, details.__typename, session);
      if (this.key !== key) return;
      if (work) body.append(work);
    }
    if (local) body.append(this.relationshipsSection(key));
    if (details?.__typename === 'Organisation') body.append(await this.exposureSection(key, session));
    this.root.focus({ preventScroll: true });
  }

  /** Moves the panel to another entity: through the network when it is drawn there, else here (campaigns, camps). */
  navigate(key) {
    if (this.context.network.graph.hasNode(key)) this.context.onNavigate?.(key);
    else this.open(key);
  }

  async allianceWorkSection(key, typename, session) {
    const editor = atLeast(session, 'EDITOR');
    if (typename === 'Defender' && !editor) return null;
    const section = element('section', { class: 'panel-section', 'data-testid': 'alliance-work' }, element('h3', {}, strings.panelAllianceWork));
    let work;
    try {
      work = (await graphql(allianceWorkQuery(session), { key })).entity;
    } catch (error) {
      section.append(element('p', { class: 'error-text' }, error.message));
      return section;
    }
    if (work?.programmes?.length) {
      section.append(element('h4', {}, strings.panelOrganises), linkList(work.programmes, 'panel-programme', (p) => p.name, (k) => this.navigate(k)));
    }
    if (work?.campaigns) {
      section.append(element('h4', {}, strings.panelCampaigns), work.campaigns.length
        ? linkList(work.campaigns, 'panel-campaign', (c) => `${c.name} · ${strings.campaignStatus[c.status] ?? c.status}`, (k) => this.navigate(k))
        : element('p', { class: 'muted' }, strings.panelNoCampaigns));
    }
    section.append(element('h4', {}, strings.panelCamps));
    if (!editor) {
      section.append(element('p', { class: 'muted' }, strings.panelCampsNeedRole));
      return section;
    }
    const camps = (work?.participations ?? []).filter((p) => p.gathering.__typename === 'Camp')
      .sort((a, b) => (a.gathering.startsOn ?? '').localeCompare(b.gathering.startsOn ?? '') || a.gathering.key.localeCompare(b.gathering.key));
    section.append(camps.length
      ? linkList(camps.map((p) => ({ ...p.gathering, role: p.role })), 'panel-camp',
        (c) => `${c.name} · ${strings.participationRole[c.role] ?? c.role}${c.startsOn ? ` · ${c.startsOn}` : ''}`, (k) => this.navigate(k))
      : element('p', { class: 'muted' }, strings.panelNoCamps));
    return section;
  }

  async campaignSection(key) {
    const section = element('section', { class: 'panel-section', 'data-testid': 'campaign-targets' }, element('h3', {}, strings.panelCampaign));
    let campaign;
    try {
      campaign = (await graphql(campaignQuery, { key })).entity;
    } catch (error) {
      section.append(element('p', { class: 'error-text' }, error.message));
      return section;
    }
    section.append(
      element('h4', {}, strings.panelAdvocatesTo),
      campaign.advocatesTo.length
        ? linkList(campaign.advocatesTo, 'panel-target', (b) => `${b.name} (${b.kind})`, (k) => this.navigate(k))
        : element('p', { class: 'muted' }, strings.panelNoTargets),
      element('h4', {}, strings.panelRunBy), linkList(campaign.runBy, 'panel-runner', (o) => o.name, (k) => this.navigate(k)));
    if (campaign.respondsTo.length) {
      section.append(element('h4', {}, strings.panelRespondsTo), element('ul', { class: 'link-list' }, campaign.respondsTo.map((t) => element('li', {},
        element('button', { type: 'button', class: 'link-button', 'data-testid': 'panel-response', 'data-key': t.key, onclick: () => this.context.onPickThreat?.(t.key) },
          `${t.occurredOn.slice(0, 4)} · ${t.title}`)))));
    }
    return section;
  }

  async fetchDetails(key, session) {
    try {
      return (await graphql(detailsQuery(session, this.withProvenance), { key })).entity;
    } catch (error) {
      // Entity provenance and validity arrive with the "semantics" work; older servers are asked without them.
      if (this.withProvenance && isUnknownField(error)) {
        this.withProvenance = false;
        return (await graphql(detailsQuery(session, false), { key })).entity;
      }
      throw error;
    }
  }

  impactSection(entry) {
    const steps = entry.path.nodes.map((n) => n.name);
    return element('section', { class: 'panel-section' },
      element('h3', {}, strings.panelPath),
      element('p', {}, element('span', { class: 'score-chip', style: `background:${heat(entry.score)};color:${inkOn(heat(entry.score))}` }, entry.score.toFixed(3)),
        ` · ${entry.hops} hop${entry.hops === 1 ? '' : 's'}${entry.crossBorder ? ' · cross-border' : ''}`),
      element('ol', { class: 'path-steps' }, steps.map((name, i) => element('li', {},
        name, i < entry.path.relationships.length ? element('span', { class: 'muted' }, ` ${entry.path.relationships[i].type} →`) : null))));
  }

  detailsSection(details, local, session) {
    const rows = [[strings.fields.key, details.key]];
    if (details.kind) rows.push([strings.fields.kind, details.kind]);
    if (details.jurisdictionKind) rows.push([strings.fields.kind, details.jurisdictionKind]);
    if (details.code) rows.push([strings.fields.code, details.code]);
    if (details.basedIn) rows.push([strings.fields.country, details.basedIn.name]);
    if (details.website) rows.push([strings.fields.website, details.website]);
    if (details.tags?.length) rows.push([strings.fields.tags, details.tags.join(', ')]);
    if (details.campaignStatus) rows.push([strings.fields.status, strings.campaignStatus[details.campaignStatus] ?? details.campaignStatus]);
    if (details.goal) rows.push([strings.fields.goal, details.goal]);
    if (details.city) rows.push([strings.fields.city, details.city]);
    if (details.heldIn) rows.push([strings.fields.country, details.heldIn.name]);
    if (details.topic) rows.push([strings.fields.topic, details.topic]);
    if (details.startsOn || details.endsOn) rows.push([strings.fields.dates, `${details.startsOn ?? '…'} – ${details.endsOn ?? '…'}`]);
    if (details.summary && details.__typename === 'Programme') rows.push([strings.fields.summary, details.summary]);
    if (local) {
      rows.push([strings.fields.pageRank, (local.pageRank ?? 0).toFixed(4)]);
      rows.push([strings.fields.degree, String(this.context.network.graph.degree(details.key))]);
    }
    const section = element('section', { class: 'panel-section' }, element('h3', {}, strings.panelDetails), definitionList(rows));
    if (details.__typename === 'Defender') {
      if (atLeast(session, 'EDITOR')) {
        section.append(definitionList([
          [strings.fields.legalName, details.legalName ?? '—'],
          [strings.fields.contact, details.contact ?? '—'],
          [strings.fields.location, details.location ?? '—'],
          [strings.fields.riskLevel, details.riskLevel ?? '—'],
        ]));
      } else {
        section.append(element('p', { class: 'restricted-note' }, strings.panelRestricted));
      }
    }
    if (details.source !== undefined || details.confidence !== undefined) {
      section.append(element('h3', {}, strings.panelProvenance), definitionList([
        [strings.panelSource, details.source ?? '—'],
        [strings.panelConfidence, details.confidence ?? '—'],
        [strings.panelValidity, `${details.validFrom ?? strings.since} – ${details.validTo ?? strings.until}`],
      ]));
    }
    return section;
  }

  relationshipsSection(key) {
    const { network, state } = this.context;
    const graph = network.graph;
    const section = element('section', { class: 'panel-section' }, element('h3', {}, strings.panelRelationships));
    if (!graph.hasNode(key)) return section;
    const rows = [];
    graph.forEachEdge(key, (edge, a, source, target) => {
      if (!validOn(a, state.asOf)) return;
      const other = source === key ? target : source;
      rows.push({ edge, a, outgoing: source === key, other, name: graph.getNodeAttribute(other, 'label') });
    });
    rows.sort((x, y) => x.a.relType.localeCompare(y.a.relType) || x.name.localeCompare(y.name));
    if (rows.length === 0) {
      section.append(element('p', { class: 'muted' }, strings.panelNoRelationships));
      return section;
    }
    const list = element('ul', { class: 'relationship-list' });
    for (const row of rows.slice(0, 200)) {
      const illustrative = (row.a.source ?? '').toLowerCase().includes(illustrativeMarker);
      list.append(element('li', {},
        element('span', { class: 'rel-type' }, row.outgoing ? `${row.a.relType} →` : `← ${row.a.relType}`),
        ' ',
        element('button', { type: 'button', class: 'link-button', onclick: () => this.navigate(row.other) }, row.name),
        element('div', { class: 'provenance' },
          `${strings.panelConfidence}: ${row.a.confidence ?? '—'} · ${strings.panelValidity}: ${row.a.validFrom ?? strings.since} – ${row.a.validTo ?? strings.until}`,
          row.a.source ? element('div', { class: illustrative ? 'source illustrative' : 'source' },
            illustrative ? strings.panelIllustrative : `${strings.panelSource}: ${row.a.source}`) : null)));
    }
    section.append(list);
    return section;
  }

  async exposureSection(key, session) {
    const section = element('section', { class: 'panel-section' }, element('h3', {}, strings.panelExposure));
    if (!atLeast(session, 'ANALYST')) {
      section.append(element('p', { class: 'muted' }, strings.panelExposureNeedsRole));
      return section;
    }
    const toggle = element('input', { type: 'checkbox', id: 'alert-toggle' });
    toggle.checked = this.alerts.has(key);
    toggle.addEventListener('change', () => this.context.onAlert?.(key, toggle.checked));
    section.append(element('label', { class: 'switch' }, toggle, ` ${strings.panelAlert}`));
    const list = element('ul', { class: 'exposure-list' }, element('li', { class: 'muted' }, strings.panelExposureLoading));
    section.append(list);
    try {
      const data = await graphql(`query Exposure($key: String!) { exposure(organisationKey: $key, first: 25) {
        nodes { score hops threat { key title occurredOn } } } }`, { key });
      const items = data.exposure.nodes.map((e) => element('li', {},
        element('span', { class: 'score-chip', style: `background:${heat(e.score)};color:${inkOn(heat(e.score))}` }, e.score.toFixed(2)), ' ',
        element('button', { type: 'button', class: 'link-button', onclick: () => this.context.onPickThreat?.(e.threat.key) },
          `${e.threat.occurredOn.slice(0, 4)} · ${e.threat.title}`)));
      list.replaceChildren(...(items.length ? items : [element('li', { class: 'muted' }, strings.panelExposureNone)]));
    } catch (error) {
      list.replaceChildren(element('li', { class: 'error-text' }, error.message));
    }
    return section;
  }
}

/** A list of entity buttons, each with data-testid and data-key, that opens the entity on click. */
function linkList(items, testId, label, onOpen) {
  return element('ul', { class: 'link-list' }, items.map((item) => element('li', {},
    element('button', { type: 'button', class: 'link-button', 'data-testid': testId, 'data-key': item.key, onclick: () => onOpen(item.key) }, label(item)))));
}

function definitionList(rows) {
  return element('dl', { class: 'details' }, rows.flatMap(([term, value]) => [element('dt', {}, term), element('dd', {}, String(value))]));
}

export { element };
