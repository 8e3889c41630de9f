import {ensureAccount} from '../../core/accounts'
import {EntityCache} from '../../core/entity-cache'
import {Account, Megapool, RocketPoolNode, RocketPoolState} from '../../model'

export const STATE_ID = 'rocketpool'

/** Protocol totals, created on first use; marked to be saved. */
export function rpState(cache: EntityCache, block: number): RocketPoolState {
    let state = cache.getOrCreate(
        RocketPoolState,
        STATE_ID,
        () =>
            new RocketPoolState({
                id: STATE_ID,
                rethSupply: 0n,
                totalEth: null,
                stakingEth: null,
                reportedRethSupply: null,
                etherDepositedTotal: 0n,
                ethPerUnit: null,
                rateUpdatedAt: null,
                rateReferenceTime: null,
                updatedBlock: block,
            })
    )
    state.updatedBlock = block
    return state
}

/** A node (must have been deferred and loaded), created on first sight; marked to be saved. */
export function rpNode(cache: EntityCache, id: string): RocketPoolNode {
    return cache.getOrCreate(
        RocketPoolNode,
        id,
        () =>
            new RocketPoolNode({
                id,
                registeredBlock: null,
                registeredAt: null,
                smoothingPool: null,
                rplWithdrawalAddress: null,
                rplStaked: 0n,
                rplUnstaking: 0n,
                rplLocked: 0n,
                rplSlashed: 0n,
                minipoolCount: 0,
                activeMinipoolCount: 0,
                finalisedMinipoolCount: 0,
                megapool: null,
            })
    )
}

export function rpMegapool(cache: EntityCache, id: string, block: number): Megapool {
    return cache.getOrCreate(Megapool, id, () => new Megapool({id, discoveredBlock: block, debt: 0n, penaltyTotal: 0n}))
}

export function account(cache: EntityCache, id: string, block: number): Account {
    return ensureAccount(cache, id, block)
}
