import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as minipoolManagerAbi from '../../lib/abi/RocketMinipoolManager'
import * as balancesAbi from '../../lib/abi/RocketNetworkBalances'
import * as balancesV1Abi from '../../lib/abi/RocketNetworkBalances.v1'
import * as nodeManagerAbi from '../../lib/abi/RocketNodeManager'
import * as stakingAbi from '../../lib/abi/RocketNodeStaking'
import {depositLogs, penaltyLogsV1, penaltyLogsV14} from '../../lib/protocols/rocketpool/logs'
import {book, encodeEvent, Stack, startStack} from '../harness'

/**
 * Rocket Pool upgrades to NEW addresses: every historical address must be indexed, each with its version's ABI.
 * One characteristic log per address, with values that name the address (distinct account, distinct amount),
 * and one record expected per address.
 */
const RP = book.rocketPool
const E = 10n ** 18n
// an address per (contract, index): 0x...c<kind><index>
const who = (kind: number, i: number) => `0x0000000000000000000000000000000000${kind.toString(16).padStart(2, '0')}c${String(i).padStart(3, '0')}`
let ts = 1_800_000_000

describe('every historical Rocket Pool address is indexed with its version ABI', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
    })
    afterAll(async () => {
        await stack?.stop()
    })
    async function mine(...txs: any[][]) {
        let block = await stack.chain.mineBlock({timestamp: (ts += 12), txs})
        await stack.waitForHeight(block)
        return block
    }

    it('knows the address counts of CONTRACTS.md', () => {
        expect([RP.depositPools.length, RP.networkBalances.length, RP.nodeStakings.length, RP.minipoolManagers.length, RP.nodeManagers.length, RP.networkPenalties.length]).toEqual([4, 4, 6, 7, 5, 2])
    })

    it.each(RP.depositPools.map((c, i) => [c.version, c.address, i] as const))('RocketDepositPool %s %s: DepositReceived', async (_v, address, i) => {
        let user = who(1, i)
        // amount = (i + 1) ETH in, 0.9 rETH per ETH
        let block = await mine(depositLogs(RP.reth.address, address, user, BigInt(i + 1) * E, (BigInt(i + 1) * 9n * E) / 10n, BigInt(i + 1) * E))
        let {deposits} = await stack.gql(`{ deposits(where: {blockNumber_eq: ${block}}) { account { id } amount shares } }`)
        expect(deposits).toEqual([{account: {id: user}, amount: String(BigInt(i + 1) * E), shares: String((BigInt(i + 1) * 9n * E) / 10n)}])
    })

    it.each(RP.networkBalances.map((c, i) => [c.version, c.address, i] as const))('RocketNetworkBalances %s %s: BalancesUpdated of its signature', async (version, address, i) => {
        let v13 = version >= 'v1.3'
        let totalEth = BigInt(1000 + i) * E
        let rethSupply = 1000n * E
        let log = v13
            ? encodeEvent(address, balancesAbi.events.BalancesUpdated, {block: 1n, slotTimestamp: 2n, totalEth, stakingEth: 1n, rethSupply, blockTimestamp: 3n})
            : encodeEvent(address, balancesV1Abi.events.BalancesUpdated, {block: 1n, totalEth, stakingEth: 1n, rethSupply, time: 3n})
        // the other signature at the same address: a log no release at this address emits, sent to prove the
        // squid routes by address version and does not index it
        let wrong = v13
            ? encodeEvent(address, balancesV1Abi.events.BalancesUpdated, {block: 1n, totalEth: 7n * E, stakingEth: 1n, rethSupply, time: 3n})
            : encodeEvent(address, balancesAbi.events.BalancesUpdated, {block: 1n, slotTimestamp: 2n, totalEth: 7n * E, stakingEth: 1n, rethSupply, blockTimestamp: 3n})
        let block = await mine([log], [wrong])
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {blockNumber_eq: ${block}}) { asset totalEth ethPerUnit } }`)
        // rate = (1000 + i) / 1000
        expect(exchangeRates).toEqual([{asset: 'rETH', totalEth: String(totalEth), ethPerUnit: String(((1000n + BigInt(i)) * E) / 1000n)}])
    })

    it.each(RP.nodeStakings.map((c, i) => [c.version, c.address, i] as const))('RocketNodeStaking %s %s: RPLStaked', async (version, address, i) => {
        let node = who(3, i)
        let amount = BigInt(100 + i) * E
        let log =
            version == 'v1.4'
                ? encodeEvent(address, stakingAbi.events['RPLStaked(address indexed,address,uint256,uint256)'], {node, from: node, amount, time: 0n})
                : encodeEvent(address, stakingAbi.events['RPLStaked(address indexed,uint256,uint256)'], {from: node, amount, time: 0n})
        await mine([log])
        let {rocketPoolNodeById} = await stack.gql(`{ rocketPoolNodeById(id: "${node}") { rplStaked } }`)
        expect(rocketPoolNodeById).toEqual({rplStaked: String(amount)})
    })

    it.each(RP.minipoolManagers.map((c, i) => [c.version, c.address, i] as const))('RocketMinipoolManager %s %s: MinipoolCreated (v1.4: MinipoolDestroyed)', async (version, address, i) => {
        let minipool = who(4, i)
        let node = who(5, i)
        if (version == 'v1.4') {
            // v1.4 RocketNodeDeposit creates no minipools (createMinipool is never called): the v1.4 manager logs
            // only destroyMinipool, for a dissolved minipool made by an earlier release, closed now
            await mine([encodeEvent(RP.minipoolManagers[i - 1].address, minipoolManagerAbi.events.MinipoolCreated, {minipool, node, time: 0n})])
            let block = await mine([encodeEvent(address, minipoolManagerAbi.events.MinipoolDestroyed, {minipool, node, time: 0n})])
            let {minipoolById} = await stack.gql(`{ minipoolById(id: "${minipool}") { node { id minipoolCount } destroyedBlock } }`)
            expect(minipoolById).toEqual({node: {id: node, minipoolCount: 0}, destroyedBlock: block})
            return
        }
        let block = await mine([encodeEvent(address, minipoolManagerAbi.events.MinipoolCreated, {minipool, node, time: 0n})])
        let {minipoolById} = await stack.gql(`{ minipoolById(id: "${minipool}") { node { id minipoolCount } createdBlock } }`)
        expect(minipoolById).toEqual({node: {id: node, minipoolCount: 1}, createdBlock: block})
    })

    it.each(RP.nodeManagers.map((c, i) => [c.version, c.address, i] as const))('RocketNodeManager %s %s: NodeRegistered', async (_v, address, i) => {
        let node = who(6, i)
        let block = await mine([encodeEvent(address, nodeManagerAbi.events.NodeRegistered, {node, time: 0n})])
        let {rocketPoolNodeById} = await stack.gql(`{ rocketPoolNodeById(id: "${node}") { registeredBlock } }`)
        expect(rocketPoolNodeById).toEqual({registeredBlock: block})
    })

    it.each(RP.networkPenalties.map((c, i) => [c.version, c.address, i] as const))('RocketNetworkPenalties %s %s: a penalty', async (version, address, i) => {
        let minipool = who(7, i)
        let penalty = BigInt(i + 1) * 10n ** 17n
        // v1.1-v1.3: the vote, then PenaltyUpdated (a third penalty); v1.4: PenaltyUpdated, PenaltyApplied, the vote
        let logs = version == 'v1.4' ? penaltyLogsV14(address, minipool, 1n, penalty) : penaltyLogsV1(address, minipool, 1n, penalty)
        let block = await mine(logs)
        let {slashings} = await stack.gql(`{ slashings(where: {blockNumber_eq: ${block}}) { kind pool description } }`)
        expect(slashings).toEqual([{kind: 'ROCKET_POOL_PENALTY', pool: minipool, description: `minipool penalty, penalty rate now ${(i + 1) * 10} % of the node share`}])
    })

    it('skipped nothing', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
    })
})
