import {spawnSync} from 'child_process'
import path from 'path'
import {describe, expect, it} from 'vitest'
import {ConfigError, DEFAULT_DASHBOARD_PORT, DEFAULT_GQL_PORT, DEFAULT_MAINNET_GATEWAY, DEFAULT_MAINNET_RPC, loadConfig} from '../../src/config'

function error(env: Record<string, string>): ConfigError {
    try {
        loadConfig(env)
    } catch (e) {
        if (e instanceof ConfigError) return e
        throw e
    }
    throw new Error('expected a ConfigError')
}

describe('config', () => {
    it('defaults to mainnet with the public RPC and the SQD gateway, embedded database', () => {
        let c = loadConfig({})
        expect(c.network).toBe('mainnet')
        expect(c.rpc.url).toBe(DEFAULT_MAINNET_RPC)
        expect(c.gateway).toBe(DEFAULT_MAINNET_GATEWAY)
        expect(c.db.kind).toBe('embedded')
        expect(c.gqlPort).toBe(DEFAULT_GQL_PORT)
        expect(c.finalityConfirmation).toBe(75)
        expect(c.fromBlock).toBeUndefined()
    })

    it('devnet: RPC only, an RPC URL required', () => {
        let c = loadConfig({NETWORK: 'devnet', RPC_ETH_HTTP: 'http://127.0.0.1:8545'})
        expect(c.gateway).toBeUndefined()
        expect(c.rpc.url).toBe('http://127.0.0.1:8545')
        expect(error({NETWORK: 'devnet'}).variable).toBe('RPC_ETH_HTTP')
        expect(error({NETWORK: 'devnet', RPC_ETH_HTTP: 'http://x', SQD_GATEWAY: 'https://g'}).variable).toBe('SQD_GATEWAY')
    })

    it('the embedded database: its port and data dir are settings too', () => {
        let c = loadConfig({EMBEDDED_DB_PORT: '30000', DATA_DIR: '/var/lib/stakewatch'})
        expect(c.db).toMatchObject({kind: 'embedded', port: 30000})
        expect(c.dataDir).toBe('/var/lib/stakewatch')
    })

    it('metrics on PROMETHEUS_PORT (4351 unless set; 0 = any free port); the SQD Cloud\'s PROCESSOR_PROMETHEUS_PORT wins', () => {
        expect(loadConfig({})).toMatchObject({prometheusPort: 4351, prometheusPortVariable: 'PROMETHEUS_PORT'})
        expect(loadConfig({PROMETHEUS_PORT: '0'}).prometheusPort).toBe(0)
        expect(loadConfig({PROMETHEUS_PORT: '9100', PROCESSOR_PROMETHEUS_PORT: '3000'})).toMatchObject({prometheusPort: 3000, prometheusPortVariable: 'PROCESSOR_PROMETHEUS_PORT'})
    })

    it('the demo\'s ports are settings: DEMO_ANVIL_PORT and DEMO_DB_PORT', () => {
        expect(loadConfig({}).demo).toEqual({anvilPort: 18545, dbPort: 23799})
        expect(loadConfig({DEMO_ANVIL_PORT: '28545', DEMO_DB_PORT: '28546'}).demo).toEqual({anvilPort: 28545, dbPort: 28546})
    })

    it('the dashboard has its own port, 4380 unless DASHBOARD_PORT says another or off', () => {
        expect(loadConfig({}).dashboardPort).toBe(DEFAULT_DASHBOARD_PORT)
        expect(DEFAULT_DASHBOARD_PORT).toBe(4380)
        expect(loadConfig({DASHBOARD_PORT: '8080'}).dashboardPort).toBe(8080)
        expect(loadConfig({DASHBOARD_PORT: 'off'}).dashboardPort).toBeNull()
    })

    it('an empty SQD_GATEWAY means RPC only on mainnet', () => {
        expect(loadConfig({SQD_GATEWAY: ''}).gateway).toBeUndefined()
    })

    it('DB_* selects an external database', () => {
        let c = loadConfig({DB_HOST: 'db.local', DB_PORT: '6543', DB_NAME: 'idx', DB_USER: 'u', DB_PASS: 'p'})
        expect(c.db).toMatchObject({kind: 'external', host: 'db.local', port: 6543, name: 'idx', user: 'u', pass: 'p'})
        expect(loadConfig({DB_URL: 'postgres://u:p@h:5432/d'}).db).toMatchObject({kind: 'external', url: 'postgres://u:p@h:5432/d'})
    })

    it.each([
        [{NETWORK: 'goerli'}, 'NETWORK', 'one of mainnet, devnet'],
        [{RPC_ETH_HTTP: 'localhost:8545'}, 'RPC_ETH_HTTP', 'a URL starting with http:// or https:// or ws:// or wss://'],
        [{RPC_ETH_RATE_LIMIT: '0'}, 'RPC_ETH_RATE_LIMIT', 'a whole number >= 1'],
        [{RPC_ETH_RATE_LIMIT: 'fast'}, 'RPC_ETH_RATE_LIMIT', 'a whole number >= 1'],
        [{SQD_GATEWAY: 'ftp://x'}, 'SQD_GATEWAY', 'a URL starting with http:// or https://'],
        [{FROM_BLOCK: '-1'}, 'FROM_BLOCK', 'a whole number >= 0'],
        [{TO_BLOCK: '1.5'}, 'TO_BLOCK', 'a whole number >= 0'],
        [{FROM_BLOCK: '100', TO_BLOCK: '99'}, 'TO_BLOCK', 'a block number >= FROM_BLOCK (100)'],
        [{FINALITY_CONFIRMATION: 'ten'}, 'FINALITY_CONFIRMATION', 'a whole number >= 0'],
        [{DB_URL: 'mysql://x'}, 'DB_URL', 'a URL starting with postgres:// or postgresql://'],
        [{DB_PORT: '70000'}, 'DB_PORT', 'a whole number from 1 to 65535'],
        [{DB_NAME: 'my-db'}, 'DB_NAME', 'a PostgreSQL database name'],
        [{DB_HOST: 'a b'}, 'DB_HOST', 'a host name or IP address'],
        [{GQL_PORT: '0'}, 'GQL_PORT', 'a whole number from 1 to 65535'],
        [{PROMETHEUS_PORT: 'x'}, 'PROMETHEUS_PORT', 'a whole number from 0 to 65535'],
        [{EMBEDDED_DB_PORT: '99999'}, 'EMBEDDED_DB_PORT', 'a whole number from 1 to 65535'],
        [{PROCESSOR_PROMETHEUS_PORT: '-1'}, 'PROCESSOR_PROMETHEUS_PORT', 'a whole number from 0 to 65535'],
        [{DEMO_ANVIL_PORT: '0'}, 'DEMO_ANVIL_PORT', 'a whole number from 1 to 65535'],
        [{DEMO_DB_PORT: 'db'}, 'DEMO_DB_PORT', 'a whole number from 1 to 65535'],
        [{DASHBOARD_PORT: 'no'}, 'DASHBOARD_PORT', 'a whole number from 1 to 65535, or off'],
    ])('%j -> names %s and what it accepts', (env, variable, accepts) => {
        let e = error(env as Record<string, string>)
        expect(e.variable).toBe(variable)
        expect(e.message).toContain(`${variable} accepts ${accepts}`)
    })

    it('a bad setting ends the real program with one line naming it and exit code 2, no stack trace', () => {
        let main = path.resolve(__dirname, '..', '..', 'lib', 'main.js')
        let run = spawnSync(process.execPath, [main], {env: {...process.env, NETWORK: 'devnet', RPC_ETH_HTTP: 'http://127.0.0.1:1', FROM_BLOCK: 'soon'}, encoding: 'utf8'})
        expect(run.status).toBe(2)
        // not on a terminal: one JSON log line, as every line the squid prints
        let lines = run.stderr.trim().split('\n')
        expect(lines).toHaveLength(1)
        expect(JSON.parse(lines[0])).toMatchObject({level: 5, ns: 'stakewatch', msg: 'FROM_BLOCK="soon" is not valid: FROM_BLOCK accepts a whole number >= 0'})
        expect(run.stdout).toBe('')
    })
})
