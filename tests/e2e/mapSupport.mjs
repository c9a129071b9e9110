// Shared by map.mjs and mapBenchmark.mjs: Chromium as the tests launch it, signing in through the page, waiting for
// the map, refusing every request to another origin, and counting the pixels of a screenshot that are not background.
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';

export const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 60000);

export function launch() {
  const args = ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  // Chromium refuses to run as root with its sandbox on; CI containers run as root.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // Playwright gives every launch a fresh temporary profile (user-data dir), so nothing carries over between runs.
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args, timeout });
}

/** Records uncaught page errors and refuses (and records) every request to another origin. */
export function guardOrigin(page, base, log) {
  const problems = [];
  page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) log(`browser console error: ${message.text()}`);
  });
  return problems;
}

/** Opens a page of the map and waits until it has drawn everything it was asked for (or shows why not). */
export async function openMap(page, base, target) {
  const response = await page.goto(new URL(target, base).href, { waitUntil: 'load', timeout });
  if (!response || response.status() !== 200) throw new Error(`GET ${target} answered ${response?.status()}.`);
  try {
    await page.waitForFunction(() => document.body.dataset.ready === 'all' || !document.getElementById('banner').hidden
      || document.querySelector('[data-testid="sign-in"]'), null, { timeout });
  } catch {
    throw new Error(`${target}: the map never finished loading. Status: ${await page.textContent('#graph-status').catch(() => '?')}`);
  }
  const banner = await page.locator('#banner:not([hidden])').textContent().catch(() => null);
  if (banner) throw new Error(`${target}: the page shows an error: ${banner}`);
  if (await page.locator('[data-testid="sign-in"]').count() === 0 || await page.evaluate(() => document.body.dataset.ready === 'all')) return;
  await page.waitForFunction(() => document.body.dataset.ready === 'all', null, { timeout }).catch(() => {});
}

/** Types the key into the sign-in form and presses Enter; waits for the role badge (and, unless told not to, the map). */
export async function signIn(page, key, role, { waitForMap = true } = {}) {
  const input = page.locator('[data-testid="sign-in"] input');
  await input.fill(key);
  await input.press('Enter');
  await page.waitForSelector(`[data-testid="role"]:has-text("${role}")`, { timeout });
  if (waitForMap) await page.waitForFunction(() => document.body.dataset.ready === 'all', null, { timeout });
}

export async function graphqlAs(base, key, query, variables) {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
  return body.data;
}

/** Pixels inside `box` (CSS pixels of a 1x screenshot) brighter than the dark stage: nodes, edges and labels. */
export async function countNonBackgroundPixels(file, box) {
  const png = PNG.sync.read(await readFile(file));
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(png.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(png.height, Math.ceil(box.y + box.height));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      // The stage is a dark blue gradient (no channel above ~70); anything drawn on it is brighter.
      if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) > 100) count++;
    }
  }
  return count;
}
