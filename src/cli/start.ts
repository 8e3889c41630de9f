import {loadConfigOrExit, redact} from '../config'
import {startDashboard} from '../dashboard'
import {prepareDatabase} from '../postgres/database'
import {isShuttingDown, loadDotEnv, onShutdown, PROCESSOR_ENTRY, runCli, Service, startGraphqlServer, startService, stopService} from './services'

// `npm start`: database (embedded unless DB_* is set) + migrations + processor + GraphQL server, one command.
runCli(async () => {
    loadDotEnv()
    let config = loadConfigOrExit()
    let services: Service[] = []
    let db = await prepareDatabase(config)
    onShutdown(() => services, () => db.stop())
    console.log(`stakewatch: database ${db.describe}`)
    await startDashboard(config)

    let processor = startService('processor', PROCESSOR_ENTRY, [], db.env)
    let graphql = startGraphqlServer(db.env, config.gqlPort)
    services.push(processor, graphql)
    console.log(
        `stakewatch: GraphQL API and GraphiQL at http://localhost:${config.gqlPort}/graphql ` +
            `(indexing ${config.network} via ${config.gateway ? 'SQD gateway + ' : ''}RPC ${redact(config.rpc.url)}; Ctrl-C stops)`
    )
    // if either service dies, stop the other and the database: no half-running stack
    let first = await Promise.race(services.map(async (s) => ({s, code: await s.exited})))
    if (isShuttingDown()) return
    console.error(`stakewatch: ${first.s.name} exited with code ${first.code}; stopping`)
    await Promise.all(services.map((s) => stopService(s)))
    await db.stop()
    process.exit(first.code || 1)
})
