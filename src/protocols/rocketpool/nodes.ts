import {Minipool, Protocol, Slashing} from '../../model'
import {logId} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext} from '../../core/types'
import {RpEvent} from './decode'
import {account, rpNode} from './state'

type Ev<K extends RpEvent['kind']> = Extract<RpEvent, {kind: K}>

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
 * A node's RPL: staked is what backs its pools; from v1.4 an unstake moves RPL to `rplUnstaking` until it is
 * withdrawn; locked RPL (pDAO proposal bonds, v1.3+) stays staked until unlocked, burned or transferred.
 */
export function applyRpl(batch: BatchContext, e: Ev<'rpl'>): void {
    let node = rpNode(batch.cache, e.node)
    switch (e.op) {
        case 'stake':
            node.rplStaked += e.amount
            break
        case 'withdraw':
            node.rplStaked -= e.amount
            break
        case 'unstake':
            node.rplStaked -= e.amount
            node.rplUnstaking += e.amount
            break
        case 'withdrawUnstaked':
            node.rplUnstaking -= e.amount
            break
        case 'lock':
            node.rplLocked += e.amount
            break
        case 'unlock':
            node.rplLocked -= e.amount
            break
        case 'burn':
            // a burn takes locked RPL (a lost proposal bond) out of the stake
            node.rplStaked -= e.amount
            node.rplLocked -= e.amount < node.rplLocked ? e.amount : node.rplLocked
            break
    }
}

/** Locked RPL moved between nodes (a challenged proposal's bond paid to the challenger). */
export function applyRplTransfer(batch: BatchContext, e: Ev<'rplTransfer'>): void {
    let from = rpNode(batch.cache, e.from)
    from.rplStaked -= e.amount
    from.rplLocked -= e.amount < from.rplLocked ? e.amount : from.rplLocked
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

export function applyMinipool(batch: BatchContext, e: Ev<'minipoolCreated' | 'minipoolDestroyed'>): void {
    let log = e.log
    let node = rpNode(batch.cache, e.node)
    if (e.kind == 'minipoolCreated') {
        node.minipoolCount += 1
        node.activeMinipoolCount += 1
        batch.cache.save(
            new Minipool({
                id: e.minipool,
                node,
                createdBlock: log.block.height,
                createdAt: blockTime(log.block),
                destroyedBlock: null,
                destroyedAt: null,
                status: null,
            })
        )
        return
    }
    node.activeMinipoolCount -= 1
    let minipool = batch.cache.get(Minipool, e.minipool)
    // created before the indexed range (FROM_BLOCK): no record to close, its creation block is unknown
    if (minipool == null) return
    minipool.destroyedBlock = log.block.height
    minipool.destroyedAt = blockTime(log.block)
    batch.cache.save(minipool)
}
