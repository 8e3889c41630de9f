import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as rethAbi from '../../lib/abi/RocketTokenRETH'
import {balancesLogs, burnLogs, depositLogs, minipoolCreationLogs, minipoolSkimLogs} from '../../lib/protocols/rocketpool/logs'
import {book, encodeEvent, Stack, startStack} from '../harness'
import {arg, realLogs, replayBlocks} from '../harness/real-logs'

const RP = book.rocketPool
const RETH = RP.reth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'
const BOB = '0x0000000000000000000000000000000000000b0b'
const CAROL = '0x00000000000000000000000000000000000ca201'
const MINIPOOL = '0x0000000000000000000000000000000000004141'
const NODE = '0x0000000000000000000000000000000000004142'
const DP12 = RP.depositPools[2].address
const DECOY = '0x00000000000000000000000000000000000dec02'
const E = 10n ** 18n
const T0 = 1_800_000_000
const WEEK = 7 * 24 * 3600
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('Z', '000Z')

describe('Rocket Pool rETH end to end: deposits, burns, balances, collateral inflows, the rate', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        await stack.chain.setup([MINIPOOL, DECOY])
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('replays the real Rocket Pool logs verbatim: one Deposit from DepositReceived + TokensMinted + mint Transfer', async () => {
        let all = realLogs()
        let rp = all.filter((l) => l.address == RETH || RP.depositPools.some((c) => c.address == l.address))
        // block 17375953: Transfer(mint), TokensMinted, DepositReceived, 3x DepositAssigned, 2x Transfer; block 17882365: Transfer, Approval
        expect(rp.length).toBe(10)
        let last = 0
        for (let block of replayBlocks(rp)) last = await stack.chain.mineBlock(block)
        await stack.waitForHeight(last)

        let minted = rp.find((l) => l.decoded[0].event == 'TokensMinted')!
        let received = rp.find((l) => l.decoded[0].event == 'DepositReceived')!
        let {deposits} = await stack.gql(`{ deposits(where: {protocol_eq: ROCKET_POOL}) { account { id } asset amount shares amountEth timestamp } }`)
        expect(deposits).toEqual([
            {
                account: {id: arg(minted, 'to')}, // 0x1136b250...
                asset: 'ETH',
                amount: arg(received, 'amount'), // 39.95 ETH sent
                shares: arg(minted, 'amount'), // 37.2322 rETH minted
                amountEth: arg(minted, 'ethAmount'), // 39.930025 ETH credited after the fee
                timestamp: iso(minted.blockTimestamp),
            },
        ])
        expect(arg(received, 'amount')).toBe('39950000000000000000')
        expect(arg(minted, 'amount')).toBe('37232214428837338521')

        let ids = ['0x1136b25047e142fa3018184793aec68fbb173ce4', '0x1111111254fb6c44bac0bed2854e76f90643097d', '0x09c149843fd6a6085e1e677f744314ab9ec768cb', '0xf01bb28137121c063d73e7b61dbabe352467292b', '0xcc9ee9483f662091a1de4795249e24ac0ac2630f']
        let {accounts} = await stack.gql(`{ accounts(where: {id_in: ${JSON.stringify(ids)}}) { id rethBalance } }`)
        let balance = Object.fromEntries(accounts.map((a: any) => [a.id, a.rethBalance]))
        expect(balance).toEqual({
            // minted to the 1inch executor, passed to the router, then to the user
            [ids[0]]: '0',
            [ids[1]]: '0',
            [ids[2]]: '37232214428837338521',
            // block 17882365 alone: the sender's earlier history is not in the sample, so it goes negative
            [ids[3]]: '-156465282788593823',
            [ids[4]]: '156465282788593823',
        })
        let {rocketPoolStateById} = await stack.gql(`{ rocketPoolStateById(id: "rocketpool") { rethSupply } }`)
        expect(rocketPoolStateById.rethSupply).toBe('37232214428837338521') // the one mint
    })

    it('turns two deposits in one transaction into exactly two Deposits, paired in order', async () => {
        let pool = RP.depositPools[2].address // v1.2 Atlas
        let last = await stack.chain.mineBlock({
            timestamp: T0,
            txs: [[...depositLogs(RETH, pool, ALICE, 2n * E, (18n * E) / 10n, 1999n * E / 1000n), ...depositLogs(RETH, pool, BOB, 3n * E, (27n * E) / 10n, 29985n * E / 10000n)]],
        })
        await stack.waitForHeight(last)
        let {deposits} = await stack.gql(`{ deposits(where: {blockNumber_eq: ${last}}, orderBy: logIndex_ASC) { protocol account { id } amount shares amountEth logIndex } }`)
        expect(deposits).toEqual([
            {protocol: 'ROCKET_POOL', account: {id: ALICE}, amount: '2000000000000000000', shares: '1800000000000000000', amountEth: '1999000000000000000', logIndex: 1},
            {protocol: 'ROCKET_POOL', account: {id: BOB}, amount: '3000000000000000000', shares: '2700000000000000000', amountEth: '2998500000000000000', logIndex: 4},
        ])
    })

    it('keeps rETH balances from Transfer (rETH only), burns as COMPLETED withdrawals, collateral inflows by source (issue 11 item 9)', async () => {
        // a minipool the squid knows (RocketNodeDeposit.deposit: MinipoolCreated, then its pre-deposit)
        await stack.chain.mineBlock({timestamp: T0 + 30, txs: [minipoolCreationLogs(RP.minipoolManagers[3].address, MINIPOOL, NODE, ALICE, E)]})
        let last = await stack.chain.mineBlock({
            timestamp: T0 + 60,
            txs: [
                [encodeEvent(RETH, rethAbi.events.Transfer, {from: ALICE, to: BOB, value: E / 2n})],
                // BOB burns 1 rETH for 1.1 ETH; 0.3 ETH of it comes out of the deposit pool (withdrawExcessBalance)
                burnLogs(RETH, BOB, 1n * E, (11n * E) / 10n, {pool: DP12, amount: (3n * E) / 10n}),
                // the minipool's skim: 5 ETH user share to rETH
                minipoolSkimLogs(RETH, MINIPOOL, 5n * E),
                // anyone may send ETH to rETH (receive())
                [encodeEvent(RETH, rethAbi.events.EtherDeposited, {from: CAROL, amount: E / 5n, time: 0n})],
                // the same topic0s from other contracts: another token's Transfer, the minipool's own EtherDeposited
                [encodeEvent(DECOY, rethAbi.events.Transfer, {from: ALICE, to: CAROL, value: 7n * E})],
                [encodeEvent(MINIPOOL, rethAbi.events.EtherDeposited, {from: ALICE, amount: 9n * E, time: 0n})],
            ],
        })
        await stack.waitForHeight(last)
        let {accounts} = await stack.gql(`{ accounts(where: {id_in: ["${ALICE}", "${BOB}", "${CAROL}"]}, orderBy: id_ASC) { id rethBalance } }`)
        expect(accounts).toEqual([
            {id: BOB, rethBalance: '2200000000000000000'}, // 2.7 + 0.5 - 1.0 burned
            {id: ALICE, rethBalance: '1300000000000000000'}, // 1.8 - 0.5 (carol got nothing: the decoy is not rETH)
        ])
        let {withdrawals} = await stack.gql(`{ withdrawals(where: {protocol_eq: ROCKET_POOL}) { id account { id } status amount shares amountEth requestedBlock completedBlock completedTxHash requestTxHash } }`)
        expect(withdrawals.length).toBe(1)
        let w = withdrawals[0]
        expect(w).toMatchObject({account: {id: BOB}, status: 'COMPLETED', amount: '1000000000000000000', shares: '1000000000000000000', amountEth: '1100000000000000000', requestedBlock: last, completedBlock: last})
        expect(w.completedTxHash).toBe(w.requestTxHash)
        // log indexes run through the block: the transfer tx has log 0, the burn tx logs 1-4 (TokensBurned last)
        expect(w.id).toBe(`rocketpool-${w.requestTxHash}-4`)

        let {rethCollateralInflows} = await stack.gql(`{ rethCollateralInflows(orderBy: logIndex_ASC) { from source amount blockNumber } }`)
        expect(rethCollateralInflows).toEqual([
            {from: DP12, source: 'DEPOSIT_POOL', amount: '300000000000000000', blockNumber: last},
            {from: MINIPOOL, source: 'MINIPOOL', amount: '5000000000000000000', blockNumber: last},
            {from: CAROL, source: 'OTHER', amount: '200000000000000000', blockNumber: last},
        ])
        let {rocketPoolStateById} = await stack.gql(`{ rocketPoolStateById(id: "rocketpool") { rethSupply etherDepositedTotal } }`)
        expect(rocketPoolStateById).toEqual({
            rethSupply: '40732214428837338521', // 37.232214428837338521 (real) + 1.8 + 2.7 - 1.0
            etherDepositedTotal: '5500000000000000000', // 0.3 + 5 + 0.2
        })
    })

    it('computes the rETH rate and its APR over the reports reference times (issue 11 item 12)', async () => {
        let [v10, , v13, v14] = RP.networkBalances
        let t1 = T0 + 120
        // v1.0 (5 fields): 1100 ETH / 1000 rETH = 1.1; the first rate has no APR; reference: its block time t1
        let b1 = await stack.chain.mineBlock({timestamp: t1, txs: [balancesLogs(v10.address, v10.version, {totalEth: 1100n * E, stakingEth: 1000n * E, rethSupply: 1000n * E, time: BigInt(t1)})]})
        // v1.3 (block indexed, slotTimestamp): 1100.5 / 1000 = 1.1005 for the slot one week after t1; the report
        // reaches consensus an hour later
        let slot2 = t1 + WEEK
        let b2 = await stack.chain.mineBlock({
            timestamp: slot2 + 3600,
            txs: [balancesLogs(v13.address, v13.version, {totalEth: (11005n * E) / 10n, stakingEth: 1050n * E, rethSupply: 1000n * E, block: 42n, slotTimestamp: BigInt(slot2), time: BigInt(slot2 + 3600)})],
        })
        // v1.4 (v1.3 signature): 2000 / 1800 = 1.111111111111111111 (truncated) for the slot a week later, landing 2 h late
        let slot3 = slot2 + WEEK
        let b3 = await stack.chain.mineBlock({
            timestamp: slot3 + 7200,
            txs: [balancesLogs(v14.address, v14.version, {totalEth: 2000n * E, stakingEth: 1900n * E, rethSupply: 1800n * E, block: 43n, slotTimestamp: BigInt(slot3), time: BigInt(slot3 + 7200)})],
        })
        await stack.waitForHeight(b3)
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {protocol_eq: ROCKET_POOL}, orderBy: blockNumber_ASC) { asset ethPerUnit totalEth totalSupply apr preEthPerUnit timeElapsed blockNumber } }`)
        expect(exchangeRates.map((r: any) => ({...r, apr: undefined}))).toEqual([
            {asset: 'rETH', ethPerUnit: '1100000000000000000', totalEth: '1100000000000000000000', totalSupply: '1000000000000000000000', apr: undefined, preEthPerUnit: null, timeElapsed: null, blockNumber: b1},
            // slot2 - t1 = one week (the blocks are a week and an hour apart)
            {asset: 'rETH', ethPerUnit: '1100500000000000000', totalEth: '1100500000000000000000', totalSupply: '1000000000000000000000', apr: undefined, preEthPerUnit: '1100000000000000000', timeElapsed: WEEK, blockNumber: b2},
            // slot3 - slot2 = one week (the blocks: a week and an hour)
            {asset: 'rETH', ethPerUnit: '1111111111111111111', totalEth: '2000000000000000000000', totalSupply: '1800000000000000000000', apr: undefined, preEthPerUnit: '1100500000000000000', timeElapsed: WEEK, blockNumber: b3},
        ])
        expect(exchangeRates[0].apr).toBeNull()
        // (1.1005 - 1.1) / 1.1 * 365 / 7 = 0.0237012987012987...
        expect(exchangeRates[1].apr).toBeCloseTo(0.023701298701298701, 14)
        // (1.111111111111111111 - 1.1005) / 1.1005 * 365 / 7 = 0.50276569813144097...
        expect(exchangeRates[2].apr).toBeCloseTo(0.50276569813144097, 14)
        let {rocketPoolStateById} = await stack.gql(`{ rocketPoolStateById(id: "rocketpool") { totalEth stakingEth reportedRethSupply ethPerUnit rateReferenceTime } }`)
        expect(rocketPoolStateById).toEqual({
            totalEth: '2000000000000000000000',
            stakingEth: '1900000000000000000000',
            reportedRethSupply: '1800000000000000000000',
            ethPerUnit: '1111111111111111111',
            rateReferenceTime: iso(slot3),
        })
    })

    it('skipped nothing', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
    })
})
