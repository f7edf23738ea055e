// One build for the three parts of the app: main (with the browser-mode server), preload and renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          server: resolve(__dirname, 'src/main/server.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but electron: bundle zod and the contract into it.
    build: { externalizeDeps: false, isolatedEntries: true },
  },
  renderer: {
    plugins: [react()],
    // electron-vite leaves minification off; a smaller bundle starts faster in the window and in browser mode.
    build: { minify: true, chunkSizeWarningLimit: 3000 },
  },
});
