// Shared by the scripts here: turn the command-line server address into the GraphQL endpoint.

/**
 * Accepts a server base address (http://127.0.0.1:5000) or the endpoint itself (http://127.0.0.1:5000/graphql).
 * A bare base address gets the conventional /graphql path.
 * @param {string | undefined} argument
 * @returns {URL}
 */
export function graphqlEndpoint(argument) {
  if (!argument) {
    throw new Error('Pass the server address, e.g. http://127.0.0.1:5000 (or its /graphql endpoint).');
  }
  const url = new URL(argument);
  if (url.pathname === '' || url.pathname === '/') {
    url.pathname = '/graphql';
  }
  return url;
}
