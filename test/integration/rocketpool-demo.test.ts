import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {rocketPool} from '../../lib/protocols/rocketpool'
import {RP_DEMO} from '../../lib/protocols/rocketpool/demo'
import {book, Stack, startStack} from '../harness'

// the demo's own story (src/protocols/rocketpool/demo.ts); every figure below is worked out from it by hand
const {node1: NODE1, node2: NODE2, rplWithdrawal, rewardsPool, users: USERS} = RP_DEMO
const RP = book.rocketPool
const MINIPOOL_A = RP.storage.address
const MINIPOOL_B = RP.megapoolFactory.address
const MEGAPOOL = RP.megapoolManager.address
const WEEK = 7 * 86400

describe('the Rocket Pool demo scenario, indexed end to end, gives the numbers it was written with', () => {
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

    it('has the five deposits, the burn, the rates and the rETH collateral inflows', async () => {
        let {deposits} = await stack.gql(`{ deposits(orderBy: blockNumber_ASC) { account { id } amount shares amountEth } }`)
        // 10 ETH each; v1.0 takes no fee (mint(msg.value)), later 0.05 %: 9.995 credited; minted at 1.0000 /
        // 1.0007 / 1.0014 / 1.0021 / 1.0028 ETH per rETH, truncated: 9.995e18 * 10000 / 10007 = 9988008394124113120 ...
        let credited = ['10000000000000000000', '9995000000000000000', '9995000000000000000', '9995000000000000000', '9995000000000000000']
        let shares = ['10000000000000000000', '9988008394124113120', '9981026562812063111', '9974054485580281409', '9967092142002393298']
        expect(deposits).toEqual(USERS.map((u, i) => ({account: {id: u}, amount: '10000000000000000000', shares: shares[i], amountEth: credited[i]})))
        let {withdrawals} = await stack.gql(`{ withdrawals { account { id } status amount amountEth } }`)
        // 1 rETH burned at 1.0014
        expect(withdrawals).toEqual([{account: {id: USERS[1]}, status: 'COMPLETED', amount: '1000000000000000000', amountEth: '1001400000000000000'}])

        let {exchangeRates} = await stack.gql(`{ exchangeRates(orderBy: blockNumber_ASC) { ethPerUnit apr timeElapsed } }`)
        expect(exchangeRates.map((r: any) => r.ethPerUnit)).toEqual(['1000000000000000000', '1000700000000000000', '1001400000000000000', '1002100000000000000', '1002800000000000000'])
        expect(exchangeRates[0].apr).toBeNull()
        // v1.0 reports one week apart (block times): 0.0007 * 365 / 7 = 0.0365
        expect(exchangeRates[1].apr).toBeCloseTo(0.0365, 12)
        expect(exchangeRates[1].timeElapsed).toBe(WEEK)
        // v1.3 report: its slot is one week after the v1.2 report's block (the report itself lands 10 min later)
        expect(exchangeRates[3].timeElapsed).toBe(WEEK)
        // v1.4 report: slot to slot is one week although the blocks are 10 min further apart;
        // (1.0028 - 1.0021) / 1.0021 * 365 / 7 = 0.036423510627...
        expect(exchangeRates[4].timeElapsed).toBe(WEEK)
        expect(exchangeRates[4].apr).toBeCloseTo(0.0364235106276819, 12)

        let {accounts} = await stack.gql(`{ accounts(where: {id_in: ["${USERS[0]}", "${USERS[1]}"]}, orderBy: id_ASC) { id rethBalance } }`)
        expect(accounts).toEqual([
            {id: USERS[0], rethBalance: '9000000000000000000'}, // 10 - 1 sent
            {id: USERS[1], rethBalance: '9988008394124113120'}, // + 1 received - 1 burned
        ])
        let {rocketPoolStateById} = await stack.gql(`{ rocketPoolStateById(id: "rocketpool") { rethSupply etherDepositedTotal } }`)
        // sum of the five mints - 1 burned; inflows 0.5 + 0.06 + 0.05 + 2 + 23.5 + 1.5 + 0.4 + 31.75 = 59.76 ETH
        expect(rocketPoolStateById).toEqual({rethSupply: '48910181584518850938', etherDepositedTotal: '59760000000000000000'})
        let {rethCollateralInflows} = await stack.gql(`{ rethCollateralInflows(orderBy: blockNumber_ASC) { from source amount } }`)
        expect(rethCollateralInflows).toEqual([
            {from: RP.depositPools[2].address, source: 'DEPOSIT_POOL', amount: '500000000000000000'}, // the burn's shortfall
            {from: MINIPOOL_B, source: 'MINIPOOL', amount: '60000000000000000'}, // bond reduction's skim
            {from: MINIPOOL_B, source: 'MINIPOOL', amount: '50000000000000000'}, // owner skim
            {from: RP.depositPools[3].address, source: 'DEPOSIT_POOL', amount: '2000000000000000000'}, // v1.4 top-up
            {from: MINIPOOL_B, source: 'MINIPOOL', amount: '23500000000000000000'}, // exit balance
            {from: rewardsPool, source: 'OTHER', amount: '1500000000000000000'},
            {from: MEGAPOOL, source: 'MEGAPOOL', amount: '400000000000000000'}, // debt repaid
            {from: MEGAPOOL, source: 'MEGAPOOL', amount: '31750000000000000000'}, // exit
        ])
    })

    it('follows both nodes through every RPL event, their minipools and their losses', async () => {
        let {rocketPoolNodes} = await stack.gql(`{ rocketPoolNodes(orderBy: id_ASC) { id smoothingPool rplWithdrawalAddress rplStaked rplUnstaking rplLocked rplSlashed minipoolCount activeMinipoolCount finalisedMinipoolCount } }`)
        expect(rocketPoolNodes).toEqual([
            // staked 1000 - 100 withdrawn (v1.0) - 100 vetoed bond burned (locked 100, unlocked 100) - 10 legacy-unstaked
            // + 8 of NODE2's challenge bond - 50 slashed = 748; locked: 100 - 100, 100 - 100 = 0
            // minipools: A (destroyed) and B (finalised): 2 - 1 = 1, active 2 - 1 - 1 = 0
            {id: NODE1, smoothingPool: true, rplWithdrawalAddress: null, rplStaked: '748000000000000000000', rplUnstaking: '10000000000000000000', rplLocked: '0', rplSlashed: '50000000000000000000', minipoolCount: 1, activeMinipoolCount: 0, finalisedMinipoolCount: 1},
            // 2000 - 500 unstaked - 8 transferred - 2 burned - 100 unstaked = 1390; unstaking 500, paid out silently
            // at the second unstake (0), + 100, withdrawn (0); locked 10 - 10 = 0
            {id: NODE2, smoothingPool: null, rplWithdrawalAddress: rplWithdrawal, rplStaked: '1390000000000000000000', rplUnstaking: '0', rplLocked: '0', rplSlashed: '0', minipoolCount: 0, activeMinipoolCount: 0, finalisedMinipoolCount: 0},
        ])
        let {minipools} = await stack.gql(`{ minipools(orderBy: createdBlock_ASC) { id status finalised destroyedBlock bond penaltyCount penaltyRate } }`)
        expect(minipools.map((m: any) => ({...m, destroyedBlock: m.destroyedBlock != null}))).toEqual([
            {id: MINIPOOL_A, status: 4, finalised: false, destroyedBlock: true, bond: null, penaltyCount: 0, penaltyRate: '0'},
            // v1.2+ finalisation keeps the Staking status; 5 penalties, rate (5 - 2) x 10 %
            {id: MINIPOOL_B, status: 2, finalised: true, destroyedBlock: false, bond: '8000000000000000000', penaltyCount: 5, penaltyRate: '300000000000000000'},
        ])
        let {slashings} = await stack.gql(`{ slashings(orderBy: [blockNumber_ASC, logIndex_ASC]) { kind account { id } amount amountEth pool } }`)
        expect(slashings).toEqual([
            // penalties 3, 4 (v1.1 PenaltyUpdated 10 %, 20 %) and 5 (v1.4, 30 %): each raised the rate by 10 %
            {kind: 'ROCKET_POOL_PENALTY', account: {id: NODE1}, amount: '100000000000000000', amountEth: null, pool: MINIPOOL_B},
            {kind: 'ROCKET_POOL_PENALTY', account: {id: NODE1}, amount: '100000000000000000', amountEth: null, pool: MINIPOOL_B},
            {kind: 'ROCKET_POOL_PENALTY', account: {id: NODE1}, amount: '100000000000000000', amountEth: null, pool: MINIPOOL_B},
            {kind: 'ROCKET_POOL_RPL', account: {id: NODE1}, amount: '50000000000000000000', amountEth: '500000000000000000', pool: null},
            {kind: 'ROCKET_POOL_PENALTY', account: null, amount: '1000000000000000000', amountEth: '1000000000000000000', pool: MEGAPOOL},
            {kind: 'ROCKET_POOL_PENALTY', account: null, amount: '250000000000000000', amountEth: '250000000000000000', pool: MEGAPOOL},
        ])
        let {megapools} = await stack.gql(`{ megapools { debt penaltyTotal } }`)
        // 1 - 0.4 + 0.25
        expect(megapools).toEqual([{debt: '850000000000000000', penaltyTotal: '1000000000000000000'}])
    })
})
