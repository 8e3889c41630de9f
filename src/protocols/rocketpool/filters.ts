import {LogFilter} from '../../core/types'
import {AddressBook, Contract, VersionedContract} from '../../networks'
import {
    balancesUpdatedOf,
    DEPOSIT_POOL,
    MEGAPOOL_PENALTIES,
    MEGAPOOL_TOPICS,
    MINIPOOL_MANAGER,
    NETWORK_PENALTIES_V14,
    NODE_MANAGER_TOPICS,
    NODE_STAKING_TOPICS,
    penaltyUpdatedOf,
    RETH,
    versionAtLeast,
} from './contracts'

const minBlock = (list: Contract[]) => Math.min(...list.map((c) => c.startBlock))

function one(contracts: Contract[], topic0: string[]): LogFilter {
    return {address: contracts.map((c) => c.address), topic0, from: minBlock(contracts)}
}

/** One request per address whose version has its own topic set (e.g. BalancesUpdated before/after v1.3). */
function perVersion(list: VersionedContract[], topicsOf: (version: string) => string[]): LogFilter[] {
    return list.map((c) => one([c], topicsOf(c.version)))
}

export function rocketPoolFilters(book: AddressBook): LogFilter[] {
    let rp = book.rocketPool
    return [
        one([rp.reth], [RETH.TokensMinted.topic, RETH.TokensBurned.topic, RETH.Transfer.topic, RETH.EtherDeposited.topic]),
        // v1.4 deposit pools name each megapool asking for ETH (FundsRequested.receiver): how megapools are found
        ...perVersion(rp.depositPools, (v) =>
            versionAtLeast(v, 'v1.4')
                ? [DEPOSIT_POOL.DepositReceived.topic, DEPOSIT_POOL.FundsRequested.topic]
                : [DEPOSIT_POOL.DepositReceived.topic]
        ),
        ...perVersion(rp.networkBalances, (v) => [balancesUpdatedOf(v).topic]),
        one(rp.nodeStakings, NODE_STAKING_TOPICS),
        one(rp.minipoolManagers, [MINIPOOL_MANAGER.MinipoolCreated.topic, MINIPOOL_MANAGER.MinipoolDestroyed.topic]),
        one(rp.nodeManagers, NODE_MANAGER_TOPICS),
        ...perVersion(rp.networkPenalties, (v) =>
            versionAtLeast(v, 'v1.4')
                ? [penaltyUpdatedOf(v).topic, NETWORK_PENALTIES_V14.PenaltyApplied.topic]
                : [penaltyUpdatedOf(v).topic]
        ),
        one([rp.megapoolPenalties], [MEGAPOOL_PENALTIES.PenaltyApplied.topic]),
        // megapools are per-node contracts: any address here, the handler keeps only known megapools
        {topic0: MEGAPOOL_TOPICS, from: rp.megapoolPenalties.startBlock},
    ]
}
