import {Protocol, Slashing} from '../../model'
import {logId} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext} from '../../core/types'
import {Ev, RpEvent} from './events'
import {account, rpNode} from './state'

export function applyNodeSetting(batch: BatchContext, e: Ev<'nodeRegistered' | 'smoothingPool' | 'rplWithdrawalAddress'>): void {
    let node = rpNode(batch.cache, e.node)
    switch (e.kind) {
        case 'nodeRegistered':
            node.registeredBlock = e.log.block.height
            node.registeredAt = blockTime(e.log.block)
            break
        case 'smoothingPool':
            node.smoothingPool = e.state
            break
        case 'rplWithdrawalAddress':
            node.rplWithdrawalAddress = e.address
            break
    }
}

/**
 * The v1.4 unstakes (RPLUnstaked / RPLLegacyUnstaked) that first paid out the node's matured unstaking RPL.
 * `_unstakeRPLFor` and `_unstakeLegacyRPL` call `_withdrawUnstakingRPL`, which sends ALL of the node's unstaking
 * RPL (and zeroes it) when the unstaking period has passed, logging nothing at RocketNodeStaking: the only trace
 * is the vault's TokenWithdrawn (by rocketNodeStaking) right before the unstake's own log. The vault log belongs
 * to the next node-staking log of its transaction (a burn's or an RPLWithdrawn's withdrawal is their own: those
 * vault logs, and any no node-staking log follows, are `unread`).
 */
export function silentPayouts(events: RpEvent[]): {paidOut: Set<RpEvent>; unread: RpEvent[]} {
    let paidOut = new Set<RpEvent>()
    let unread: RpEvent[] = []
    // tx -> its vault logs not yet followed by a node-staking log
    let pending = new Map<string, RpEvent[]>()
    for (let e of events) {
        let tx = e.log.transactionHash
        if (e.kind == 'stakingRplOut') {
            let list = pending.get(tx)
            if (list == null) pending.set(tx, (list = []))
            list.push(e)
        } else if (e.kind == 'rpl' || e.kind == 'rplTransfer' || e.kind == 'rplSlashed') {
            let vault = pending.get(tx)
            if (vault == null) continue
            if (e.kind == 'rpl' && e.op == 'unstake') paidOut.add(e)
            else unread.push(...vault)
            pending.delete(tx)
        }
    }
    for (let vault of pending.values()) unread.push(...vault)
    return {paidOut, unread}
}

/**
 * A node's RPL as RocketNodeStaking keeps it: staked backs its pools; from v1.4 an unstake moves RPL to
 * `rplUnstaking` until it is paid out (RPLWithdrawn, or silently by the next unstake: `paidOut`); locked RPL
 * (pDAO proposal / challenge bonds, v1.3+) is part of the stake and moves only with RPLLocked / RPLUnlocked.
 */
export function applyRpl(batch: BatchContext, e: Ev<'rpl'>, paidOut: boolean): void {
    let node = rpNode(batch.cache, e.node)
    switch (e.op) {
        case 'stake':
            node.rplStaked += e.amount
            break
        case 'withdraw':
            node.rplStaked -= e.amount
            break
        case 'unstake':
            // _withdrawUnstakingRPL: setUint(unstakingKey, 0) and the whole amount sent, before the move
            if (paidOut) node.rplUnstaking = 0n
            node.rplStaked -= e.amount
            node.rplUnstaking += e.amount
            break
        case 'withdrawUnstaked':
            // _withdrawRPLFor pays the whole unstaking amount (RPLWithdrawn.amount) and zeroes it
            node.rplUnstaking = 0n
            break
        case 'lock':
            node.rplLocked += e.amount
            break
        case 'unlock':
            node.rplLocked -= e.amount
            break
        case 'burn':
            // burnRPL takes the stake only: the verifier unlocks the bond first (RPLUnlocked in the same tx)
            node.rplStaked -= e.amount
            break
    }
}

/** transferRPL moves stake between nodes (a bond paid to the other side); locked RPL was unlocked before it. */
export function applyRplTransfer(batch: BatchContext, e: Ev<'rplTransfer'>): void {
    rpNode(batch.cache, e.from).rplStaked -= e.amount
    rpNode(batch.cache, e.to).rplStaked += e.amount
}

export function applyRplSlashed(batch: BatchContext, e: Ev<'rplSlashed'>): void {
    let log = e.log
    let node = rpNode(batch.cache, e.node)
    node.rplStaked -= e.amount
    node.rplSlashed += e.amount
    batch.cache.insert(
        new Slashing({
            id: logId(log),
            protocol: Protocol.ROCKET_POOL,
            kind: 'ROCKET_POOL_RPL',
            account: account(batch.cache, e.node, log.block.height),
            amount: e.amount,
            amountEth: e.ethValue,
            description: 'RPL bond slashed (RPLSlashed)',
            blockNumber: log.block.height,
            timestamp: blockTime(log.block),
            txHash: log.transactionHash,
            logIndex: log.logIndex,
        })
    )
}
