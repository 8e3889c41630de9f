import {loadConfigOrExit, redact} from '../config'
import {startDashboard} from '../dashboard'
import {checkPortsFree} from '../ports'
import {prepareDatabase} from '../postgres/database'
import {commandPorts} from './command-ports'
import {loadDotEnv, runCli, startGraphqlServer} from './services'
import {superviseProcessor} from './supervisor'

// `npm start`: database (embedded unless DB_* is set) + migrations + processor + GraphQL server, one command.
runCli('start', async (life, log) => {
    loadDotEnv()
    let config = loadConfigOrExit()
    await checkPortsFree(commandPorts(config, {api: true, processor: true}))
    let db = await prepareDatabase(config)
    life.add('the database', () => db.stop())
    log.info(`database ${db.describe}`)
    await startDashboard(config)

    let processor = superviseProcessor(db.env, log)
    life.add('the processor', () => processor.stop())
    let graphql = life.addService(startGraphqlServer(db.env, config.gqlPort))
    log.info(
        `GraphQL API and GraphiQL at http://localhost:${config.gqlPort}/graphql ` +
            `(indexing ${config.network} via ${config.gateway ? 'SQD gateway + ' : ''}RPC ${redact(config.rpc.url)}; Ctrl-C stops)`
    )
    // the processor is restarted when it fails; the API is what users reach, so the stack stops only when the
    // API exits or the processor needs a setting fixed
    processor.finished.then(async (code) => {
        if (life.stopping || code == 0) return
        log.fatal(`the processor stopped with code ${code}; stopping`)
        await life.exit(code)
    })
    let code = await graphql.exited
    if (life.stopping) return
    log.fatal(`the GraphQL server exited with code ${code}; stopping`)
    await life.exit(code || 1)
})
