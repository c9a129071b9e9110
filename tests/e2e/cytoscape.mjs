// Loads a Cytoscape.js JSON export (GET /export/graph.cyjs) into cytoscape.js, headless, as a page would, and prints
// what it holds as JSON: node and edge counts, and whether every edge's endpoints were found.
// Usage: node cytoscape.mjs FILE
import { readFile } from 'node:fs/promises';
import cytoscape from 'cytoscape';

const file = process.argv[2];
const json = JSON.parse(await readFile(file, 'utf8'));
// cytoscape.js throws on an edge whose source or target is missing, and on a non-string or repeated id.
const cy = cytoscape({ headless: true, elements: json.elements });
const stringIds = cy.elements().every((e) => typeof e.data('id') === 'string');
const dangling = cy.edges().filter((e) => e.source().empty() || e.target().empty()).length;
console.log(JSON.stringify({ nodes: cy.nodes().length, edges: cy.edges().length, stringIds, dangling }));
