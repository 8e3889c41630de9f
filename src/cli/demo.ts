import fs from 'fs'
import {loadConfigOrExit} from '../config'
import {startDashboard} from '../dashboard'
import {Anvil} from '../devnet/anvil'
import {scenarioAddresses} from '../devnet/addresses'
import {DevnetChain} from '../devnet/chain'
import {buildDemoScenario} from '../devnet/scenario'
import {devnet} from '../networks'
import {checkPortsFree} from '../ports'
import {stopUnusedCluster} from '../postgres/cluster'
import {embeddedDataDir, prepareDatabase} from '../postgres/database'
import {reachableDataDir} from '../postgres/embedded'
import {PROTOCOLS} from '../protocols'
import {DEMO_QUERIES} from './demo-queries'
import {loadDotEnv, runCli, startGraphqlServer} from './services'
import {superviseProcessor} from './supervisor'

const LIVE_BLOCK_SECONDS = 5

// `npm run demo`: fully offline. A local chain (anvil from npm) with the log emitter at the real mainnet
// addresses, the built-in scenario replayed on it (every event kind the squid handles, encoded with the real
// ABIs), the squid indexing it into an embedded PostgreSQL of its own (DEMO_DB_PORT), the GraphQL API on
// GQL_PORT, and new blocks every few seconds that the processor keeps following. Reads GQL_PORT,
// DEMO_ANVIL_PORT, DEMO_DB_PORT, PROMETHEUS_PORT, DASHBOARD_PORT, DATA_DIR and DB_API_USER / DB_API_PASS;
// never the user's RPC or database settings.
runCli('demo', async (life, log) => {
    loadDotEnv()
    let env = (extra: Record<string, string>) => ({
        GQL_PORT: process.env.GQL_PORT,
        DEMO_ANVIL_PORT: process.env.DEMO_ANVIL_PORT,
        DEMO_DB_PORT: process.env.DEMO_DB_PORT,
        PROMETHEUS_PORT: process.env.PROMETHEUS_PORT,
        DASHBOARD_PORT: process.env.DASHBOARD_PORT,
        DATA_DIR: process.env.DATA_DIR,
        // the API child inherits these: the demo's database then has that read-only role too
        DB_API_USER: process.env.DB_API_USER,
        DB_API_PASS: process.env.DB_API_PASS,
        NETWORK: 'devnet',
        ...extra,
    })
    let settings = loadConfigOrExit(env({RPC_ETH_HTTP: 'http://127.0.0.1:1'}))
    let dataDir = embeddedDataDir(settings, 'demo-postgres')
    // a server left by a demo that was killed holds the port and the files: stop it (a running demo keeps its own)
    if ((await stopUnusedCluster(reachableDataDir(dataDir))) == 'in use') {
        throw new Error(`another demo is running on ${dataDir}; stop it first`)
    }
    await checkPortsFree([
        {port: settings.demo.anvilPort, variable: 'DEMO_ANVIL_PORT', what: "the demo's anvil"},
        {port: settings.demo.dbPort, variable: 'DEMO_DB_PORT', what: "the demo's embedded PostgreSQL"},
        {port: settings.gqlPort, variable: 'GQL_PORT', what: 'the GraphQL API'},
        {port: settings.prometheusPort, variable: settings.prometheusPortVariable, what: "the processor's metrics"},
    ])

    let anvil = await Anvil.start({port: settings.demo.anvilPort})
    life.add('anvil', () => anvil.stop())
    // always the demo's own embedded database, never the user's
    let config = loadConfigOrExit(env({RPC_ETH_HTTP: anvil.url, EMBEDDED_DB_PORT: String(settings.demo.dbPort)}))
    fs.rmSync(reachableDataDir(dataDir), {recursive: true, force: true}) // a new chain needs a new database
    let db = await prepareDatabase(config, dataDir)
    life.add('the database', () => db.stop())

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
    log.info(`anvil at ${anvil.url}, scenario of ${logs} logs in ${scenario.length} blocks (${PROTOCOLS.map((m) => m.name).join(', ')})`)

    let processor = superviseProcessor({...db.env, NETWORK: 'devnet', RPC_ETH_HTTP: anvil.url, FINALITY_CONFIRMATION: '5'}, log)
    life.add('the processor', () => processor.stop())
    let graphql = life.addService(startGraphqlServer(db.env, config.gqlPort))
    await startDashboard(config)
    // the chain keeps moving: an empty block every few seconds, followed by the processor (squidStatus.height)
    let live = setInterval(() => void chain.mineEmpty(1).catch(() => {}), LIVE_BLOCK_SECONDS * 1000)
    life.add('the block timer', async () => clearInterval(live))

    let url = `http://localhost:${config.gqlPort}/graphql`
    log.info(`GraphQL API and GraphiQL at ${url} (Ctrl-C stops everything)
Try, in GraphiQL or with curl -s ${url} -H 'content-type: application/json' -d '{"query": "..."}':

${DEMO_QUERIES.map((q) => `  ${q}`).join('\n')}
`)
    let first = await Promise.race([graphql.exited.then((code) => ({name: 'the GraphQL server', code})), processor.finished.then((code) => ({name: 'the processor', code}))])
    if (life.stopping) return
    log.fatal(`${first.name} exited with code ${first.code}; stopping`)
    await life.exit(first.code || 1)
})
