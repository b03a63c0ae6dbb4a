import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * main and preload are CommonJS (package.json has no "type": "module"): `__dirname` works in main
 * and the sandboxed preload, which cannot load ES modules, is a single CJS file. The preload
 * bundles its dependencies (zod, the contract) because a sandboxed preload can `require` nothing
 * but `electron`. Main keeps `dependencies` external; electron-builder packs them into app.asar.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
      // Source maps would ship the UI source into the package for no benefit offline.
      sourcemap: false,
    },
  },
});
