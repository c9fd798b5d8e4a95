import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into web/dist, which the server serves at `/` (src/http/dashboard.ts). No React plugin:
// Vite's own transform handles TSX; fast refresh is not worth a dependency and build time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    // React, Apollo Client and graphql-js are most of it; one chunk is fine for an operator dashboard.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npm run dev:web` next to `npm start`: the API stays on the server's port.
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
    },
  },
});
