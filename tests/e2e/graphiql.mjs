// Proves the GraphiQL explorer works in a real browser: the page loads from the server alone (no external request),
// Monaco starts, the default query runs from the execute button, an edited query runs with Ctrl+Enter, and the
// GraphQL web worker validates against the live schema.
// Usage: node graphiql.mjs <server url> <screenshot.png> [--expect <text in the default query's result>]
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { graphqlEndpoint } from './endpoint.mjs';

const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 60000);
const queryEditor = '.graphiql-query-editor .monaco-editor';
const responseLines = '.graphiql-response .monaco-editor .view-lines';

function parseArguments(argv) {
  const [serverUrl, screenshotPath, ...rest] = argv;
  if (!serverUrl || !screenshotPath) {
    throw new Error('Usage: node graphiql.mjs <server url> <screenshot.png> [--expect <text>]');
  }
  const expectIndex = rest.indexOf('--expect');
  const expected = expectIndex >= 0 ? rest[expectIndex + 1] : 'totalCount';
  return { endpoint: graphqlEndpoint(serverUrl), screenshotPath: path.resolve(screenshotPath), expected };
}

function launchArguments() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  // Playwright gives each launch a fresh temporary profile, so no saved GraphiQL tabs leak between runs.
  // Chromium refuses to run as root with its sandbox on; CI containers run as root.
  if (process.getuid?.() === 0) {
    args.push('--no-sandbox');
  }
  return args;
}

async function responseText(page) {
  // Monaco draws spaces as non-breaking spaces.
  return (await page.locator(responseLines).innerText()).replaceAll('\u00a0', ' ');
}

async function waitForResponseContaining(page, text, step) {
  try {
    await page.waitForFunction(
      ([selector, wanted]) => document.querySelector(selector)?.textContent?.includes(wanted),
      [responseLines, text],
      { timeout },
    );
  } catch {
    const seen = await responseText(page).catch(() => '<no response pane>');
    throw new Error(`${step}: the result pane never contained "${text}". It shows:\n${seen}`);
  }
}

async function replaceQuery(page, query) {
  await page.locator(`${queryEditor} .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(query);
  // Monaco auto-closes the opening brace it sees typed; drop whatever it appended after the caret.
  await page.keyboard.press('Shift+ControlOrMeta+End');
  await page.keyboard.press('Delete');
}

async function exercise(page, endpoint, expected, screenshotPath, log, schemaRejection) {
  const response = await page.goto(endpoint.href, { waitUntil: 'load', timeout });
  if (!response || response.status() !== 200) {
    throw new Error(`GET ${endpoint.href} answered ${response?.status()}, expected 200 with the explorer page.`);
  }
  const title = await page.title();
  if (title !== 'RareGraph explorer') {
    throw new Error(`Unexpected page title "${title}".`);
  }
  log('page loaded');

  await page.locator(`${queryEditor} .view-lines`).waitFor({ timeout });
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.textContent?.includes('organisations'),
    `${queryEditor} .view-lines`,
    { timeout },
  );
  log('editor shows the default query');

  await page.locator('.graphiql-execute-button').click();
  await waitForResponseContaining(page, expected, 'Execute button');
  log(`execute button ran the default query; result contains "${expected}"`);
  await page.screenshot({ path: screenshotPath, fullPage: true });
  log(`screenshot written to ${screenshotPath}`);

  await replaceQuery(page, '{ edited: organisations(first: 1) { totalCount } }');
  await page.keyboard.press('ControlOrMeta+Enter');
  await waitForResponseContaining(page, '"edited"', 'Ctrl+Enter after editing');
  log('edited query ran with Ctrl+Enter');

  // A red squiggle under an unknown field proves the GraphQL worker runs and has the server's schema.
  if (schemaRejection()) {
    throw new Error(`GraphiQL has no schema: the server rejected its introspection query with ${schemaRejection()}`);
  }
  await replaceQuery(page, '{ fieldThatDoesNotExist }');
  try {
    await page.locator(`${queryEditor} .squiggly-error`).first().waitFor({ timeout });
  } catch {
    throw new Error('No validation marker appeared for an unknown field: the Monaco GraphQL worker is not working.');
  }
  log('GraphQL worker flags an unknown field');
}

async function main() {
  const { endpoint, screenshotPath, expected } = parseArguments(process.argv.slice(2));
  await mkdir(path.dirname(screenshotPath), { recursive: true });
  const log = (message) => console.log(`graphiql: ${message}`);
  const externalRequests = [];
  const pageErrors = [];
  let schemaRejection;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: launchArguments(),
    timeout,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Everything must come from the server itself; anything else is recorded and refused.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === endpoint.origin || url.protocol === 'data:' || url.protocol === 'blob:') {
        return route.continue();
      }
      externalRequests.push(url.href);
      return route.abort();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', async (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname === endpoint.pathname) {
        // A rejected GraphiQL request (e.g. its introspection query) explains most failures below.
        const body = await response.text().catch(() => '');
        const sent = response.request().postData() ?? '';
        if (sent.includes('IntrospectionQuery')) {
          schemaRejection ??= `HTTP ${response.status()}: ${body.slice(0, 500)}`;
        }
        log(`HTTP ${response.status()} from ${endpoint.pathname}: ${body.slice(0, 500)}\n  for: ${sent.slice(0, 300)}`);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        log(`browser console error: ${message.text()}`);
      }
    });

    try {
      await exercise(page, endpoint, expected, screenshotPath, log, () => schemaRejection);
    } catch (error) {
      await page.screenshot({ path: screenshotPath, fullPage: true }).catch(() => {});
      throw error;
    }
  } finally {
    await browser.close();
  }

  if (externalRequests.length > 0) {
    throw new Error(`The page tried to load external resources:\n${externalRequests.join('\n')}`);
  }
  if (pageErrors.length > 0) {
    throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
  }
  log('passed');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`graphiql: FAILED: ${error?.message ?? error}`);
    process.exit(1);
  },
);
