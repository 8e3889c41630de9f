import {loadConfigOrExit} from '../config'
import {startDashboard} from '../dashboard'
import {checkPortsFree} from '../ports'
import {prepareDatabase} from '../postgres/database'
import {commandPorts} from './command-ports'
import {loadDotEnv, runCli, startGraphqlServer} from './services'

// `npm run serve`: the GraphQL server alone, on GQL_PORT.
runCli('serve', async (life, log) => {
    loadDotEnv()
    let config = loadConfigOrExit()
    await checkPortsFree(commandPorts(config, {api: true, processor: false}))
    let db = await prepareDatabase(config)
    life.add('the database', () => db.stop())
    log.info(`database ${db.describe}`)
    let graphql = life.addService(startGraphqlServer(db.env, config.gqlPort, process.argv.slice(2)))
    await startDashboard(config)
    log.info(`GraphQL API and GraphiQL at http://localhost:${config.gqlPort}/graphql`)
    let code = await graphql.exited
    if (life.stopping) return
    log.fatal(`the GraphQL server exited with code ${code}; stopping`)
    await life.exit(code || 1)
})
