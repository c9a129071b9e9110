// Lints Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support).
// Input: a JSON array of statement strings, from the file named as the first argument or from stdin.
// Output: a JSON array of {index, severity, message, line, statement} for every diagnostic that counts;
// exit code 1 when any of them is an error (severity 1), 0 otherwise.
// Undeclared-parameter diagnostics are dropped: the statements are parameterised on purpose and the
// linter has no schema to declare them against.
import { readFileSync } from 'node:fs';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

const source = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : readFileSync(0, 'utf8');
const statements = JSON.parse(source);
if (!Array.isArray(statements)) {
  console.error('Expected a JSON array of Cypher statements.');
  process.exit(2);
}

const findings = [];
statements.forEach((statement, index) => {
  // The result has been a bare array in some releases and {diagnostics} in others.
  const result = lintCypherQuery(statement, {});
  const diagnostics = Array.isArray(result) ? result : (result?.diagnostics ?? []);
  for (const d of diagnostics) {
    if (!isNotParamError(d)) continue;
    findings.push({ index, severity: d.severity, message: d.message, line: d.range?.start?.line, statement });
  }
});

console.log(JSON.stringify(findings, null, 2));
process.exit(findings.some((f) => f.severity === 1) ? 1 : 0);
