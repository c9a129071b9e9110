// Subscribes to a RareGraph server with the real `graphql-ws` client (graphql-transport-ws over WebSocket) and prints
// each event as one line, so a test can drive writes and read what subscribers see.
//
//   node subscribe.mjs <ws-url> <api-key|-> <count> <timeout-ms> <query> [variables-json]
//
// Prints "CONNECTED" once the server acknowledged connection_init, then "NEXT <json>" per event. Exits 0 after
// <count> events, 1 on an error, a close or the timeout (printing why to stderr).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, apiKey, countText, timeoutText, query, variablesText] = process.argv.slice(2);
if (!url || !query) {
  console.error('usage: node subscribe.mjs <ws-url> <api-key|-> <count> <timeout-ms> <query> [variables-json]');
  process.exit(2);
}

const expected = Number(countText);
const variables = variablesText ? JSON.parse(variablesText) : undefined;
let received = 0;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  // Credentials travel in connection_init, as a browser client (which cannot set upgrade headers) sends them.
  connectionParams: apiKey && apiKey !== '-' ? { 'x-api-key': apiKey } : undefined,
  retryAttempts: 0,
  lazy: true,
  on: {
    connected: () => console.log('CONNECTED'),
    closed: (event) => {
      if (received < expected) {
        console.error(`closed before ${expected} event(s): ${event?.code} ${event?.reason ?? ''}`);
        process.exit(1);
      }
    },
  },
});

const timer = setTimeout(() => {
  console.error(`timed out after ${timeoutText} ms with ${received} of ${expected} event(s)`);
  process.exit(1);
}, Number(timeoutText));

client.subscribe(
  { query, variables },
  {
    next: (value) => {
      console.log(`NEXT ${JSON.stringify(value)}`);
      received++;
      if (received >= expected) {
        clearTimeout(timer);
        client.dispose();
        process.exit(0);
      }
    },
    error: (error) => {
      console.error(`subscription error: ${JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}))}`);
      process.exit(1);
    },
    complete: () => {
      if (received < expected) {
        console.error(`completed after ${received} of ${expected} event(s)`);
        process.exit(1);
      }
    },
  },
);
