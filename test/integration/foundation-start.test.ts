import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {Anvil} from '../../lib/devnet/anvil'
import {allContractAddresses} from '../../lib/devnet/addresses'
import {DevnetChain} from '../../lib/devnet/chain'
import {book, encodeEvent} from '../harness'
import {freePort} from '../../lib/devnet/ports'
import {ChildService, LIB} from '../harness/services'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const CAROL = '0x00000000000000000000000000000000000ca201'

function submit(amount: bigint) {
    return [
        encodeEvent(STETH, lidoAbi.events.Submitted, {sender: CAROL, amount, referral: ZERO}),
        encodeEvent(STETH, lidoAbi.events.Transfer, {from: ZERO, to: CAROL, value: amount}),
        encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: CAROL, sharesValue: amount}),
    ]
}

async function portOpen(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        let s = net.connect(port, '127.0.0.1')
        s.once('connect', () => (s.destroy(), resolve(true)))
        s.once('error', () => resolve(false))
    })
}

// `npm start` as a user runs it: no DB_* set -> embedded PostgreSQL under DATA_DIR, migrations, processor and
// GraphQL server together; SIGTERM stops all of it; the next start resumes.
describe('npm start (lib/cli/start.js)', () => {
    let anvil: Anvil
    let chain: DevnetChain
    let dataDir: string
    let env: Record<string, string>
    let gqlUrl: string
    let dbPort: number

    beforeAll(async () => {
        anvil = await Anvil.start({port: await freePort()})
        chain = new DevnetChain(anvil.rpc)
        await chain.setup(allContractAddresses(book))
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-start-'))
        fs.chmodSync(dataDir, 0o755)
        let gqlPort = await freePort()
        dbPort = await freePort()
        gqlUrl = `http://127.0.0.1:${gqlPort}/graphql`
        env = {
            NETWORK: 'devnet',
            RPC_ETH_HTTP: anvil.url,
            FINALITY_CONFIRMATION: '2',
            DATA_DIR: dataDir,
            EMBEDDED_DB_PORT: String(dbPort),
            GQL_PORT: String(gqlPort),
        }
        for (let k of ['DB_URL', 'DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASS']) delete process.env[k]
    })
    afterAll(async () => {
        await anvil?.stop()
        fs.rmSync(dataDir, {recursive: true, force: true})
    })

    async function depositsWhenAt(height: number, start: ChildService): Promise<string[]> {
        for (let i = 0; i < 600; i++) {
            if (!start.running) throw new Error(`start exited:\n${start.tail()}`)
            try {
                let res = await fetch(gqlUrl, {
                    method: 'POST',
                    headers: {'content-type': 'application/json'},
                    body: JSON.stringify({query: `{ squidStatus { height } deposits(orderBy: blockNumber_ASC, limit: 10) { amount } }`}),
                })
                let body: any = await res.json()
                if (body.data?.squidStatus?.height >= height) return body.data.deposits.map((d: any) => d.amount)
            } catch {}
            await new Promise((r) => setTimeout(r, 100))
        }
        throw new Error(`did not reach ${height}:\n${start.tail()}`)
    }

    it('brings up the embedded database, the processor and the API; SIGTERM stops all; a restart resumes', async () => {
        let first = await chain.mineBlock({timestamp: 1_800_000_000, txs: [submit(10n ** 18n)]})
        let start = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], env)
        expect(await depositsWhenAt(first, start)).toEqual(['1000000000000000000'])
        expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true)

        expect(await start.stop('SIGTERM')).toBe(0)
        expect(start.tail()).toContain('SIGTERM: stopping')
        expect(await portOpen(dbPort)).toBe(false) // the embedded database went down with it

        let second = await chain.mineBlock({timestamp: 1_800_000_012, txs: [submit(2n * 10n ** 18n)]})
        let again = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], env)
        // the data survived the restart; the new block is added once, the old one not twice
        expect(await depositsWhenAt(second, again)).toEqual(['1000000000000000000', '2000000000000000000'])
        expect(await again.stop('SIGTERM')).toBe(0)
    })

    it('a bad setting stops it with one line naming the variable, exit code 2', async () => {
        let bad = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], {...env, GQL_PORT: 'http'})
        expect(await bad.exited).toBe(2)
        let lines = bad.lines()
        expect(lines).toHaveLength(1)
        expect(JSON.parse(lines[0])).toMatchObject({level: 5, msg: 'GQL_PORT="http" is not valid: GQL_PORT accepts a whole number from 1 to 65535'})
    })
})
