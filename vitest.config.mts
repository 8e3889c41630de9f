import {defineConfig} from 'vitest/config'

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // every process a test starts is stopped and checked for at the end (test/harness/processes.ts)
        globalSetup: ['test/harness/global-setup.ts'],
        setupFiles: ['test/harness/setup.ts'],
        testTimeout: 120_000,
        hookTimeout: 120_000,
        pool: 'forks',
        maxWorkers: 2,
        reporters: ['default', 'json'],
        outputFile: {json: '.vitest/results.json'},
    },
})
