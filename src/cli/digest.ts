import {ConfigError, loadConfigOrExit} from '../config'
import {computeDigest, formatDigest} from '../digest'
import {openIndexedDatabase} from '../postgres/connect'
import {FlagError, parseFlags} from './flags'
import {loadDotEnv} from './services'

// `npm run digest`: rows and a content hash per table of the indexed database, and one total, so two databases
// can be compared in seconds (docs/reconcile.md). Reads only.
async function main(): Promise<void> {
    loadDotEnv()
    let flags = parseFlags(process.argv.slice(2), {json: {type: 'boolean', default: false}}, 'npm run digest -- [--json]')
    let config = loadConfigOrExit()
    let db = await openIndexedDatabase(config)
    try {
        let digest = await computeDigest(db.client)
        if (flags.json) process.stdout.write(JSON.stringify(digest, null, 2) + '\n')
        else process.stdout.write(`stakewatch digest of ${db.describe}\n${formatDigest(digest)}\n`)
    } finally {
        await db.close()
    }
}

main().then(
    () => process.exit(0),
    (e) => {
        let bad = e instanceof FlagError || e instanceof ConfigError
        process.stderr.write(`stakewatch${bad ? '' : ' digest'}: ${e?.message ?? e}\n`)
        process.exit(bad ? 2 : 1)
    }
)
