import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as depositPoolAbi from '../../lib/abi/RocketDepositPool'
import * as megapoolAbi from '../../lib/abi/RocketMegapoolDelegate'
import * as minipoolManagerAbi from '../../lib/abi/RocketMinipoolManager'
import * as penaltiesAbi from '../../lib/abi/RocketNetworkPenalties'
import * as penaltiesV1Abi from '../../lib/abi/RocketNetworkPenalties.v1'
import * as nodeManagerAbi from '../../lib/abi/RocketNodeManager'
import * as stakingAbi from '../../lib/abi/RocketNodeStaking'
import {megapoolPenaltyLogs} from '../../lib/protocols/rocketpool/logs'
import {book, encodeEvent, Stack, startStack} from '../harness'

const RP = book.rocketPool
const staking = (version: string) => RP.nodeStakings.find((c) => c.version == version)!.address
const S = stakingAbi.events
const STAKED3 = S['RPLStaked(address indexed,uint256,uint256)']
const STAKED4 = S['RPLStaked(address indexed,address,uint256,uint256)']
const N1 = '0x0000000000000000000000000000000000000e01'
const N2 = '0x0000000000000000000000000000000000000e02'
const WITHDRAW_TO = '0x0000000000000000000000000000000000000e03'
const MP_A = '0x000000000000000000000000000000000000a001'
const MP_B = '0x000000000000000000000000000000000000a002'
const MP_C = '0x000000000000000000000000000000000000a003'
const MEGA = '0x000000000000000000000000000000000000be01'
const MEGA2 = '0x000000000000000000000000000000000000be02'
const STRANGER = '0x000000000000000000000000000000000000be03'
const E = 10n ** 18n
let ts = 1_800_000_000

describe('Rocket Pool nodes end to end: settings, RPL stake, slashing, minipools, penalties, megapools', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        await stack.chain.setup([MEGA, MEGA2, STRANGER])
    })
    afterAll(async () => {
        await stack?.stop()
    })

    async function mine(...txs: any[][]) {
        let block = await stack.chain.mineBlock({timestamp: (ts += 12), txs})
        await stack.waitForHeight(block)
        return block
    }
    async function node(id: string) {
        let {rocketPoolNodeById} = await stack.gql(`{ rocketPoolNodeById(id: "${id}") {
            registeredBlock smoothingPool rplWithdrawalAddress rplStaked rplUnstaking rplLocked rplSlashed minipoolCount activeMinipoolCount } }`)
        return rocketPoolNodeById
    }

    it('registers a node and follows its settings', async () => {
        let registered = await mine([encodeEvent(RP.nodeManagers[2].address, nodeManagerAbi.events.NodeRegistered, {node: N1, time: 0n})])
        await mine(
            [encodeEvent(RP.nodeManagers[3].address, nodeManagerAbi.events.NodeSmoothingPoolStateChanged, {node: N1, state: true})],
            [encodeEvent(RP.nodeManagers[4].address, nodeManagerAbi.events.NodeRPLWithdrawalAddressSet, {node: N1, withdrawalAddress: WITHDRAW_TO, time: 0n})]
        )
        expect(await node(N1)).toMatchObject({registeredBlock: registered, smoothingPool: true, rplWithdrawalAddress: WITHDRAW_TO})
        await mine([encodeEvent(RP.nodeManagers[4].address, nodeManagerAbi.events.NodeRPLWithdrawalAddressUnset, {node: N1, time: 0n})])
        expect((await node(N1)).rplWithdrawalAddress).toBeNull()
    })

    it('follows the RPL stake through stake / withdraw / slash / unstake / lock / burn / transfer', async () => {
        let steps: [any[], Record<string, string>][] = [
            // v1.0 3-argument RPLStaked: 0 + 1000
            [[encodeEvent(staking('v1.0'), STAKED3, {from: N1, amount: 1000n * E, time: 0n})], {rplStaked: '1000000000000000000000'}],
            // v1.4 4-argument RPLStaked: 1000 + 500
            [[encodeEvent(staking('v1.4'), STAKED4, {node: N1, from: WITHDRAW_TO, amount: 500n * E, time: 0n})], {rplStaked: '1500000000000000000000'}],
            // v1.3.1 RPLWithdrawn takes RPL out of the stake: 1500 - 200
            [[encodeEvent(staking('v1.3.1'), S.RPLWithdrawn, {to: N1, amount: 200n * E, time: 0n})], {rplStaked: '1300000000000000000000'}],
            // slashed 100 RPL (worth 2 ETH): 1300 - 100
            [[encodeEvent(staking('v1.2'), S.RPLSlashed, {node: N1, amount: 100n * E, ethValue: 2n * E, time: 0n})], {rplStaked: '1200000000000000000000', rplSlashed: '100000000000000000000'}],
            // v1.4 unstake: 1200 - 300, 300 waiting
            [[encodeEvent(staking('v1.4'), S.RPLUnstaked, {from: N1, amount: 300n * E, time: 0n})], {rplStaked: '900000000000000000000', rplUnstaking: '300000000000000000000'}],
            // v1.4 RPLWithdrawn pays out the unstaked RPL: stake unchanged, nothing waiting
            [[encodeEvent(staking('v1.4'), S.RPLWithdrawn, {to: N1, amount: 300n * E, time: 0n})], {rplStaked: '900000000000000000000', rplUnstaking: '0'}],
            // lock 100, unlock 40: 60 locked
            [[encodeEvent(staking('v1.3'), S.RPLLocked, {from: N1, amount: 100n * E, time: 0n}), encodeEvent(staking('v1.3'), S.RPLUnlocked, {from: N1, amount: 40n * E, time: 0n})], {rplStaked: '900000000000000000000', rplLocked: '60000000000000000000'}],
            // burn 10 locked: 890 staked, 50 locked
            [[encodeEvent(staking('v1.3.1'), S.RPLBurned, {from: N1, amount: 10n * E, time: 0n})], {rplStaked: '890000000000000000000', rplLocked: '50000000000000000000'}],
            // 20 locked RPL transferred to N2: 870 staked, 30 locked
            [[encodeEvent(staking('v1.3.1'), S.RPLTransferred, {from: N1, to: N2, amount: 20n * E, time: 0n})], {rplStaked: '870000000000000000000', rplLocked: '30000000000000000000'}],
        ]
        for (let [logs, expected] of steps) {
            await mine(logs)
            expect(await node(N1)).toMatchObject(expected)
        }
        expect((await node(N2)).rplStaked).toBe('20000000000000000000')

        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "ROCKET_POOL_RPL"}) { protocol account { id } amount amountEth pool } }`)
        expect(slashings).toEqual([{protocol: 'ROCKET_POOL', account: {id: N1}, amount: '100000000000000000000', amountEth: '2000000000000000000', pool: null}])
    })

    it('counts minipools per node and closes a destroyed one', async () => {
        let created = await mine(
            [encodeEvent(RP.minipoolManagers[0].address, minipoolManagerAbi.events.MinipoolCreated, {minipool: MP_A, node: N1, time: 0n})],
            [encodeEvent(RP.minipoolManagers[4].address, minipoolManagerAbi.events.MinipoolCreated, {minipool: MP_B, node: N1, time: 0n})]
        )
        let destroyed = await mine([encodeEvent(RP.minipoolManagers[1].address, minipoolManagerAbi.events.MinipoolDestroyed, {minipool: MP_A, node: N1, time: 0n})])
        expect(await node(N1)).toMatchObject({minipoolCount: 2, activeMinipoolCount: 1})
        let {minipools} = await stack.gql(`{ minipools(orderBy: id_ASC) { id node { id } createdBlock destroyedBlock } }`)
        expect(minipools).toEqual([
            {id: MP_A, node: {id: N1}, createdBlock: created, destroyedBlock: destroyed},
            {id: MP_B, node: {id: N1}, createdBlock: created, destroyedBlock: null},
        ])
    })

    it('records minipool penalties of both RocketNetworkPenalties versions against the minipool node, once per transaction', async () => {
        let [v11, v14] = RP.networkPenalties
        let b1 = await mine([encodeEvent(v11.address, penaltiesV1Abi.events.PenaltyUpdated, {minipoolAddress: MP_B, penalty: E / 10n, time: 0n})])
        let b2 = await mine([
            encodeEvent(v14.address, penaltiesAbi.events.PenaltyApplied, {minipool: MP_B, block: 5n, time: 0n}),
            encodeEvent(v14.address, penaltiesAbi.events.PenaltyUpdated, {minipool: MP_B, penalty: E / 5n, time: 0n}),
        ])
        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "ROCKET_POOL_PENALTY", pool_eq: "${MP_B}"}, orderBy: blockNumber_ASC) { protocol account { id } amount blockNumber logIndex } }`)
        expect(slashings).toEqual([
            {protocol: 'ROCKET_POOL', account: {id: N1}, amount: '100000000000000000', blockNumber: b1, logIndex: 0},
            // PenaltyApplied + PenaltyUpdated of one transaction: one record, with the new rate 0.2
            {protocol: 'ROCKET_POOL', account: {id: N1}, amount: '200000000000000000', blockNumber: b2, logIndex: 0},
        ])
    })

    it('names the node of a minipool created and penalised in the same block', async () => {
        let block = await mine(
            [encodeEvent(RP.minipoolManagers[6].address, minipoolManagerAbi.events.MinipoolCreated, {minipool: MP_C, node: N2, time: 0n})],
            [encodeEvent(RP.networkPenalties[0].address, penaltiesV1Abi.events.PenaltyUpdated, {minipoolAddress: MP_C, penalty: (3n * E) / 10n, time: 0n})]
        )
        let {slashings} = await stack.gql(`{ slashings(where: {pool_eq: "${MP_C}"}) { account { id } amount blockNumber } }`)
        expect(slashings).toEqual([{account: {id: N2}, amount: '300000000000000000', blockNumber: block}])
    })

    it('discovers megapools, takes their penalties once and their shortfalls, and ignores unknown contracts', async () => {
        await mine([encodeEvent(RP.depositPools[3].address, depositPoolAbi.events.FundsRequested, {receiver: MEGA, validatorId: 1n, amount: 32n * E, expressQueue: false, time: 0n})])
        let penalty = await mine(megapoolPenaltyLogs(RP.megapoolPenalties.address, MEGA, E))
        let shortfall = await mine(
            [encodeEvent(MEGA, megapoolAbi.events.MegapoolDebtReduced, {amount: (4n * E) / 10n, time: 0n})],
            [encodeEvent(MEGA, megapoolAbi.events.MegapoolDebtIncreased, {amount: E / 4n, time: 0n})],
            // not a megapool the squid knows: ignored
            [encodeEvent(STRANGER, megapoolAbi.events.MegapoolDebtIncreased, {amount: 9n * E, time: 0n})]
        )
        // a megapool first named by RocketMegapoolPenalties, after its own logs in the same transaction
        let second = await mine(megapoolPenaltyLogs(RP.megapoolPenalties.address, MEGA2, (3n * E) / 10n))

        let {megapools} = await stack.gql(`{ megapools(orderBy: id_ASC) { id debt penaltyTotal } }`)
        expect(megapools).toEqual([
            {id: MEGA, debt: '850000000000000000', penaltyTotal: '1000000000000000000'}, // 1 - 0.4 + 0.25
            {id: MEGA2, debt: '300000000000000000', penaltyTotal: '300000000000000000'},
        ])
        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "ROCKET_POOL_PENALTY", pool_in: ["${MEGA}", "${MEGA2}", "${STRANGER}"]}, orderBy: blockNumber_ASC) { account { id } amount amountEth pool blockNumber logIndex } }`)
        expect(slashings).toEqual([
            // at MegapoolPenaltyApplied (log 1), the first penalty log; the debt log 0 before it is the same loss
            {account: null, amount: '1000000000000000000', amountEth: '1000000000000000000', pool: MEGA, blockNumber: penalty, logIndex: 1},
            {account: null, amount: '250000000000000000', amountEth: '250000000000000000', pool: MEGA, blockNumber: shortfall, logIndex: 1},
            {account: null, amount: '300000000000000000', amountEth: '300000000000000000', pool: MEGA2, blockNumber: second, logIndex: 1},
        ])
    })

    it('skipped nothing', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
    })
})
