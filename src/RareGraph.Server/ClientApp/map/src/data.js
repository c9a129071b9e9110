// Loading what the page draws: every organisation, defender and jurisdiction with its outgoing relationships (all
// dates, so the as-of slider redraws without asking again); the timeline's counts, and events a page at a time.
import { graphql, ApiError } from './api.js';

export const organisationKinds = ['NGO', 'GOVERNMENT', 'PARLIAMENT', 'MULTILATERAL', 'ACADEMIC', 'FUNDER', 'MEDIA', 'OTHER'];
export const networkTypes = [
  'AFFILIATED_WITH', 'MEMBER_OF', 'PARTNERS_WITH', 'FUNDED_BY', 'GOVERNS', 'BASED_IN', 'OPERATES_IN', 'ADVOCATES_TO', 'INFLUENCES',
];

// 40 entities x 100 relationships stays inside the server's complexity budget; entities with more follow up.
const entityPage = 40;
const relationshipPage = 100;
const relationshipFields = 'type toKey strength validFrom validTo source confidence';
const outgoing = `relationships(direction: OUTGOING, first: ${relationshipPage}) {
  pageInfo { hasNextPage endCursor } nodes { ${relationshipFields} } }`;

const listings = {
  organisations: { label: 'ORGANISATION', fields: 'key name kind website tags basedIn { key }' },
  defenders: { label: 'DEFENDER', fields: 'key name basedIn { key }' },
  jurisdictions: { label: 'JURISDICTION', fields: 'key name code kind tags' },
};

// Entity validity and provenance arrive with the "semantics" work; a server without them is asked without them.
const entityExtras = 'validFrom validTo confidence';
let askExtras = true;

function listingQuery(field, filtered) {
  const where = filtered ? ', where: $where' : '';
  const variables = filtered ? `, $where: ${field === 'organisations' ? 'OrganisationFilter' : 'DefenderFilter'}` : '';
  const extras = askExtras ? entityExtras : '';
  return `query Load($after: String${variables}) { page: ${field}(first: ${entityPage}, after: $after${where}) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${listings[field].fields} ${extras} ${outgoing} } } }`;
}

async function listingPage(field, where, after) {
  const variables = where ? { after, where } : { after };
  try {
    return await graphql(listingQuery(field, Boolean(where)), variables);
  } catch (error) {
    if (!askExtras || !isUnknownField(error)) throw error;
    askExtras = false;
    return graphql(listingQuery(field, Boolean(where)), variables);
  }
}

const moreRelationships = `query More($key: String!, $after: String) { entity(key: $key) {
  relationships(direction: OUTGOING, first: ${relationshipPage}, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { ${relationshipFields} } } } }`;

/**
 * Loads the network. Pages run in parallel chains (one per listing, organisations split by kind) so a large graph is
 * not one long queue of requests. onProgress(entities, relationships) is called as pages arrive.
 */
export async function loadNetwork(onProgress = () => {}) {
  try {
    await graphql(`{ jurisdictions(first: 1) { nodes { ${entityExtras} } } }`);
  } catch (error) {
    if (!isUnknownField(error)) throw error;
    askExtras = false;
  }
  const entities = [];
  const relationships = [];
  const chains = [
    { field: 'jurisdictions' },
    { field: 'defenders' },
    ...organisationKinds.map((kind) => ({ field: 'organisations', where: { kind: { eq: kind } } })),
  ];
  await Promise.all(chains.map(async ({ field, where }) => {
    let after = null;
    for (;;) {
      const data = await listingPage(field, where, after);
      for (const node of data.page.nodes) {
        const { relationships: connection, ...entity } = node;
        entity.label = listings[field].label;
        entity.basedIn = entity.basedIn?.key ?? (entity.label === 'JURISDICTION' ? entity.key : null);
        entities.push(entity);
        for (const r of connection.nodes) relationships.push({ ...r, fromKey: entity.key });
        if (connection.pageInfo.hasNextPage) {
          relationships.push(...await remainingRelationships(entity.key, connection.pageInfo.endCursor));
        }
      }
      onProgress(entities.length, relationships.length);
      if (!data.page.pageInfo.hasNextPage) break;
      after = data.page.pageInfo.endCursor;
    }
  }));
  return { entities, relationships };
}

async function remainingRelationships(key, cursor) {
  const found = [];
  let after = cursor;
  while (after) {
    const data = await graphql(moreRelationships, { key, after });
    const connection = data.entity?.relationships;
    if (!connection) break;
    for (const r of connection.nodes) found.push({ ...r, fromKey: key });
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  }
  return found;
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
