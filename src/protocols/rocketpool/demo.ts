import {encodeEvent} from '../../core/encode'
import {ScenarioBlock} from '../../core/types'
import {AddressBook} from '../../networks'
import {
    DEPOSIT_POOL,
    MEGAPOOL,
    MINIPOOL_MANAGER,
    NETWORK_PENALTIES_V14,
    NODE_MANAGER,
    NODE_STAKING,
    penaltyUpdatedOf,
    RETH,
    RPL_STAKED_3,
    RPL_STAKED_4,
} from './contracts'
import {balancesLog, burnLogs, depositLogs, megapoolPenaltyLogs} from './logs'

const E = 10n ** 18n
const DAY = 86_400
const demo = (n: number) => `0x00000000000000000000000000000000000d${n.toString(16).padStart(4, '0')}`
const NODE1 = demo(0x1001)
const NODE2 = demo(0x1002)
const WITHDRAWAL = demo(0x1003)
const MINIPOOL1 = demo(0x2001)
const MINIPOOL2 = demo(0x2002)
const USERS = [demo(0x3001), demo(0x3002), demo(0x3003), demo(0x3004)]

/**
 * Rocket Pool's part of the demo: every event kind the module requests, at every historical address whose
 * ABI differs. Rates: 1.0 at launch, then +0.0007 ETH per rETH each week (1.0007, 1.0014, 1.0021: about
 * 3.6 % a year); deposits mint at the current rate after a 0.05 % fee.
 */
export function rocketPoolDemo(book: AddressBook): ScenarioBlock[] {
    let rp = book.rocketPool
    let reth = rp.reth.address
    let [nm10, , , , nm14] = rp.nodeManagers.map((c) => c.address)
    let staking10 = rp.nodeStakings[0].address
    let staking14 = rp.nodeStakings[rp.nodeStakings.length - 1].address
    let mm10 = rp.minipoolManagers[0].address
    let mm14 = rp.minipoolManagers[rp.minipoolManagers.length - 1].address
    let [pen11, pen14] = rp.networkPenalties.map((c) => c.address)
    let dp14 = rp.depositPools[3].address
    // megapools are created at run time and the devnet places emitters only at book addresses: the demo's
    // megapool is the (otherwise unindexed) RocketMegapoolManager address, made a megapool by FundsRequested
    let megapool = rp.megapoolManager.address
    let blocks: ScenarioBlock[] = []
    let at = (secondsAfterStart: number, ...txs: ScenarioBlock['txs']) => blocks.push({secondsAfterStart, txs})

    at(
        0,
        [encodeEvent(nm10, NODE_MANAGER.NodeRegistered, {node: NODE1, time: 0n})],
        [encodeEvent(nm14, NODE_MANAGER.NodeRegistered, {node: NODE2, time: 0n})],
        [encodeEvent(nm14, NODE_MANAGER.NodeSmoothingPoolStateChanged, {node: NODE1, state: true})],
        [encodeEvent(nm14, NODE_MANAGER.NodeRPLWithdrawalAddressSet, {node: NODE2, withdrawalAddress: WITHDRAWAL, time: 0n})],
        [encodeEvent(nm14, NODE_MANAGER.NodeRPLWithdrawalAddressUnset, {node: NODE2, time: 0n})],
        [encodeEvent(nm14, NODE_MANAGER.NodeRPLWithdrawalAddressSet, {node: NODE2, withdrawalAddress: WITHDRAWAL, time: 0n})]
    )
    at(
        60,
        [encodeEvent(staking10, RPL_STAKED_3, {from: NODE1, amount: 1000n * E, time: 0n})],
        [encodeEvent(staking14, RPL_STAKED_4, {node: NODE2, from: NODE2, amount: 2000n * E, time: 0n})]
    )
    at(
        120,
        [encodeEvent(mm10, MINIPOOL_MANAGER.MinipoolCreated, {minipool: MINIPOOL1, node: NODE1, time: 0n})],
        [encodeEvent(mm14, MINIPOOL_MANAGER.MinipoolCreated, {minipool: MINIPOOL2, node: NODE1, time: 0n})]
    )
    // one rate update at each RocketNetworkBalances address, each with its version's signature:
    // rate = totalEth / rethSupply = 1 + 0.0007 i
    rp.networkBalances.forEach((c, i) => {
        let supply = 1000n * E
        let total = supply + (supply * 7n * BigInt(i)) / 10_000n
        at(180 + i * 7 * DAY, [balancesLog(c.address, c.version, total, total - 100n * E, supply, BigInt(i + 1))])
    })
    // one deposit at each RocketDepositPool address, just after each rate update: 10 ETH in, 9.995 ETH credited
    rp.depositPools.forEach((c, i) => {
        let rate = 10_000n + 7n * BigInt(i) // in 1/10000 ETH per rETH
        let credited = (10n * E * 9995n) / 10_000n
        at(240 + i * 7 * DAY, depositLogs(reth, c.address, USERS[i], 10n * E, (credited * 10_000n) / rate, credited))
    })
    let week = 7 * DAY
    at(
        3 * week + 600,
        // user 0 moves 1 rETH to user 1, who burns it at the latest rate, 1.0021 ETH
        [encodeEvent(reth, RETH.Transfer, {from: USERS[0], to: USERS[1], value: 1n * E})],
        burnLogs(reth, USERS[1], 1n * E, (10_021n * E) / 10_000n),
        // a minipool's distribution sends ETH into rETH collateral
        [encodeEvent(reth, RETH.EtherDeposited, {from: MINIPOOL1, amount: 2n * E, time: 0n})]
    )
    at(
        3 * week + 1200,
        [encodeEvent(staking10, NODE_STAKING.RPLWithdrawn, {to: NODE1, amount: 100n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLUnstaked, {from: NODE2, amount: 500n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLWithdrawn, {to: NODE2, amount: 500n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLLegacyUnstaked, {to: NODE1, amount: 10n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLLocked, {from: NODE2, amount: 100n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLUnlocked, {from: NODE2, amount: 50n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLBurned, {from: NODE2, amount: 20n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLTransferred, {from: NODE2, to: NODE1, amount: 30n * E, time: 0n})],
        [encodeEvent(staking14, NODE_STAKING.RPLSlashed, {node: NODE1, amount: 50n * E, ethValue: E / 2n, time: 0n})]
    )
    at(
        3 * week + 1800,
        [encodeEvent(pen11, penaltyUpdatedOf('v1.1'), {minipoolAddress: MINIPOOL2, penalty: E / 10n, time: 0n} as any)],
        [
            encodeEvent(pen14, NETWORK_PENALTIES_V14.PenaltyApplied, {minipool: MINIPOOL2, block: 1n, time: 0n}),
            encodeEvent(pen14, NETWORK_PENALTIES_V14.PenaltyUpdated, {minipool: MINIPOOL2, penalty: E / 5n, time: 0n}),
        ],
        [encodeEvent(mm10, MINIPOOL_MANAGER.MinipoolDestroyed, {minipool: MINIPOOL1, node: NODE1, time: 0n})]
    )
    at(
        3 * week + 2400,
        [encodeEvent(dp14, DEPOSIT_POOL.FundsRequested, {receiver: megapool, validatorId: 1n, amount: 32n * E, expressQueue: false, time: 0n})]
    )
    at(
        3 * week + 3000,
        megapoolPenaltyLogs(rp.megapoolPenalties.address, megapool, E),
        [encodeEvent(megapool, MEGAPOOL.MegapoolDebtReduced, {amount: (4n * E) / 10n, time: 0n})],
        // an exit shortfall: debt without a penalty
        [encodeEvent(megapool, MEGAPOOL.MegapoolDebtIncreased, {amount: E / 4n, time: 0n})]
    )
    return blocks
}
