import * as depositPoolAbi from '../../abi/RocketDepositPool'
import * as megapoolAbi from '../../abi/RocketMegapoolDelegate'
import * as nodeManagerAbi from '../../abi/RocketNodeManager'
import * as stakingAbi from '../../abi/RocketNodeStaking'
import * as rethAbi from '../../abi/RocketTokenRETH'
import {encodeEvent} from '../../core/encode'
import {ScenarioBlock} from '../../core/types'
import {AddressBook} from '../../networks'
import {
    balancesLogs,
    burnLogs,
    depositLogs,
    megapoolPenaltyLogs,
    minipoolAssignedLogs,
    minipoolBondReductionLogs,
    minipoolCloseLogs,
    minipoolCreationLogs,
    minipoolDissolveLogs,
    minipoolExitLogs,
    minipoolSkimLogs,
    minipoolStakeLogs,
    penaltyLogsV1,
    penaltyLogsV14,
    proposerClaimLogs,
    rplUnstakeLogs,
    rplWithdrawLogs,
    vetoBondBurnLogs,
} from './logs'

const E = 10n ** 18n
const DAY = 86_400
const WEEK = 7 * DAY
const demo = (n: number) => `0x00000000000000000000000000000000000d${n.toString(16).padStart(4, '0')}`
/** The demo's actors (test/integration/rocketpool-demo.test.ts checks the numbers they make). */
export const RP_DEMO = {
    node1: demo(0x1001),
    node2: demo(0x1002),
    rplWithdrawal: demo(0x1003),
    nodeDeposit: demo(0x4001),
    rewardsPool: demo(0x4002),
    users: [demo(0x3001), demo(0x3002), demo(0x3003), demo(0x3004), demo(0x3005)],
}

const SUPPLY = 1000n * E
/** balances update i of the demo: (1000 + 0.7 i) ETH for 1000 rETH (the rate 1 + 0.0007 x week) */
const demoReport = (i: number) => ({totalEth: SUPPLY + (SUPPLY * 7n * BigInt(i)) / 10_000n, stakingEth: 900n * E, rethSupply: SUPPLY, block: BigInt(i + 1)})
/** the slot of the demo's last balances update, report(4) */
const LAST_SLOT = 4 * WEEK + 180

/**
 * The demo's last balances update (the rate every later rETH figure of the chain starts from): a later story on the
 * same chain goes on from it, after the demo's last rate-dependent call (4 weeks + 1440 s).
 */
export function rocketPoolDemoEnd(startSeconds: number): {totalEth: bigint; rethSupply: bigint; slotTimestamp: bigint; block: bigint} {
    let r = demoReport(4)
    return {totalEth: r.totalEth, rethSupply: r.rethSupply, slotTimestamp: BigInt(startSeconds + LAST_SLOT), block: r.block}
}

/**
 * Rocket Pool's part of the demo: one story in release order (v1.0 in week 0, Redstone week 1, Atlas week 2,
 * Houston week 3, Saturn from week 4), each call's logs in the order its contract emits them (logs.ts), every event
 * kind the module requests at its addresses. The rate is 1 + 0.0007 x week (about 3.65 % a year); v1.0 deposits
 * pay no fee, later ones 0.05 %.
 *
 * The demo chain has the log emitter only at the address book's addresses, and minipools / megapools are
 * accepted from any address their manager names: minipool A lives at RocketStorage's address, minipool B at
 * RocketMegapoolFactory's, the megapool at RocketMegapoolManager's (none of them otherwise read).
 */
export function rocketPoolDemo(book: AddressBook, startSeconds = 0): ScenarioBlock[] {
    let rp = book.rocketPool
    let {node1, node2, rplWithdrawal, nodeDeposit, rewardsPool, users} = RP_DEMO
    let reth = rp.reth.address
    let vault = rp.vault.address
    let [nm10, nm11, , , nm14] = rp.nodeManagers.map((c) => c.address)
    let staking = (v: string) => rp.nodeStakings.find((c) => c.version == v)!.address
    let manager = (v: string) => rp.minipoolManagers.find((c) => c.version == v)!.address
    let [dp10, dp11, dp12, dp14] = rp.depositPools.map((c) => c.address)
    let [pen11, pen14] = rp.networkPenalties.map((c) => c.address)
    let [bal10, bal12, bal13, bal14] = rp.networkBalances
    let minipoolA = rp.storage.address
    let minipoolB = rp.megapoolFactory.address
    let megapool = rp.megapoolManager.address
    let blocks: ScenarioBlock[] = []
    let at = (secondsAfterStart: number, ...txs: ScenarioBlock['txs']) => blocks.push({secondsAfterStart, txs})
    let unix = (offset: number) => BigInt(startSeconds + offset)
    let report = demoReport
    // a deposit of 10 ETH at rate i (in 1/10000 ETH per rETH): credited 10 ETH (v1.0) or 9.995 ETH
    let deposit = (pool: string, user: string, i: number, fee: boolean, toReth = 0n) => {
        let credited = fee ? (10n * E * 9995n) / 10_000n : 10n * E
        return depositLogs(reth, pool, user, 10n * E, (credited * 10_000n) / (10_000n + 7n * BigInt(i)), credited, toReth)
    }

    // ---- week 0, v1.0: NODE1 registers, stakes, makes minipool A, which is dissolved and closed ----
    at(0, [encodeEvent(nm10, nodeManagerAbi.events.NodeRegistered, {node: node1, time: 0n})])
    at(60, [encodeEvent(staking('v1.0'), stakingAbi.events['RPLStaked(address indexed,uint256,uint256)'], {from: node1, amount: 1000n * E, time: 0n})])
    at(120, minipoolCreationLogs(manager('v1.0'), minipoolA, node1, nodeDeposit, 16n * E))
    at(180, balancesLogs(bal10.address, bal10.version, report(0)))
    // user 0 deposits; the pool assigns 16 ETH to A in the same transaction (processDeposit -> assignDeposits)
    at(240, [...deposit(dp10, users[0], 0, false), ...minipoolAssignedLogs(dp10, minipoolA, 16n * E)])
    at(300, rplWithdrawLogs(vault, staking('v1.0'), node1, 100n * E))
    // A never stakes: dissolved after the launch timeout, then closed by its node
    at(3 * DAY, minipoolDissolveLogs(dp10, minipoolA, 16n * E))
    at(3 * DAY + 60, minipoolCloseLogs(manager('v1.0'), minipoolA, node1, node1, 16n * E))

    // ---- week 1, v1.1 Redstone ----
    at(WEEK, [encodeEvent(nm11, nodeManagerAbi.events.NodeSmoothingPoolStateChanged, {node: node1, state: true})])
    at(WEEK + 180, balancesLogs(bal10.address, bal10.version, report(1)))
    at(WEEK + 240, deposit(dp11, users[1], 1, true))

    // ---- week 2, v1.2 Atlas: minipool B (16 ETH bond) ----
    at(2 * WEEK, minipoolCreationLogs(manager('v1.2'), minipoolB, node1, nodeDeposit, 1n * E))
    at(2 * WEEK + 180, balancesLogs(bal12.address, bal12.version, report(2)))
    // deposit(): 31 ETH assigned (user capital 31 + 1 pre-launch - 16 bond = 16)
    at(2 * WEEK + 240, [...deposit(dp12, users[2], 2, true), ...minipoolAssignedLogs(dp12, minipoolB, 31n * E)])
    at(2 * WEEK + 3 * DAY, minipoolStakeLogs(minipoolB))
    // user 0 sends 1 rETH to user 1, who burns it at 1.0014; 0.5 ETH of it comes out of the deposit pool
    at(
        2 * WEEK + 3 * DAY + 60,
        [encodeEvent(reth, rethAbi.events.Transfer, {from: users[0], to: users[1], value: 1n * E})],
        burnLogs(reth, users[1], 1n * E, (10_014n * E) / 10_000n, {pool: dp12, amount: E / 2n})
    )

    // ---- week 3, v1.3 Houston / v1.3.1: B's bond 16 -> 8, four penalties, a vetoed proposal ----
    at(3 * WEEK + 120, minipoolBondReductionLogs(reth, minipoolB, (6n * E) / 100n, 16n * E, 8n * E))
    // the report lands 10 minutes after its slot (slotTimestamp = start + 3W + 180)
    at(3 * WEEK + 780, balancesLogs(bal13.address, bal13.version, {...report(3), slotTimestamp: unix(3 * WEEK + 180), time: unix(3 * WEEK + 780)}))
    at(3 * WEEK + 840, deposit(dp12, users[3], 3, true))
    // penalties 1 and 2 log only the votes; 3 and 4 set the rate to 1 x and 2 x 10 %
    at(3 * WEEK + 900, penaltyLogsV1(pen11, minipoolB, 101n, null))
    at(3 * WEEK + 960, penaltyLogsV1(pen11, minipoolB, 102n, null))
    at(3 * WEEK + 1020, penaltyLogsV1(pen11, minipoolB, 103n, E / 10n))
    at(3 * WEEK + 1080, penaltyLogsV1(pen11, minipoolB, 104n, E / 5n))
    // NODE1's proposal locks a 100 RPL bond (submitProposalRoot); it is vetoed: bond unlocked and burned
    at(3 * WEEK + 1140, [encodeEvent(staking('v1.3.1'), stakingAbi.events.RPLLocked, {from: node1, amount: 100n * E, time: 0n})])
    at(3 * WEEK + 3 * DAY, vetoBondBurnLogs(vault, staking('v1.3.1'), node1, 100n * E))
    // an owner skim: 0.05 ETH to rETH, then the refund balance (0.09 ETH, the bond reduction's node share too)
    at(3 * WEEK + 3 * DAY + 60, minipoolSkimLogs(reth, minipoolB, (5n * E) / 100n, {to: node1, amount: (9n * E) / 100n}))

    // ---- week 4+, v1.4 Saturn ----
    at(4 * WEEK, [encodeEvent(nm14, nodeManagerAbi.events.NodeRegistered, {node: node2, time: 0n})])
    at(
        4 * WEEK + 30,
        [encodeEvent(nm14, nodeManagerAbi.events.NodeRPLWithdrawalAddressSet, {node: node2, withdrawalAddress: rplWithdrawal, time: 0n})],
        [encodeEvent(nm14, nodeManagerAbi.events.NodeRPLWithdrawalAddressUnset, {node: node2, time: 0n})],
        [encodeEvent(nm14, nodeManagerAbi.events.NodeRPLWithdrawalAddressSet, {node: node2, withdrawalAddress: rplWithdrawal, time: 0n})]
    )
    at(4 * WEEK + 60, [encodeEvent(staking('v1.4'), stakingAbi.events['RPLStaked(address indexed,address,uint256,uint256)'], {node: node2, from: node2, amount: 2000n * E, time: 0n})])
    at(4 * WEEK + 120, rplUnstakeLogs(vault, staking('v1.4'), node2, 500n * E))
    // the report lands 20 minutes after its slot: the APR spans the slots, one week
    at(4 * WEEK + 1380, balancesLogs(bal14.address, bal14.version, {...report(4), slotTimestamp: unix(LAST_SLOT), time: unix(4 * WEEK + 1380)}))
    // a v1.4 deposit tops rETH's collateral up by 2 ETH out of the 10
    at(4 * WEEK + 1440, deposit(dp14, users[4], 4, true, 2n * E))
    // penalty 5 (v1.4): rate 3 x 10 %, then PenaltyApplied
    at(4 * WEEK + 1500, penaltyLogsV14(pen14, minipoolB, 105n, (3n * E) / 10n))
    at(4 * WEEK + 1560, rplUnstakeLogs(vault, staking('v1.4'), node1, 10n * E, 0n, true))
    // NODE1 proposes again (100 RPL bond), NODE2 challenges (10 RPL bond), NODE1 responds and claims both bonds;
    // 20 % of the challenge bond is burned
    at(4 * WEEK + 1620, [encodeEvent(staking('v1.4'), stakingAbi.events.RPLLocked, {from: node1, amount: 100n * E, time: 0n})])
    at(4 * WEEK + 1680, [encodeEvent(staking('v1.4'), stakingAbi.events.RPLLocked, {from: node2, amount: 10n * E, time: 0n})])
    at(4 * WEEK + 3 * DAY, proposerClaimLogs(vault, staking('v1.4'), node1, 100n * E, node2, 10n * E, 2n * E))
    // B exits short of its 24 ETH user capital (23.5 ETH): all of it to rETH, the node's RPL slashed for 0.5 ETH
    at(
        4 * WEEK + 3 * DAY + 60,
        minipoolExitLogs(reth, minipoolB, {
            executed: node1,
            nodeAmount: 0n,
            userAmount: (235n * E) / 10n,
            totalBalance: (235n * E) / 10n,
            finalise: {withdrawalAddress: node1, refund: 0n, slash: {staking: staking('v1.4'), node: node1, rpl: 50n * E, eth: E / 2n}},
        })
    )
    // the rewards pool's smoothing-pool user share
    at(4 * WEEK + 3 * DAY + 120, [encodeEvent(reth, rethAbi.events.EtherDeposited, {from: rewardsPool, amount: (15n * E) / 10n, time: 0n})])
    // a megapool asks for ETH (how it is found), is penalised 1 ETH, repays 0.4, exits 0.25 short
    at(
        4 * WEEK + 3 * DAY + 180,
        [encodeEvent(dp14, depositPoolAbi.events.FundsRequested, {receiver: megapool, validatorId: 1n, amount: 32n * E, expressQueue: false, time: 0n})]
    )
    at(4 * WEEK + 3 * DAY + 240, megapoolPenaltyLogs(rp.megapoolPenalties.address, megapool, E))
    at(4 * WEEK + 3 * DAY + 300, [
        encodeEvent(reth, rethAbi.events.EtherDeposited, {from: megapool, amount: (4n * E) / 10n, time: 0n}),
        encodeEvent(megapool, megapoolAbi.events.MegapoolDebtReduced, {amount: (4n * E) / 10n, time: 0n}),
    ])
    at(4 * WEEK + 3 * DAY + 360, [
        encodeEvent(megapool, megapoolAbi.events.MegapoolDebtIncreased, {amount: E / 4n, time: 0n}),
        encodeEvent(reth, rethAbi.events.EtherDeposited, {from: megapool, amount: (3175n * E) / 100n, time: 0n}),
        encodeEvent(megapool, megapoolAbi.events.MegapoolValidatorExited, {validatorId: 1, time: 0n}),
    ])
    // after the unstaking period NODE2 unstakes 100 more: its 500 unstaking RPL are paid out first, silently;
    // later it withdraws the 100
    at(5 * WEEK + 3 * DAY, rplUnstakeLogs(vault, staking('v1.4'), node2, 100n * E, 500n * E))
    at(6 * WEEK + 3 * DAY, rplWithdrawLogs(vault, staking('v1.4'), node2, 100n * E))
    return blocks
}
