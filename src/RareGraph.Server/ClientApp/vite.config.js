import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The server serves this page from wwwroot/graphiql, and GET /graphql (Accept: text/html) answers with its index.html.
// Relative asset URLs ('./') keep the bundle independent of the path it is served under.
export default defineConfig({
  base: './',
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
