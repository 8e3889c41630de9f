import {LogFilter} from '../../core/types'
import {AddressBook, Contract, VersionedContract} from '../../networks'
import {ContractKind, handledTopics} from './contracts'

/** One request per address, for contracts whose releases log different signatures (own ABI file per era). */
function perAddress(kind: ContractKind, list: VersionedContract[]): LogFilter[] {
    return list.map((c) => ({address: [c.address], topic0: handledTopics(kind, c.version), from: c.startBlock}))
}

/** One request for every address of a contract whose one ABI file declares every release's events. */
function allAddresses(kind: ContractKind, list: Contract[]): LogFilter {
    return {address: list.map((c) => c.address), topic0: handledTopics(kind), from: Math.min(...list.map((c) => c.startBlock))}
}

function fixed(kind: ContractKind, c: Contract): LogFilter {
    return {address: [c.address], topic0: handledTopics(kind), from: c.startBlock}
}

export function rocketPoolFilters(book: AddressBook): LogFilter[] {
    let rp = book.rocketPool
    let staking14 = rp.nodeStakings.find((c) => c.version == 'v1.4') ?? rp.nodeStakings[rp.nodeStakings.length - 1]
    let firstMinipoolManager = Math.min(...rp.minipoolManagers.map((c) => c.startBlock))
    return [
        fixed('reth', rp.reth),
        // FundsRequested (how megapools are found) exists from v1.4 only; earlier pools never log it
        allAddresses('depositPool', rp.depositPools),
        ...perAddress('networkBalances', rp.networkBalances),
        allAddresses('nodeStaking', rp.nodeStakings),
        allAddresses('minipoolManager', rp.minipoolManagers),
        allAddresses('nodeManager', rp.nodeManagers),
        ...perAddress('networkPenalties', rp.networkPenalties),
        fixed('megapoolPenalties', rp.megapoolPenalties),
        // the vault's node-staking RPL withdrawals matter from v1.4 (the unstake's silent payout); the handler
        // keeps only those whose `by` key is rocketNodeStaking's
        {...fixed('vault', rp.vault), from: Math.max(rp.vault.startBlock, staking14.startBlock)},
        // minipools and megapools are per-node contracts: any address here, the handler keeps only known ones
        {topic0: handledTopics('minipool'), from: firstMinipoolManager},
        {topic0: handledTopics('megapool'), from: rp.megapoolPenalties.startBlock},
    ]
}
