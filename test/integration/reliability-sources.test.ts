import http from 'http'
import {AddressInfo} from 'net'
import path from 'path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {Anvil} from '../../lib/devnet/anvil'
import {freePort} from '../../lib/devnet/ports'
import {startFaultProxy} from '../../lib/faults/proxy'
import {book, encodeEvent, Stack, startStack} from '../harness'
import {ChildService, LIB} from '../harness/services'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const CAROL = '0x00000000000000000000000000000000000ca201'

function records(s: ChildService): any[] {
    return s.lines().map((l) => JSON.parse(l))
}

async function waitFor(check: () => boolean, what: string, s: ChildService, timeoutMs = 60_000): Promise<void> {
    let deadline = Date.now() + timeoutMs
    while (!check()) {
        if (Date.now() > deadline) throw new Error(`${what} did not happen:\n${s.tail()}`)
        await new Promise((r) => setTimeout(r, 100))
    }
}

/** A gateway that refuses every request with `status` (a v2 gateway replaced by a portal that wants a key). */
async function refusingGateway(status: number): Promise<{url: string; hits: () => number; close(): Promise<void>}> {
    let hits = 0
    let server = http.createServer((_req, res) => {
        hits++
        res.writeHead(status, {'content-type': 'text/plain'})
        res.end('unauthorized: an API key is required')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/network/ethereum-mainnet`,
        hits: () => hits,
        close: () => new Promise((r) => server.close(() => r())),
    }
}

describe('data sources that are down or refuse us', () => {
    let stack: Stack

    beforeAll(async () => {
        stack = await startStack({deferProcessor: true})
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('a node down at start: the processor waits with a line every 10 s saying since when, then syncs when it comes up', async () => {
        let port = await freePort()
        let block = await stack.chain.mineBlock({txs: [[encodeEvent(STETH, lidoAbi.events.Submitted, {sender: CAROL, amount: 5n, referral: ZERO})]]})
        stack.setProcessorEnv({RPC_ETH_HTTP: `http://127.0.0.1:${port}`})
        await stack.startProcessor()
        let processor = stack.processor()!
        let waiting = () => records(processor).filter((r) => r.level == 3 && r.msg?.startsWith(`waiting for the RPC endpoint http://127.0.0.1:${port}/ since `))
        await waitFor(() => waiting().length >= 2, 'two waiting lines', processor, 40_000)
        expect(waiting()[0].msg).toMatch(/since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(\d+ s\): fetch failed \(ECONNREFUSED\)$/)
        expect(processor.running).toBe(true)
        // the node comes up on that port
        let node = await startFaultProxy({upstream: stack.anvil.url, kinds: [], rate: 0, port})
        try {
            await stack.waitForHeight(block)
            expect(records(processor).some((r) => /^the RPC endpoint .* answers again \(after \d+ s\)$/.test(r.msg ?? ''))).toBe(true)
            await stack.stopProcessor()
        } finally {
            stack.setProcessorEnv({})
            await node.close()
        }
    })

    describe('a gateway that refuses us (NETWORK=mainnet on a local chain posing as mainnet)', () => {
        let mainnetLike: Anvil

        beforeAll(async () => {
            mainnetLike = await Anvil.start({port: await freePort(), chainId: 1})
            await mainnetLike.rpc.call('anvil_mine', ['0x14'])
        })
        afterAll(async () => {
            await mainnetLike?.stop()
        })

        function mainnetProcessor(gateway: string, env: Record<string, string> = {}): ChildService {
            return ChildService.start('processor', path.join(LIB, 'main.js'), [], {
                ...stack.dbEnv,
                NETWORK: 'mainnet',
                RPC_ETH_HTTP: mainnetLike.url,
                SQD_GATEWAY: gateway,
                FINALITY_CONFIRMATION: '2',
                ...env,
            })
        }

        it('says so in one line and syncs from RPC alone when the node has the history', async () => {
            let gateway = await refusingGateway(401)
            // FROM_BLOCK=0: the local chain has the blocks from there
            let p = mainnetProcessor(gateway.url, {FROM_BLOCK: '0'})
            try {
                await waitFor(() => records(p).some((r) => r.msg == 'using chain RPC data source'), 'the RPC data source', p)
                let refusal = records(p).filter((r) => r.msg?.startsWith(`SQD_GATEWAY ${gateway.url} refused`))
                expect(refusal).toHaveLength(1)
                expect(refusal[0].msg).toBe(
                    `SQD_GATEWAY ${gateway.url} refused the request (HTTP 401); syncing from RPC alone (archive-node mode). ` +
                        `Set SQD_GATEWAY= to skip the gateway, or to one you may use`
                )
                let hitsThen = gateway.hits()
                await new Promise((r) => setTimeout(r, 1500))
                expect(gateway.hits()).toBe(hitsThen) // never asked again
                expect(p.running).toBe(true)
            } finally {
                await p.stop()
                await gateway.close()
            }
        })

        it.each([[403], [404], [429]])('HTTP %s and a node without the history: stops with one line saying what to set, exit 2', async (status) => {
            let gateway = await refusingGateway(status)
            try {
                // the mainnet start blocks (millions) are beyond this chain: the node cannot serve them
                let p = mainnetProcessor(gateway.url)
                expect(await p.exited).toBe(2)
                let fatal = records(p).filter((r) => r.level == 5)
                expect(fatal).toHaveLength(1)
                expect(fatal[0].msg).toMatch(
                    new RegExp(
                        `^SQD_GATEWAY ${gateway.url} refused the request \\(HTTP ${status}\\) and RPC_ETH_HTTP ${mainnetLike.url}/ cannot serve the history from block \\d+ \\(it has no block \\d+\\): set SQD_GATEWAY to a gateway or portal you may use, or RPC_ETH_HTTP to an archive node$`
                    )
                )
            } finally {
                await gateway.close()
            }
        })

        it('an RPC endpoint that refuses us (HTTP 401): one line naming RPC_ETH_HTTP, exit 2', async () => {
            let refusing = await refusingGateway(401)
            let p = mainnetProcessor('', {RPC_ETH_HTTP: refusing.url})
            try {
                expect(await p.exited).toBe(2)
                expect(records(p).filter((r) => r.level == 5).map((r) => r.msg)).toEqual([
                    `RPC_ETH_HTTP ${refusing.url} refused the request (HTTP 401): check the URL and its API key`,
                ])
            } finally {
                await refusing.close()
            }
        })
    })
})
