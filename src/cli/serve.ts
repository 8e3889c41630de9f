import {loadConfigOrExit} from '../config'
import {startDashboard} from '../dashboard'
import {prepareDatabase} from '../postgres/database'
import {loadDotEnv, onShutdown, runCli, startGraphqlServer} from './services'

// `npm run serve`: the GraphQL server alone, on GQL_PORT.
runCli(async () => {
    loadDotEnv()
    let config = loadConfigOrExit()
    let db = await prepareDatabase(config)
    let graphql = startGraphqlServer(db.env, config.gqlPort, process.argv.slice(2))
    onShutdown(() => [graphql], () => db.stop())
    await startDashboard(config)
    console.log(`stakewatch: GraphQL API and GraphiQL at http://localhost:${config.gqlPort}/graphql`)
    let code = await graphql.exited
    await db.stop()
    process.exit(code)
})
