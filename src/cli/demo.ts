import fs from 'fs'
import path from 'path'
import {loadConfigOrExit} from '../config'
import {startDashboard} from '../dashboard'
import {Anvil} from '../devnet/anvil'
import {scenarioAddresses} from '../devnet/addresses'
import {DevnetChain} from '../devnet/chain'
import {buildDemoScenario} from '../devnet/scenario'
import {devnet} from '../networks'
import {prepareDatabase} from '../postgres/database'
import {PROTOCOLS} from '../protocols'
import {DEMO_QUERIES} from './demo-queries'
import {loadDotEnv, onShutdown, PROCESSOR_ENTRY, runCli, Service, startGraphqlServer, startService} from './services'

const DEMO_ANVIL_PORT = Number(process.env.DEMO_ANVIL_PORT || 18545)
const DEMO_DB_PORT = 23799
const LIVE_BLOCK_SECONDS = 5

// `npm run demo`: fully offline. A local chain (anvil from npm) with the log emitter at the real mainnet
// addresses, the built-in scenario replayed on it (every event kind the squid handles, encoded with the real
// ABIs), the squid indexing it into an embedded PostgreSQL, the GraphQL API on GQL_PORT, and new blocks
// every few seconds that the processor keeps following.
runCli(async () => {
    loadDotEnv()
    let anvil = await Anvil.start({port: DEMO_ANVIL_PORT})
    let config = loadConfigOrExit({
        GQL_PORT: process.env.GQL_PORT,
        DASHBOARD_PORT: process.env.DASHBOARD_PORT,
        NETWORK: 'devnet',
        RPC_ETH_HTTP: anvil.url,
        // always the demo's own embedded database, never the user's
        EMBEDDED_DB_PORT: String(DEMO_DB_PORT),
        DATA_DIR: process.env.DATA_DIR,
        // the API child inherits these: the demo's database then has that read-only role too
        DB_API_USER: process.env.DB_API_USER,
        DB_API_PASS: process.env.DB_API_PASS,
    })
    let services: Service[] = []
    let live: NodeJS.Timeout | undefined
    let dataDir = path.resolve(config.dataDir, 'demo-postgres')
    fs.rmSync(dataDir, {recursive: true, force: true}) // a new chain needs a new database
    let db = await prepareDatabase(config, dataDir)
    onShutdown(
        () => services,
        async () => {
            clearInterval(live)
            await db.stop()
            await anvil.stop()
        }
    )

    let chain = new DevnetChain(anvil.rpc)
    let start = Math.floor(Date.now() / 1000) - 45 * 24 * 3600
    let scenario = buildDemoScenario(PROTOCOLS, devnet, start)
    // the book's contracts and those the scenario creates (EigenPods)
    await chain.setup(scenarioAddresses(devnet, scenario))
    let logs = 0
    for (let block of scenario) {
        await chain.mineBlock(block)
        logs += block.txs.reduce((n, tx) => n + tx.length, 0)
    }
    console.log(`stakewatch demo: anvil at ${anvil.url}, scenario of ${logs} logs in ${scenario.length} blocks (${PROTOCOLS.map((m) => m.name).join(', ')})`)

    services.push(startService('processor', PROCESSOR_ENTRY, [], {...db.env, NETWORK: 'devnet', RPC_ETH_HTTP: anvil.url, FINALITY_CONFIRMATION: '5'}))
    services.push(startGraphqlServer(db.env, config.gqlPort))
    await startDashboard(config)
    // the chain keeps moving: an empty block every few seconds, followed by the processor (squidStatus.height)
    live = setInterval(() => void chain.mineEmpty(1).catch(() => {}), LIVE_BLOCK_SECONDS * 1000)

    let url = `http://localhost:${config.gqlPort}/graphql`
    console.log(`
stakewatch demo: GraphQL API and GraphiQL at ${url} (Ctrl-C stops everything)
Try, in GraphiQL or with curl -s ${url} -H 'content-type: application/json' -d '{"query": "..."}':

${DEMO_QUERIES.map((q) => `  ${q}`).join('\n')}
`)
    let first = await Promise.race(services.map(async (s) => ({s, code: await s.exited})))
    console.error(`stakewatch demo: ${first.s.name} exited with code ${first.code}; stopping`)
    process.kill(process.pid, 'SIGTERM') // the shutdown handler stops the rest
})
