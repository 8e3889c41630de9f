import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as depositPoolAbi from '../../lib/abi/RocketDepositPool'
import * as megapoolAbi from '../../lib/abi/RocketMegapoolDelegate'
import * as nodeManagerAbi from '../../lib/abi/RocketNodeManager'
import * as stakingAbi from '../../lib/abi/RocketNodeStaking'
import * as rethAbi from '../../lib/abi/RocketTokenRETH'
import {
    megapoolPenaltyLogs,
    minipoolAssignedLogs,
    minipoolBondReductionLogs,
    minipoolCloseLogs,
    minipoolCreationLogs,
    minipoolDissolveLogs,
    minipoolExitLogs,
    minipoolFinaliseLogs,
    minipoolSkimLogs,
    minipoolStakeLogs,
    penaltyLogsV1,
    penaltyLogsV14,
    rplBurnLogs,
    rplUnstakeLogs,
    rplWithdrawLogs,
    vetoBondBurnLogs,
} from '../../lib/protocols/rocketpool/logs'
import {book, encodeEvent, Stack, startStack} from '../harness'

const RP = book.rocketPool
const staking = (version: string) => RP.nodeStakings.find((c) => c.version == version)!.address
const manager = (version: string) => RP.minipoolManagers.find((c) => c.version == version)!.address
const VAULT = RP.vault.address
const RETH = RP.reth.address
const DP12 = RP.depositPools[2].address
const [PEN11, PEN14] = RP.networkPenalties.map((c) => c.address)
const S = stakingAbi.events
const STAKED3 = S['RPLStaked(address indexed,uint256,uint256)']
const STAKED4 = S['RPLStaked(address indexed,address,uint256,uint256)']
const N1 = '0x0000000000000000000000000000000000000e01'
const N2 = '0x0000000000000000000000000000000000000e02'
const N3 = '0x0000000000000000000000000000000000000e03'
const N4 = '0x0000000000000000000000000000000000000e04'
const WITHDRAW_TO = '0x0000000000000000000000000000000000000e09'
const NODE_DEPOSIT = '0x0000000000000000000000000000000000000e0d'
const mp = (n: number) => `0x000000000000000000000000000000000000a${n.toString(16).padStart(3, '0')}`
const [MA, MB, MC, MD, ME, MF, MG, MH] = [1, 2, 3, 4, 5, 6, 7, 8].map(mp)
const UNKNOWN_MP = mp(0xfff)
const MEGA = '0x000000000000000000000000000000000000be01'
const MEGA2 = '0x000000000000000000000000000000000000be02'
const STRANGER = '0x000000000000000000000000000000000000be03'
const E = 10n ** 18n
let ts = 1_800_000_000

describe('Rocket Pool nodes end to end: settings, RPL stake, slashing, minipools, penalties, megapools', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        await stack.chain.setup([MEGA, MEGA2, STRANGER, MA, MB, MC, MD, ME, MF, MG, MH, UNKNOWN_MP])
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
            registeredBlock smoothingPool rplWithdrawalAddress rplStaked rplUnstaking rplLocked rplSlashed minipoolCount activeMinipoolCount finalisedMinipoolCount } }`)
        return rocketPoolNodeById
    }
    async function minipool(id: string) {
        let {minipoolById} = await stack.gql(`{ minipoolById(id: "${id}") { status finalised userDistributed bond penaltyCount penaltyRate destroyedBlock finalisedBlock } }`)
        return minipoolById
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

    it('follows the RPL stake through the releases: stake, slash, withdraw (RocketNodeStaking v1.0 - v1.3.1)', async () => {
        let steps: [any[][], Record<string, string>][] = [
            // v1.0 stakeRPL: 0 + 1000
            [[[encodeEvent(staking('v1.0'), STAKED3, {from: N1, amount: 1000n * E, time: 0n})]], {rplStaked: '1000000000000000000000'}],
            // v1.2 slashRPL (a minipool's slash()): 100 RPL worth 2 ETH, 1000 - 100
            [[[encodeEvent(staking('v1.2'), S.RPLSlashed, {node: N1, amount: 100n * E, ethValue: 2n * E, time: 0n})]], {rplStaked: '900000000000000000000', rplSlashed: '100000000000000000000'}],
            // v1.3.1 withdrawRPL: the vault pays 200, RPLWithdrawn takes it out of the stake: 900 - 200
            [[rplWithdrawLogs(VAULT, staking('v1.3.1'), N1, 200n * E)], {rplStaked: '700000000000000000000'}],
        ]
        for (let [txs, expected] of steps) {
            await mine(...txs)
            expect(await node(N1)).toMatchObject(expected)
        }
        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "ROCKET_POOL_RPL"}) { protocol account { id } amount amountEth pool } }`)
        expect(slashings).toEqual([{protocol: 'ROCKET_POOL', account: {id: N1}, amount: '100000000000000000000', amountEth: '2000000000000000000', pool: null}])
    })

    it('keeps a vetoed bond out of the locked RPL once: burnRPL / transferRPL leave locked RPL to RPLUnlocked (issue 11 item 8)', async () => {
        // two proposals by N1 lock 100 RPL each (RocketDAOProtocolVerifier.submitProposalRoot -> lockRPL)
        await mine([encodeEvent(staking('v1.3.1'), S.RPLLocked, {from: N1, amount: 100n * E, time: 0n})])
        await mine([encodeEvent(staking('v1.3.1'), S.RPLLocked, {from: N1, amount: 100n * E, time: 0n})])
        expect(await node(N1)).toMatchObject({rplStaked: '700000000000000000000', rplLocked: '200000000000000000000'})
        // one is vetoed: burnProposalBond = unlockRPL(100) then burnRPL(100) (vault payout + RPLBurned)
        await mine(vetoBondBurnLogs(VAULT, staking('v1.3.1'), N1, 100n * E))
        // burnRPL -> _decreaseNodeRPLStake only: staked 700 - 100 = 600; locked 200 - 100 (RPLUnlocked) = 100
        expect(await node(N1)).toMatchObject({rplStaked: '600000000000000000000', rplLocked: '100000000000000000000'})

        // N2 defeats the other proposal with a 10 RPL challenge; claimBondChallenger: unlock N2's bond, unlock the
        // 100 reward from N1, burn 20 % of it (20), transfer the rest (80) to N2
        await mine([encodeEvent(staking('v1.3.1'), STAKED3, {from: N2, amount: 50n * E, time: 0n})])
        await mine([encodeEvent(staking('v1.3.1'), S.RPLLocked, {from: N2, amount: 10n * E, time: 0n})])
        await mine([
            encodeEvent(staking('v1.3.1'), S.RPLUnlocked, {from: N2, amount: 10n * E, time: 0n}),
            encodeEvent(staking('v1.3.1'), S.RPLUnlocked, {from: N1, amount: 100n * E, time: 0n}),
            ...rplBurnLogs(VAULT, staking('v1.3.1'), N1, 20n * E),
            encodeEvent(staking('v1.3.1'), S.RPLTransferred, {from: N1, to: N2, amount: 80n * E, time: 0n}),
        ])
        // N1: 600 - 20 - 80 = 500, locked 100 - 100 = 0; N2: 50 + 80 = 130, locked 10 - 10 = 0
        expect(await node(N1)).toMatchObject({rplStaked: '500000000000000000000', rplLocked: '0'})
        expect(await node(N2)).toMatchObject({rplStaked: '130000000000000000000', rplLocked: '0'})
    })

    it("counts the v1.4 unstake's silent payout of matured unstaking RPL (issue 11 item 7)", async () => {
        // v1.4 stakeRPLFor: 500 + 500 = 1000
        await mine([encodeEvent(staking('v1.4'), STAKED4, {node: N1, from: WITHDRAW_TO, amount: 500n * E, time: 0n})])
        // unstake 100: nothing unstaking yet, so _withdrawUnstakingRPL pays nothing: staked 900, unstaking 100
        await mine(rplUnstakeLogs(VAULT, staking('v1.4'), N1, 100n * E))
        expect(await node(N1)).toMatchObject({rplStaked: '900000000000000000000', rplUnstaking: '100000000000000000000'})
        // the unstaking period passes; unstake 50: _withdrawUnstakingRPL first sends all 100 (vault TokenWithdrawn,
        // no RocketNodeStaking log) and zeroes it, then moves 50: staked 850, unstaking 0 + 50 = 50 (not 150)
        ts += 30 * 86400
        await mine(rplUnstakeLogs(VAULT, staking('v1.4'), N1, 50n * E, 100n * E))
        expect(await node(N1)).toMatchObject({rplStaked: '850000000000000000000', rplUnstaking: '50000000000000000000'})
        // later withdrawRPL pays the 50: unstaking 0, stake unchanged
        ts += 30 * 86400
        await mine(rplWithdrawLogs(VAULT, staking('v1.4'), N1, 50n * E))
        expect(await node(N1)).toMatchObject({rplStaked: '850000000000000000000', rplUnstaking: '0'})
    })

    it('reads minipools from their own logs: finalised ones leave the active count, dissolved ones only when closed (issue 11 item 10)', async () => {
        let created = (m: string, v = 'v1.2') => minipoolCreationLogs(manager(v), m, N3, NODE_DEPOSIT, 1n * E)
        // MA: RocketNodeDeposit.deposit creates it and assignDeposits matches it in the same transaction
        await mine([...created(MA), ...minipoolAssignedLogs(DP12, MA, 31n * E)])
        expect(await minipool(MA)).toMatchObject({status: 1, finalised: false})
        // MB..MF: created, user ETH assigned (Prelaunch); all but MC stake
        await mine(created(MB), created(MC, 'v1.3'), created(MD, 'v1.3'), created(ME, 'v1.3.1'), created(MF, 'v1.3.1'))
        await mine(...[MB, MC, MD, ME, MF].map((m) => minipoolAssignedLogs(DP12, m, 31n * E)))
        await mine(...[MA, MB, MD, ME, MF].map((m) => minipoolStakeLogs(m)))
        // a minipool the squid does not know logs too: ignored
        await mine(minipoolStakeLogs(UNKNOWN_MP))
        expect(await node(N3)).toMatchObject({minipoolCount: 6, activeMinipoolCount: 6, finalisedMinipoolCount: 0})

        // MA: the node distributes its exit balance: 16.5 ETH to rETH, EtherWithdrawalProcessed, _finalise refunds 16.2
        let finalisedA = await mine(
            minipoolExitLogs(RETH, MA, {executed: N3, nodeAmount: 162n * E / 10n, userAmount: 165n * E / 10n, totalBalance: 327n * E / 10n, finalise: {withdrawalAddress: N3, refund: 162n * E / 10n}})
        )
        // MB: a stranger distributes: userDistributed only; the node's refund() later runs _finalise
        await mine(minipoolExitLogs(RETH, MB, {executed: STRANGER, nodeAmount: 163n * E / 10n, userAmount: 164n * E / 10n, totalBalance: 327n * E / 10n}))
        expect(await minipool(MB)).toMatchObject({finalised: false, userDistributed: true})
        let finalisedB = await mine(minipoolFinaliseLogs(MB, N3, 163n * E / 10n))
        // MC: dissolved after the launch timeout (still active, as getNodeActiveMinipoolCount), then closed
        await mine(minipoolDissolveLogs(DP12, MC, 16n * E))
        expect(await node(N3)).toMatchObject({minipoolCount: 6, activeMinipoolCount: 4})
        let closed = await mine(minipoolCloseLogs(manager('v1.3.1'), MC, N3, N3, 1n * E))
        // MD: bond reduction 16 -> 8 (skim to rETH, BondReduced): still active
        await mine(minipoolBondReductionLogs(RETH, MD, E / 100n, 16n * E, 8n * E))
        // ME: a stranger distributes, then the node skims (rETH first, then the refund): distributeBalance under
        // 8 ETH pays the refund without finalising
        await mine(minipoolExitLogs(RETH, ME, {executed: STRANGER, nodeAmount: 16n * E, userAmount: 16n * E, totalBalance: 32n * E}))
        await mine(minipoolSkimLogs(RETH, ME, 0n, {to: N3, amount: 16n * E}))
        // MF: exits 1 ETH short of its 16 ETH user capital: all to rETH, nothing to the node, RPL slashed; by the node
        let finalisedF = await mine(
            minipoolExitLogs(RETH, MF, {executed: N3, nodeAmount: 0n, userAmount: 15n * E, totalBalance: 15n * E, finalise: {withdrawalAddress: N3, refund: 0n, slash: {staking: staking('v1.3.1'), node: N3, rpl: 0n, eth: E}}})
        )

        expect(await minipool(MA)).toMatchObject({status: 2, finalised: true, finalisedBlock: finalisedA})
        expect(await minipool(MB)).toMatchObject({status: 2, finalised: true, finalisedBlock: finalisedB})
        expect(await minipool(MC)).toMatchObject({status: 4, finalised: false, destroyedBlock: closed})
        expect(await minipool(MD)).toMatchObject({status: 2, finalised: false, bond: '8000000000000000000'})
        expect(await minipool(ME)).toMatchObject({status: 2, finalised: false, userDistributed: true})
        expect(await minipool(MF)).toMatchObject({status: 2, finalised: true, finalisedBlock: finalisedF})
        expect(await minipool(UNKNOWN_MP)).toBeNull()
        // created 6, destroyed 1 (MC), finalised 3 (MA, MB, MF): minipools 6 - 1 = 5, active 6 - 1 - 3 = 2 (MD, ME)
        expect(await node(N3)).toMatchObject({minipoolCount: 5, activeMinipoolCount: 2, finalisedMinipoolCount: 3})
    })

    it('records v1.1-v1.3 penalties as RocketNetworkPenalties counts them: the first two silent, then the rate (issue 11 item 11)', async () => {
        await mine(minipoolCreationLogs(manager('v1.3.1'), MG, N4, NODE_DEPOSIT, 1n * E))
        // four penalties (submitPenalty reaching consensus): 1 and 2 log only the vote, 3 and 4 PenaltyUpdated with
        // (count - 2) x 10 %: 10 %, 20 %
        let b3 = 0
        for (let [block, rate] of [[1n, null], [2n, null], [3n, E / 10n], [4n, E / 5n]] as [bigint, bigint | null][]) {
            let b = await mine(penaltyLogsV1(PEN11, MG, block, rate))
            if (block == 3n) b3 = b
        }
        // four penalties, current rate 20 % (not 10 % + 20 %): each logged penalty raised the rate by 10 %
        expect(await minipool(MG)).toMatchObject({penaltyCount: 4, penaltyRate: '200000000000000000'})
        // v1.4: the fifth: PenaltyUpdated(30 %) then PenaltyApplied then the vote
        let b5 = await mine(penaltyLogsV14(PEN14, MG, 5n, (3n * E) / 10n))
        expect(await minipool(MG)).toMatchObject({penaltyCount: 5, penaltyRate: '300000000000000000'})
        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "ROCKET_POOL_PENALTY", pool_eq: "${MG}"}, orderBy: blockNumber_ASC) { account { id } amount blockNumber logIndex } }`)
        expect(slashings).toEqual([
            // at PenaltyUpdated, after the vote (log 0)
            {account: {id: N4}, amount: '100000000000000000', blockNumber: b3, logIndex: 1},
            {account: {id: N4}, amount: '100000000000000000', blockNumber: b3 + 1, logIndex: 1},
            // at PenaltyApplied, after PenaltyUpdated (log 0): one record for the two logs
            {account: {id: N4}, amount: '100000000000000000', blockNumber: b5, logIndex: 1},
        ])

        // a minipool created and penalised (v1.4, first penalty: no rate update) in one block, and a penalty of a
        // minipool the squid never saw created
        let b = await mine(minipoolCreationLogs(manager('v1.3.1'), MH, N4, NODE_DEPOSIT, 1n * E), penaltyLogsV14(PEN14, MH, 6n, null), penaltyLogsV14(PEN14, UNKNOWN_MP, 7n, E / 10n))
        expect(await minipool(MH)).toMatchObject({penaltyCount: 1, penaltyRate: '0'})
        let {slashings: more} = await stack.gql(`{ slashings(where: {blockNumber_eq: ${b}}, orderBy: logIndex_ASC) { account { id } amount pool } }`)
        expect(more).toEqual([
            // the rate stays 0: the penalty raised it by 0
            {account: {id: N4}, amount: '0', pool: MH},
            // unknown minipool: no node, and the rate before its PenaltyUpdated is unknown
            {account: null, amount: null, pool: UNKNOWN_MP},
        ])
    })

    it('discovers megapools, takes their penalties once and their shortfalls, and ignores unknown contracts', async () => {
        await mine([encodeEvent(RP.depositPools[3].address, depositPoolAbi.events.FundsRequested, {receiver: MEGA, validatorId: 1n, amount: 32n * E, expressQueue: false, time: 0n})])
        let penalty = await mine(megapoolPenaltyLogs(RP.megapoolPenalties.address, MEGA, E))
        let shortfall = await mine(
            // repayDebt: 0.4 ETH to rETH, MegapoolDebtReduced
            [encodeEvent(RETH, rethAbi.events.EtherDeposited, {from: MEGA, amount: (4n * E) / 10n, time: 0n}), encodeEvent(MEGA, megapoolAbi.events.MegapoolDebtReduced, {amount: (4n * E) / 10n, time: 0n})],
            // _notifyFinalBalance with a shortfall: MegapoolDebtIncreased, the user share to rETH, MegapoolValidatorExited
            [
                encodeEvent(MEGA, megapoolAbi.events.MegapoolDebtIncreased, {amount: E / 4n, time: 0n}),
                encodeEvent(RETH, rethAbi.events.EtherDeposited, {from: MEGA, amount: 31n * E, time: 0n}),
                encodeEvent(MEGA, megapoolAbi.events.MegapoolValidatorExited, {validatorId: 1, time: 0n}),
            ],
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
            // the shortfall's MegapoolDebtIncreased is log 2 of the block (after the repayment's two)
            {account: null, amount: '250000000000000000', amountEth: '250000000000000000', pool: MEGA, blockNumber: shortfall, logIndex: 2},
            {account: null, amount: '300000000000000000', amountEth: '300000000000000000', pool: MEGA2, blockNumber: second, logIndex: 1},
        ])
        let {rethCollateralInflows} = await stack.gql(`{ rethCollateralInflows(where: {from_eq: "${MEGA}"}) { source amount } }`)
        expect(rethCollateralInflows).toEqual([
            {source: 'MEGAPOOL', amount: '400000000000000000'},
            {source: 'MEGAPOOL', amount: '31000000000000000000'},
        ])
    })

    it('skipped nothing', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
    })
})
