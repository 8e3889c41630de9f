import {loadConfigOrExit} from '../config'
import {prepareDatabase} from '../postgres/database'
import {loadDotEnv, runCli} from './services'

// `sqd migration:apply` (commands.json, what `process:prod` runs first on SQD Cloud): the migrations under
// the same advisory lock as `npm start` / `process` / `serve`, on the configured database (or the embedded one).
runCli('migrate', async (life, log) => {
    loadDotEnv()
    let config = loadConfigOrExit()
    let db = await prepareDatabase(config)
    life.add('the database', () => db.stop())
    log.info(`migrations applied: ${db.describe}`)
    await life.exit(0)
})
