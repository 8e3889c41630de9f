import path from 'path'
import {fileURLToPath} from 'url'
import {defineConfig} from 'vite'

// The dashboard page: src/dashboard/web -> lib/dashboard/public (served by lib/dashboard/server.js). Everything
// the page needs is in the bundle: no CDN, no web font (system fonts), so it works offline.
const here = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
    root: path.join(here, 'web'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
        outDir: path.resolve(here, '..', '..', 'lib', 'dashboard', 'public'),
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        sourcemap: false,
        modulePreload: {polyfill: false},
    },
})
