// Talking to RareGraph: the session (who am I), GraphQL over HTTP with the key from session storage, and readable errors.
import { strings } from './strings.js';

const keyStorage = 'raregraph.apiKey';
const roles = ['PUBLIC', 'VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'];

/** An error a person can read: the server's message and its extensions.code. */
export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

export function storedKey() {
  return sessionStorage.getItem(keyStorage);
}

export function storeKey(key) {
  if (key) sessionStorage.setItem(keyStorage, key);
  else sessionStorage.removeItem(keyStorage);
}

function headers(extra = {}) {
  const key = storedKey();
  return key ? { ...extra, 'X-Api-Key': key } : extra;
}

/** True when the session's role holds at least `role`. */
export function atLeast(session, role) {
  return roles.indexOf(session?.role ?? 'PUBLIC') >= roles.indexOf(role);
}

/** GET /session: { signedIn, role, anonymousRead }. A refused key is an ApiError with code UNAUTHENTICATED. */
export async function fetchSession() {
  const response = await send('session', { headers: headers({ Accept: 'application/json' }) });
  const body = await readJson(response);
  if (!response.ok) throw errorFrom(body, response.status);
  return body;
}

/** Runs a GraphQL operation; throws an ApiError carrying the first error's message and code. */
export async function graphql(query, variables = {}, { allowPartial = false } = {}) {
  const response = await send('graphql', {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }),
    body: JSON.stringify({ query, variables }),
  });
  const body = await readJson(response);
  if (body?.errors?.length && !(allowPartial && body.data)) throw errorFrom(body, response.status);
  if (!response.ok && !body?.data) throw errorFrom(body, response.status);
  return body.data;
}

/** Fetches a file the server makes (an export), with the caller's key; null when the server has no such endpoint. */
export async function fetchFile(path) {
  const response = await send(path, { headers: headers() });
  if (response.status === 404 || response.status === 405) return null;
  if (!response.ok) throw errorFrom(await readJson(response), response.status);
  return response.blob();
}

async function send(path, init) {
  try {
    // Relative to the page, so the map works behind a path base as the explorer does.
    return await fetch(new URL(path, document.baseURI), init);
  } catch {
    throw new ApiError(strings.errorNetwork, 'UNAVAILABLE', 0);
  }
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function errorFrom(body, status) {
  const first = body?.errors?.[0];
  if (first) return new ApiError(first.message ?? `HTTP ${status}`, first.extensions?.code, status);
  return new ApiError(`The server answered HTTP ${status}.`, status === 401 ? 'UNAUTHENTICATED' : 'UNAVAILABLE', status);
}

export function webSocketUrl() {
  const url = new URL('graphql', document.baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
