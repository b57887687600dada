import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { zodWithoutJsonSchema } from './zodWithoutJsonSchema.ts';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), zodWithoutJsonSchema()],
  resolve: {
    // The client compiles the shared source directly, so a rule changed in shared/ needs no rebuild.
    alias: { '@plenary/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    // The Host header is kept (no changeOrigin): the server allows writes and sockets from the
    // page's own host, which in development is this dev server.
    proxy: {
      '/api': { target: api },
      '/socket.io': { target: api, ws: true },
    },
  },
  // The manifest lets a spec and the README quote what each screen downloads first. Maps are
  // written for whoever decodes a stack trace, but not linked from the bundle; the server never
  // serves *.map (ADR 0009).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden', manifest: true },
});
