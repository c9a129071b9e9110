// Runs the GraphQL-over-HTTP compliance audits of graphql-http against a running server.
// Usage: node audit.mjs <server or /graphql url>
// Prints a JSON summary; exits 1 if any MUST or SHOULD audit fails (MAY failures are reported only).
import { serverAudits } from 'graphql-http';
import { graphqlEndpoint } from './endpoint.mjs';

const blockingLevels = new Set(['MUST', 'SHOULD']);

function levelOf(auditName) {
  return auditName.split(' ', 1)[0];
}

async function runAudit(audit) {
  try {
    const result = await audit.fn();
    if (result.status === 'ok') {
      return { id: audit.id, name: audit.name, ok: true };
    }
    const status = result.response ? ` (HTTP ${result.response.status})` : '';
    return { id: audit.id, name: audit.name, ok: false, reason: `${result.reason}${status}` };
  } catch (error) {
    // graphql-http throws only on fatal problems, such as the server being unreachable.
    return { id: audit.id, name: audit.name, ok: false, reason: `audit threw: ${error?.message ?? error}` };
  }
}

async function main() {
  const url = graphqlEndpoint(process.argv[2]).href;
  const audits = serverAudits({ url, fetchFn: fetch });

  const summary = {
    url,
    passed: 0,
    failed: 0,
    byLevel: { MUST: { ok: 0, fail: 0 }, SHOULD: { ok: 0, fail: 0 }, MAY: { ok: 0, fail: 0 } },
    failures: [],
  };
  // Sequential on purpose: the audits are cheap (~0.2 s in all) and a server log stays readable.
  for (const audit of audits) {
    const outcome = await runAudit(audit);
    const level = levelOf(audit.name);
    summary.byLevel[level] ??= { ok: 0, fail: 0 };
    if (outcome.ok) {
      summary.passed++;
      summary.byLevel[level].ok++;
    } else {
      summary.failed++;
      summary.byLevel[level].fail++;
      summary.failures.push({ id: outcome.id, name: outcome.name, level, reason: outcome.reason });
    }
  }

  console.log(JSON.stringify(summary, null, 2));
  const blocking = summary.failures.filter((failure) => blockingLevels.has(failure.level));
  if (summary.passed + summary.failed === 0) {
    console.error('No audit ran.');
    return 1;
  }
  if (blocking.length > 0) {
    console.error(`${blocking.length} MUST/SHOULD audit(s) failed.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error?.stack ?? String(error));
    process.exit(2);
  },
);
