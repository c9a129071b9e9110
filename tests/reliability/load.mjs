// A bounded loopback load run against a RareGraph server (node 20, no dependencies).
// usage: node load.mjs <baseUrl> <apiKey> <clients> <seconds> [writePercent]
// Mixed traffic: 70% reads (listings, entity, node), 20% analyses (impact, exposure, paths), 10% writes (upserts).
// Prints one JSON line: requests, requests/s, p50/p99 ms, status counts, error codes, failures (5xx, network, INTERNAL).
const [base, key, clientsArg = '150', secondsArg = '60', writeArg = '10'] = process.argv.slice(2);
const clients = Number(clientsArg), seconds = Number(secondsArg), writes = Number(writeArg);
const url = new URL('graphql', base).toString();
const reads = [
  '{ organisations(first: 25) { nodes { key name basedIn { code } } } }',
  '{ threats(first: 10, order: [{ field: OCCURRED_ON, direction: DESC }]) { totalCount nodes { key title } } }',
  '{ entity(key: "org:amnesty-international-hungary") { key name ... on Organisation { relationships(first: 10) { totalCount } } } }',
  '{ jurisdictions(first: 50) { nodes { key code } } }',
  '{ threatCounts(by: [YEAR]) { keys count } }',
];
const analyses = [
  '{ impact(threatKey: "threat:2023-hu-sovereignty-protection-act", maxHops: 4) { affected(first: 10) { totalCount nodes { score } } } }',
  '{ exposure(organisationKey: "org:amnesty-international-hungary") { score } }',
  '{ alliance { members(first: 5) { nodes { entity { key } } } } }',
];
const latencies = [];
const statuses = {};
const codes = {};
let failures = 0, sent = 0, writeCounter = 0;
const deadline = Date.now() + seconds * 1000;

function pick() {
  const roll = Math.random() * 100;
  if (roll < writes) {
    const n = writeCounter++ % 500;
    return `mutation { upsertOrganisation(input: { key: "load:org-${n}", name: "Load ${n}", kind: NGO, basedInKey: "HU" }) { changed } }`;
  }
  if (roll < writes + 20) return analyses[Math.floor(Math.random() * analyses.length)];
  return reads[Math.floor(Math.random() * reads.length)];
}

async function client() {
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
        body: JSON.stringify({ query: pick() }),
      });
      const text = await response.text();
      latencies.push(performance.now() - started);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status >= 500) failures++;
      try {
        for (const e of JSON.parse(text).errors ?? []) {
          const code = e.extensions?.code ?? 'NONE';
          codes[code] = (codes[code] ?? 0) + 1;
          if (code === 'INTERNAL') failures++;
        }
      } catch { failures++; }
    } catch {
      failures++;
      statuses.network = (statuses.network ?? 0) + 1;
    }
    sent++;
  }
}

const t0 = Date.now();
await Promise.all(Array.from({ length: clients }, client));
const elapsed = (Date.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const q = p => latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]) : null;
console.log(JSON.stringify({ clients, seconds: Math.round(elapsed), requests: sent, perSecond: Math.round(sent / elapsed), p50ms: q(0.5), p99ms: q(0.99), statuses, codes, failures }));
