// Loading what the page draws: every organisation, defender and jurisdiction with its outgoing relationships (all
// dates, so the as-of slider redraws without asking again); the timeline's counts, and events a page at a time.
import { graphql, ApiError } from './api.js';
import { BatchedPages } from './batchedPages.js';

export const organisationKinds = ['NGO', 'GOVERNMENT', 'PARLIAMENT', 'MULTILATERAL', 'ACADEMIC', 'FUNDER', 'MEDIA', 'OTHER'];
export const networkTypes = [
  'AFFILIATED_WITH', 'MEMBER_OF', 'PARTNERS_WITH', 'FUNDED_BY', 'GOVERNS', 'BASED_IN', 'OPERATES_IN', 'ADVOCATES_TO', 'INFLUENCES',
];

// What the drawing needs of each entity; the side panel asks for the rest of one entity when it opens.
const validity = 'validFrom validTo confidence';
const listings = {
  jurisdictions: { label: 'JURISDICTION', type: 'JurisdictionFilter', nameFilter: 'name', fields: `key name code ${validity}` },
  defenders: { label: 'DEFENDER', type: 'DefenderFilter', nameFilter: 'displayName', fields: `key name basedIn { key } ${validity}` },
  organisations: { label: 'ORGANISATION', type: 'OrganisationFilter', nameFilter: 'name', fields: `key name kind basedIn { key } ${validity}` },
};
const relationshipSelection = 'pageInfo { hasNextPage endCursor } nodes { fromKey type toKey strength validFrom validTo source confidence }';

// A listing is read in partitions that can be paged side by side. A partition larger than this is split by how its
// names begin (the listings are ordered by name), so no chain of "next page" requests grows long.
const pageSize = 100;
const splitAbove = 500;
const maxSplitDepth = 6;
// In the order names sort in, so the characters between a partition's first and last name are a range of this.
const nameStarts = [...' 0123456789abcdefghijklmnopqrstuvwxyz'];

function fold(text) {
  return (text ?? '').normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function both(where, condition) {
  return where ? { and: [where, condition] } : condition;
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/**
 * Splits a partition whose names run from `first` to `last` by the character after their common prefix: one part per
 * character of nameStarts between theirs, and one for whatever none of those holds (other scripts, punctuation, an
 * order the guess got wrong), so the parts always cover the partition. Null when there is nothing to split on.
 */
function splitByName(listing, where, first, last) {
  const [a, b] = [fold(first), fold(last)];
  const prefix = commonPrefix(a, b);
  const from = nameStarts.indexOf(a[prefix.length]);
  const to = nameStarts.indexOf(b[prefix.length]);
  if (a === b || from < 0 || to < from) return null;
  const starts = nameStarts.slice(from, to + 1).map((c) => ({ [listing.nameFilter]: { startsWith: prefix + c } }));
  return [...starts.map((condition) => both(where, condition)), both(where, { not: { or: starts } })];
}

/**
 * Loads the network: every jurisdiction, defender and organisation, and the outgoing relationships of the types the
 * map draws (all dates, so the as-of slider redraws without asking again), through the same GraphQL fields and role
 * checks as any client. onProgress(entities, relationships, requests) is called as pages arrive.
 */
export async function loadNetwork(onProgress = () => {}) {
  const entities = new Map();
  const relationships = new Map();
  const pages = new BatchedPages();
  const waitingForRelationships = [];
  let keysAsked = 0;
  let relationshipsRead = 0;
  const progress = () => onProgress(entities.size, relationships.size, pages.requests);

  const readRelationships = (fromKeys, after = null) => pages.add({
    field: 'relationships', type: 'RelationshipFilter', selection: relationshipSelection,
    args: { where: { fromKeys, types: networkTypes }, first: pageSize, after },
    accept: (page) => {
      for (const r of page.nodes) relationships.set(`${r.fromKey}|${r.type}|${r.toKey}`, r);
      relationshipsRead += page.nodes.length;
      if (page.pageInfo.hasNextPage) readRelationships(fromKeys, page.pageInfo.endCursor);
      progress();
    },
  });
  // Outgoing relationships are asked for in groups of entities sized to fill about one page, from the degree seen so far.
  const askForRelationships = (all) => {
    const degree = keysAsked > 200 ? Math.max(0.5, relationshipsRead / keysAsked) : 5;
    const group = Math.max(4, Math.min(100, Math.floor((pageSize * 0.8) / degree)));
    while (waitingForRelationships.length >= group || (all && waitingForRelationships.length)) {
      const keys = waitingForRelationships.splice(0, group);
      keysAsked += keys.length;
      readRelationships(keys);
    }
  };
  const keep = (listing, node) => {
    if (entities.has(node.key)) return;
    const entity = { ...node, label: listing.label };
    entity.basedIn = node.basedIn?.key ?? (listing.label === 'JURISDICTION' ? node.key : null);
    entities.set(node.key, entity);
    waitingForRelationships.push(node.key);
  };

  const readPages = (field, where, after) => {
    const listing = listings[field];
    pages.add({
      field, type: listing.type, selection: `pageInfo { hasNextPage endCursor } nodes { ${listing.fields} }`,
      args: { where, first: pageSize, after },
      accept: (page) => {
        for (const node of page.nodes) keep(listing, node);
        if (page.pageInfo.hasNextPage) readPages(field, where, page.pageInfo.endCursor);
        askForRelationships(false);
        progress();
      },
    });
  };

  // A partition of a listing: its first page, its size and its last name. Small, it is complete or paged on; large,
  // it is split by the character that follows the prefix all its names share (they are ordered by name), so that the
  // parts are paged side by side.
  // The last name is asked for beside the first page only where a split is likely (the parts of a split listing);
  // a listing's first request goes without it, so a small graph loads in the fewest, smallest requests.
  const askLastName = (field, where, answer) => pages.add({
    field, type: listings[field].type, selection: 'nodes { name }', args: { where, last: 1 },
    accept: (page) => answer(page.nodes[0]?.name ?? ''),
  });
  const readPartition = (field, where, depth) => {
    const listing = listings[field];
    const answers = {};
    const decide = () => {
      if (!('page' in answers && 'last' in answers)) return;
      const { page } = answers;
      const parts = splitByName(listing, where, page.nodes[0]?.name, answers.last);
      if (parts) for (const part of parts) readPartition(field, part, depth + 1);
      else readPages(field, where, page.pageInfo.endCursor);
    };
    pages.add({
      field, type: listing.type, selection: `totalCount pageInfo { hasNextPage endCursor } nodes { ${listing.fields} }`,
      args: { where, first: pageSize },
      accept: (page) => {
        for (const node of page.nodes) keep(listing, node);
        askForRelationships(false);
        progress();
        if (!page.pageInfo.hasNextPage) return;
        if (page.totalCount <= splitAbove || depth >= maxSplitDepth) {
          readPages(field, where, page.pageInfo.endCursor);
          return;
        }
        answers.page = page;
        if (depth === 0) askLastName(field, where, (last) => { answers.last = last; decide(); });
        else decide();
      },
    });
    if (depth > 0) askLastName(field, where, (last) => { answers.last = last; decide(); });
  };

  const roots = [['jurisdictions', null], ['defenders', null], ...organisationKinds.map((kind) => ['organisations', { kind: { eq: kind } }])];
  for (const [field, where] of roots) readPartition(field, where, 0);
  await pages.run();
  askForRelationships(true);
  await pages.run();
  const requests = pages.requests;
  return { entities: [...entities.values()], relationships: [...relationships.values()], requests };
}

const threatFields = 'key title occurredOn datePrecision category severity polarity jurisdiction { key code name }';

/** The timeline's buckets: events per year and category, counted by the store (threatCounts), never paged through. */
export async function loadThreatCounts() {
  const data = await graphql('query TimelineCounts { threatCounts(by: [YEAR, CATEGORY]) { keys count } }');
  return data.threatCounts;
}

/**
 * One page of events for the picker, newest first: those whose title holds `text` (or whose key is `text`), in `year`
 * and of `category` when given. Returns { threats, total }.
 */
export async function findThreats({ text = '', year = null, category = null } = {}, first = 50) {
  const conditions = [];
  const words = text.trim();
  if (words) conditions.push({ or: [{ title: { contains: words } }, { key: { eq: words } }] });
  if (year) conditions.push({ occurredOn: { gte: `${year}-01-01`, lte: `${year}-12-31` } });
  if (category) conditions.push({ category: { eq: category } });
  const data = await graphql(`query PickerThreats($where: ThreatFilter, $first: Int) {
    threats(where: $where, first: $first, order: [{ field: OCCURRED_ON, direction: DESC }, { field: KEY }]) {
      totalCount nodes { ${threatFields} } } }`, { where: conditions.length ? { and: conditions } : null, first });
  return { threats: data.threats.nodes, total: data.threats.totalCount };
}

/** One event by its key, or null when none is recorded under it. */
export async function loadThreat(key) {
  const data = await graphql(`query PickedThreat($key: String!) { threats(where: { key: { eq: $key } }, first: 1) {
    nodes { ${threatFields} } } }`, { key });
  return data.threats.nodes[0] ?? null;
}

export function isUnknownField(error) {
  return error instanceof ApiError && /Cannot query field|Unknown argument/i.test(error.message);
}

const affectedFields = `organisation { key name kind basedIn { key code } } score hops crossBorder
  path { hops score nodes { key name } relationships { fromKey type toKey } }`;

/** Every entry of a threat's impact, in the API's order (the ranked list shows exactly these). */
export async function loadImpact(threatKey, at, minConfidence) {
  const entries = [];
  let after = null;
  let withConfidence = minConfidence > 0;
  for (;;) {
    const confidenceArgument = withConfidence ? ', minConfidence: $minConfidence' : '';
    const confidenceVariable = withConfidence ? ', $minConfidence: Float' : '';
    let data;
    try {
      data = await graphql(`query Impact($threatKey: String!, $at: Date, $after: String${confidenceVariable}) {
        impact(threatKey: $threatKey, at: $at${confidenceArgument}) { at threat { key title occurredOn jurisdiction { key code } }
          affected(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${affectedFields} } } } }`,
      { threatKey, at: at || null, after, ...(withConfidence ? { minConfidence } : {}) });
    } catch (error) {
      // minConfidence on analyses arrives with the "semantics" work; without it the filter applies to the drawing only.
      if (withConfidence && isUnknownField(error)) {
        withConfidence = false;
        continue;
      }
      throw error;
    }
    entries.push(...data.impact.affected.nodes);
    if (!data.impact.affected.pageInfo.hasNextPage) {
      return { at: data.impact.at, threat: data.impact.threat, entries, total: data.impact.affected.totalCount };
    }
    after = data.impact.affected.pageInfo.endCursor;
  }
}
