import crypto from 'crypto'
import {ConfigError, loadConfigOrExit} from '../config'
import {openIndexedDatabase} from '../postgres/connect'
import {exitCode, formatReport, reconcile, reportJson} from '../reconcile'
import {FlagError, intFlag, parseFlags} from './flags'
import {loadDotEnv} from './services'

const USAGE = 'npm run reconcile -- [--accounts N] [--seed S] [--concurrency N] [--json]'

// `npm run reconcile`: compares the indexed state with the contracts' own views at the indexed block, on the node
// of RPC_ETH_HTTP (an archive node for anything but the head). Exit code 0: every compared figure is equal;
// 1: differences; 2: a bad setting or flag; 3: could not run, or nothing could be compared.
async function main(): Promise<number> {
    loadDotEnv()
    let flags = parseFlags(
        process.argv.slice(2),
        {accounts: {type: 'string'}, seed: {type: 'string'}, concurrency: {type: 'string'}, json: {type: 'boolean', default: false}},
        USAGE
    )
    let accounts = intFlag('accounts', flags.accounts, 10, 1, 100_000)
    let concurrency = intFlag('concurrency', flags.concurrency, 8, 1, 256)
    let seed = flags.seed ?? crypto.randomBytes(4).toString('hex')
    let config = loadConfigOrExit()
    if (!/^https?:/.test(config.rpc.url)) {
        throw new ConfigError('RPC_ETH_HTTP', 'an http(s) URL for reconcile (it reads the node over HTTP)', config.rpc.url)
    }
    let db = await openIndexedDatabase(config)
    try {
        let report = await reconcile(db.client, config, {accounts, seed, concurrency, progress: (line) => process.stderr.write(`stakewatch ${line}\n`)})
        if (flags.json) {
            process.stdout.write(JSON.stringify({seed, accounts, ...(reportJson(report) as object)}, null, 2) + '\n')
        } else {
            process.stdout.write(`stakewatch reconcile: ${db.describe}, block ${report.block}, ${accounts} largest + ${accounts} random per sample, seed ${seed}\n\n`)
            process.stdout.write(formatReport(report) + '\n')
        }
        return exitCode(report)
    } finally {
        await db.close()
    }
}

main().then(
    (code) => process.exit(code),
    (e) => {
        if (e instanceof FlagError || e instanceof ConfigError) {
            process.stderr.write(`stakewatch: ${e.message}\n`)
            process.exit(2)
        }
        process.stderr.write(`stakewatch reconcile: ${e?.message ?? e}\n`)
        process.exit(3)
    }
)
