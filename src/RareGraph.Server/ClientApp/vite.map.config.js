import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The alliance map: served at GET / from wwwroot/map/index.html, its assets as static files under /map/assets.
// Relative URLs keep the bundle independent of a path base; the page is read at /, the parent of the /map folder, so
// its own references must step into that folder (as the explorer's do). Everything else — scripts, the layout worker,
// the country shapes — resolves relative to the asset that references it.
const servedAboveItsFolder = {
  name: 'raregraph-page-served-at-root',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replaceAll('"./assets/', '"./map/assets/'),
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./map', import.meta.url)),
  base: './',
  plugins: [servedAboveItsFolder],
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/map', import.meta.url)),
    emptyOutDir: true,
    // The country shapes (Natural Earth via world-atlas) are one large JSON module, loaded after the first paint.
    chunkSizeWarningLimit: 1500,
  },
  worker: {
    format: 'es',
  },
});
