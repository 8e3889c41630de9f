import {loadConfigOrExit} from '../config'
import {prepareDatabase} from '../postgres/database'
import {loadDotEnv, onShutdown, PROCESSOR_ENTRY, runCli, startService} from './services'

// `npm run process`: migrations, then the processor (for deployments that run the API separately).
runCli(async () => {
    loadDotEnv()
    let config = loadConfigOrExit()
    let db = await prepareDatabase(config)
    console.log(`stakewatch: database ${db.describe}`)
    let processor = startService('processor', PROCESSOR_ENTRY, [], db.env)
    onShutdown(() => [processor], () => db.stop())
    let code = await processor.exited
    await db.stop()
    process.exit(code)
})
