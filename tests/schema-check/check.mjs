// Schema evolution check: compares the current contract (schema/raregraph.graphql) with the last released schema
// (schema/released/raregraph.graphql) using @graphql-inspector/core, and fails on a breaking change that the
// "## Unreleased" section of CHANGELOG.md does not list with its reason.
//
// A change is listed when a bullet of that section names its path, or a parent of it, in backticks and gives a reason
// after "Why:" — for example:
//   - `Query.exposure` now returns an ExposureConnection instead of a list. Why: every list pages the same way.
// Dangerous changes (an enum value added, a default changed) are reported but do not fail the check.
//
// Usage: node check.mjs [--released FILE] [--current FILE] [--changelog FILE]
// Exit code 0 when every breaking change is listed, 1 otherwise, 2 on a usage or input error.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const options = {
  released: resolve(root, 'schema/released/raregraph.graphql'),
  current: resolve(root, 'schema/raregraph.graphql'),
  changelog: resolve(root, 'CHANGELOG.md'),
};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const name = args[i]?.replace(/^--/, '');
  if (!(name in options) || args[i + 1] === undefined) {
    console.error(`Unknown or incomplete argument '${args[i]}'.`);
    process.exit(2);
  }
  options[name] = resolve(args[i + 1]);
}

/** The bullets of the "## Unreleased" section, each with its continuation lines joined. */
export function unreleasedBullets(changelog) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s+Unreleased\b/i.test(l));
  if (start < 0) return [];
  const bullets = [];
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    if (/^\s*[-*]\s/.test(line) && !/^\s{2,}/.test(line)) bullets.push(line.replace(/^\s*[-*]\s+/, ''));
    else if (bullets.length > 0 && /^\s+\S/.test(line)) bullets[bullets.length - 1] += ' ' + line.trim();
  }
  return bullets;
}

/** The bullet that lists a change at `path` (or at a parent path) with a reason, if any. */
export function listing(bullets, path) {
  return bullets.find((bullet) => {
    const named = [...bullet.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return named.some((p) => path === p || path.startsWith(p + '.')) && /\bWhy:\s*\S/.test(bullet);
  });
}

function load(file, what) {
  try {
    return buildSchema(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`The ${what} schema (${file}) could not be read: ${error.message}`);
    process.exit(2);
  }
}

const released = load(options.released, 'released');
const current = load(options.current, 'current');
const changelog = readFileSync(options.changelog, 'utf8');
const bullets = unreleasedBullets(changelog);
const changes = await diff(released, current);

const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
const unlisted = breaking.filter((c) => !listing(bullets, c.path ?? ''));

for (const change of breaking) {
  console.log(`${unlisted.includes(change) ? 'UNLISTED BREAKING' : 'listed breaking'}: ${change.path ?? '(schema)'} — ${change.message}`);
}
for (const change of dangerous) {
  console.log(`dangerous: ${change.path ?? '(schema)'} — ${change.message}`);
}
console.log(`${changes.length} change(s): ${breaking.length} breaking (${unlisted.length} unlisted), ${dangerous.length} dangerous, ` +
  `${changes.length - breaking.length - dangerous.length} safe.`);
if (unlisted.length > 0) {
  console.log('A breaking change must be listed in the "## Unreleased" section of CHANGELOG.md: a bullet naming its path ' +
    'in backticks with "Why:" and the reason. Prefer an additive change.');
}
process.exit(unlisted.length > 0 ? 1 : 0);
