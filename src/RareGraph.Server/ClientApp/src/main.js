// GraphiQL for RareGraph. Everything is bundled and served by the server itself: no CDN at run time.
// Monaco runs its language services in web workers; vite must see the worker imports at build time.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { defaultQuery } from './defaultQuery.js';

const endpoint = new URL('/graphql', window.location.href);
const subscriptionEndpoint = new URL(endpoint);
subscriptionEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  // Only subscriptions open a socket (graphql-transport-ws on the same path); queries and mutations stay on HTTP.
  subscriptionUrl: subscriptionEndpoint.href,
});

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultQuery }, createElement(GraphiQL.Logo, null, 'RareGraph explorer')),
);
