import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {rocketPool} from '../../lib/protocols/rocketpool'
import {book, Stack, startStack} from '../harness'

// the demo's own actors (src/protocols/rocketpool/demo.ts)
const demo = (n: number) => `0x00000000000000000000000000000000000d${n.toString(16).padStart(4, '0')}`
const NODE1 = demo(0x1001)
const NODE2 = demo(0x1002)
const USERS = [demo(0x3001), demo(0x3002), demo(0x3003), demo(0x3004)]

describe("the Rocket Pool demo scenario, indexed end to end, gives the numbers it was written with", () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        let last = 0
        for (let block of buildDemoScenario([rocketPool], book, 1_700_000_000)) last = await stack.chain.mineBlock(block)
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('decodes every log: nothing skipped', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
    })

    it('has the four deposits, the burn, the rates and the collateral', async () => {
        let {deposits} = await stack.gql(`{ deposits(orderBy: blockNumber_ASC) { account { id } amount shares amountEth } }`)
        // 10 ETH each, 9.995 credited, minted at 1.0000 / 1.0007 / 1.0014 / 1.0021 (truncated)
        expect(deposits).toEqual(
            ['9995000000000000000', '9988008394124113120', '9981026562812063111', '9974054485580281409'].map((shares, i) => ({
                account: {id: USERS[i]},
                amount: '10000000000000000000',
                shares,
                amountEth: '9995000000000000000',
            }))
        )
        let {withdrawals} = await stack.gql(`{ withdrawals { account { id } status amount amountEth } }`)
        expect(withdrawals).toEqual([{account: {id: USERS[1]}, status: 'COMPLETED', amount: '1000000000000000000', amountEth: '1002100000000000000'}])
        let {exchangeRates} = await stack.gql(`{ exchangeRates(orderBy: blockNumber_ASC) { ethPerUnit apr timeElapsed } }`)
        expect(exchangeRates.map((r: any) => r.ethPerUnit)).toEqual(['1000000000000000000', '1000700000000000000', '1001400000000000000', '1002100000000000000'])
        expect(exchangeRates[0].apr).toBeNull()
        // 0.0007 a week on 1.0 = 0.0007 * 365 / 7 = 0.0365
        expect(exchangeRates[1].apr).toBeCloseTo(0.0365, 12)
        expect(exchangeRates[1].timeElapsed).toBe(7 * 86400)
        let {accounts} = await stack.gql(`{ accounts(where: {id_in: ["${USERS[0]}", "${USERS[1]}"]}, orderBy: id_ASC) { id rethBalance } }`)
        expect(accounts).toEqual([
            {id: USERS[0], rethBalance: '8995000000000000000'}, // 9.995 - 1 sent
            {id: USERS[1], rethBalance: '9988008394124113120'}, // + 1 received - 1 burned
        ])
        let {rocketPoolStateById} = await stack.gql(`{ rocketPoolStateById(id: "rocketpool") { rethSupply etherDepositedTotal } }`)
        // sum of the four mints - 1 burned
        expect(rocketPoolStateById).toEqual({rethSupply: String(9995000000000000000n + 9988008394124113120n + 9981026562812063111n + 9974054485580281409n - 10n ** 18n), etherDepositedTotal: '2000000000000000000'})
    })

    it('follows both nodes through every RPL event, their minipools and their losses', async () => {
        let {rocketPoolNodes} = await stack.gql(`{ rocketPoolNodes(orderBy: id_ASC) { id smoothingPool rplWithdrawalAddress rplStaked rplUnstaking rplLocked rplSlashed minipoolCount activeMinipoolCount } }`)
        expect(rocketPoolNodes).toEqual([
            // 1000 - 100 withdrawn - 10 legacy-unstaked + 30 transferred in - 50 slashed
            {id: NODE1, smoothingPool: true, rplWithdrawalAddress: null, rplStaked: '870000000000000000000', rplUnstaking: '10000000000000000000', rplLocked: '0', rplSlashed: '50000000000000000000', minipoolCount: 2, activeMinipoolCount: 1},
            // 2000 - 500 unstaked (then withdrawn) - 20 burned - 30 transferred out; locked 100 - 50 - 20 - 30
            {id: NODE2, smoothingPool: null, rplWithdrawalAddress: demo(0x1003), rplStaked: '1450000000000000000000', rplUnstaking: '0', rplLocked: '0', rplSlashed: '0', minipoolCount: 0, activeMinipoolCount: 0},
        ])
        let {slashings} = await stack.gql(`{ slashings(orderBy: [blockNumber_ASC, logIndex_ASC]) { kind amount amountEth pool } }`)
        expect(slashings).toEqual([
            {kind: 'ROCKET_POOL_RPL', amount: '50000000000000000000', amountEth: '500000000000000000', pool: null},
            {kind: 'ROCKET_POOL_PENALTY', amount: '100000000000000000', amountEth: null, pool: demo(0x2002)},
            {kind: 'ROCKET_POOL_PENALTY', amount: '200000000000000000', amountEth: null, pool: demo(0x2002)},
            {kind: 'ROCKET_POOL_PENALTY', amount: '1000000000000000000', amountEth: '1000000000000000000', pool: book.rocketPool.megapoolManager.address},
            {kind: 'ROCKET_POOL_PENALTY', amount: '250000000000000000', amountEth: '250000000000000000', pool: book.rocketPool.megapoolManager.address},
        ])
        let {megapools} = await stack.gql(`{ megapools { debt penaltyTotal } }`)
        expect(megapools).toEqual([{debt: '850000000000000000', penaltyTotal: '1000000000000000000'}])
    })
})
