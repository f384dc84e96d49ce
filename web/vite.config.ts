import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import zlib from 'node:zlib';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const apiTarget = process.env.OPENPO_API_URL ?? 'http://localhost:3000';
const outDir = here('../dist/web');

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, compressed once
 * at the highest levels, so the server sends them to browsers that ask without compressing on each
 * request (docs/performance.md#first-load).
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
  return {
    name: 'openpo-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const file = path.join(dir, e.name);
          return e.isDirectory() ? walk(file) : [file];
        });
      for (const file of walk(outDir)) {
        if (!compressible.test(file)) continue;
        const bytes = fs.readFileSync(file);
        if (bytes.length < 1024) continue;
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(bytes, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [
    // Lingui's macros (Trans, t, msg) become message lookups; .po catalogs compile on import. A
    // German message missing from its catalog fails the build (docs/languages.md).
    react({ babel: { plugins: ['@lingui/babel-plugin-lingui-macro'] } }),
    lingui({ configPath: here('../lingui.config.ts'), failOnMissing: true, failOnCompileError: true }),
    precompress(),
  ],
  resolve: {
    alias: { '@contracts': here('../src/contracts'), '@': here('./src') },
  },
  css: { postcss: here('.') },
  build: {
    outDir,
    emptyOutDir: true,
    // No source maps in what is served: they would publish the whole source of the web app.
    sourcemap: false,
    // Every browser the app supports loads module preloads itself: no polyfill in the entry.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the sign-in page needs, in one file beside the entry.
            { name: 'sign-in', tags: ['$initial'], priority: 2 },
            // What two or more pages share (Mantine, the contracts and the schema library, the
            // query cache, our components) in one file, loaded with the shell after sign-in
            // instead of as dozens of small files, each a round trip on a slow connection.
            { name: 'shared', minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
