import {loadConfigOrExit} from '../config'
import {checkPortsFree} from '../ports'
import {prepareDatabase} from '../postgres/database'
import {commandPorts} from './command-ports'
import {loadDotEnv, runCli} from './services'
import {superviseProcessor} from './supervisor'

// `npm run process`: migrations, then the processor (for deployments that run the API separately), started
// again when it fails.
runCli('process', async (life, log) => {
    loadDotEnv()
    let config = loadConfigOrExit()
    await checkPortsFree(commandPorts(config, {api: false, processor: true}))
    let db = await prepareDatabase(config)
    life.add('the database', () => db.stop())
    log.info(`database ${db.describe}`)
    let processor = superviseProcessor(db.env, log)
    life.add('the processor', () => processor.stop())
    let code = await processor.finished
    if (life.stopping) return
    await life.exit(code)
})
