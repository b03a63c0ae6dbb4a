import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * main and preload are CommonJS (package.json has no "type": "module"): `__dirname` works in main
 * and the sandboxed preload, which cannot load ES modules, is a single CJS file. The preload
 * bundles its dependencies (zod, the contract) because a sandboxed preload can `require` nothing
 * but `electron`. Main keeps `dependencies` external; electron-builder packs them into app.asar.
 */
/**
 * pdf.js decodes JBIG2 and CCITT fax images (scanned court papers) and JPEG 2000 with WebAssembly,
 * or, without it, with plain-script fallbacks it imports by name from `wasmUrl`. The renderer runs
 * no WebAssembly (CSP), so those two scripts are copied next to the app, under their own names,
 * from the installed pdfjs-dist (with their licences, which say they are Apache-2.0).
 */
function pdfjsDecoders() {
  const files = ['jbig2_nowasm_fallback.js', 'openjpeg_nowasm_fallback.js', 'LICENSE_PDFJS_JBIG2', 'LICENSE_PDFJS_OPENJPEG', 'LICENSE_JBIG2', 'LICENSE_OPENJPEG'];
  return {
    name: 'habeas-pdfjs-decoders',
    generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: Uint8Array }): string }) {
      for (const file of files) this.emitFile({ type: 'asset', fileName: `pdfjs/${file}`, source: readFileSync(resolve(__dirname, 'node_modules/pdfjs-dist/wasm', file)) });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The report worker is its own entry: worker threads load a file (report-worker.js beside index.js).
      lib: { entry: { index: resolve(__dirname, 'electron/main/index.ts'), 'report-worker': resolve(__dirname, 'electron/main/core/reports/worker/report-worker.ts') } },
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
    plugins: [react(), pdfjsDecoders()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
      // Source maps would ship the UI source into the package for no benefit offline.
      sourcemap: false,
    },
  },
});
