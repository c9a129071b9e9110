import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The server answers GET /graphql (Accept: text/html) with wwwroot/graphiql/index.html, and serves the assets as static
// files under /graphiql/assets. Relative URLs keep the bundle independent of a path base; but the page is read at
// /graphql, a sibling of the /graphiql folder, so its own two references must step into that folder. Everything else
// (scripts, workers, fonts) resolves relative to the asset that references it and needs no help.
const servedBesideItsFolder = {
  name: 'raregraph-page-served-at-graphql',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replaceAll('"./assets/', '"./graphiql/assets/'),
  },
};

export default defineConfig({
  base: './',
  plugins: [servedBesideItsFolder],
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/graphiql', import.meta.url)),
    emptyOutDir: true,
    // Monaco and GraphiQL are large by nature; the explorer is a developer tool, not a landing page.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      onwarn(warning, warn) {
        // framer-motion (via GraphiQL) marks its modules "use client" for React Server Components; irrelevant here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: {
    format: 'es',
  },
});
