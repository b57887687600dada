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
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/socket.io': { target: api, ws: true, changeOrigin: true },
    },
  },
  // The manifest lets a spec and the README quote what each screen downloads first.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true },
});
