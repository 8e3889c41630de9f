import {Account} from '../model'
import {EntityCache} from './entity-cache'

/** Account upkeep shared by every protocol: a new account starts with zero balances. */
export function deferAccounts(cache: EntityCache, ids: Iterable<string>): void {
    cache.defer(Account, ids)
}

/** The account (must have been deferred and loaded), created on first sight; marked to be saved. */
export function ensureAccount(cache: EntityCache, id: string, blockNumber: number): Account {
    return cache.getOrCreate(
        Account,
        id,
        () =>
            new Account({
                id,
                stethShares: 0n,
                wstethBalance: 0n,
                rethBalance: 0n,
                delegatedTo: null,
                firstSeenBlock: blockNumber,
                lidoActiveDay: null,
                rocketPoolActiveDay: null,
                eigenlayerActiveDay: null,
                restakedStrategyCount: 0,
            })
    )
}
