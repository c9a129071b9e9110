// A stand-in for Neo4j's HTTP Query API on 127.0.0.1, enough for RareGraph to start and answer: discovery, then every
// statement answered with an empty result (graph version 0 where one is asked for). It holds no data: it exists to
// simulate Neo4j being down at start and going away mid-run, not to test Cypher.  usage: node fake-neo4j.mjs <port>
import http from 'node:http';
const port = Number(process.argv[2]);
const discovery = JSON.stringify({ query: `http://127.0.0.1:${port}/db/{databaseName}/query/v2`, neo4j_version: '5.26.0', neo4j_edition: 'community' });
http.createServer((req, res) => {
  let body = '';
  req.on('data', c => (body += c));
  req.on('end', () => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(discovery);
    }
    const data = body.includes(' AS version')
      ? { fields: ['version'], values: [[{ $type: 'Integer', _value: '0' }]] }
      : { fields: [], values: [] };
    res.writeHead(202, { 'content-type': 'application/vnd.neo4j.query' });
    res.end(JSON.stringify({ data, bookmarks: ['FB:fake'] }));
  });
}).listen(port, '127.0.0.1');
