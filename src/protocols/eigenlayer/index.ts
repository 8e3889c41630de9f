import {BatchContext, LogFilter, ProtocolModule} from '../../core/types'
import {AddressBook} from '../../networks'
import {Strategy} from '../../model'
import {applyEvent} from './apply'
import {collectEvents} from './collect'
import {ContractKind, handledTopics} from './contracts'
import {demoScenario} from './demo'
import {BatchIds} from './ids'
import {m1PodOwners} from './pods'
import {preScan} from './prescan'
import {ElState} from './state'
import {loadCompletedParts} from './withdrawals'

/**
 * EigenLayer: strategies and deposits, EigenPods, operators and delegation, withdrawals of every era (M1, M2,
 * slashing), operator sets / allocations / slashing, rewards. Every era's ABI decodes (see contracts.ts);
 * dispatch is on (address, topic0), and on the number of topics where a topic0 has several layouts.
 */
export const eigenlayer: ProtocolModule = {
    name: 'eigenlayer',

    filters(book: AddressBook): LogFilter[] {
        let el = book.eigenLayer
        let fixed = (contract: {address: string; startBlock: number}, kind: ContractKind): LogFilter => ({
            address: [contract.address],
            topic0: handledTopics(kind),
            from: contract.startBlock,
        })
        let from = el.strategyManager.startBlock
        return [
            fixed(el.strategyManager, 'strategyManager'),
            fixed(el.delegationManager, 'delegationManager'),
            fixed(el.eigenPodManager, 'eigenPodManager'),
            fixed(el.delayedWithdrawalRouter, 'delayedWithdrawalRouter'),
            fixed(el.allocationManager, 'allocationManager'),
            fixed(el.rewardsCoordinator, 'rewardsCoordinator'),
            fixed(el.avsDirectory, 'avsDirectory'),
            fixed(el.strategyFactory, 'strategyFactory'),
            // pods and factory strategies are created at run time: any address, the handler keeps known ones
            {topic0: handledTopics('eigenPod'), from},
            {topic0: handledTopics('strategy'), from},
        ]
    },

    async handleBatch(batch: BatchContext) {
        let el = batch.book.eigenLayer
        let knownTokens = new Map<string, string | null>(el.strategies.map((s) => [s.address, s.underlyingToken]))
        knownTokens.set(el.beaconChainEthStrategy, null)

        // 1-2. decode, defer every id (the known strategies too), one load
        let ids = new BatchIds(el.beaconChainEthStrategy)
        for (let id of knownTokens.keys()) ids.add(Strategy, id)
        let events = await collectEvents(batch, ids)
        if (events.length == 0) return
        // (M1 pod logs only: their owners and shares, one more lookup)
        let podOwners = await m1PodOwners(batch, events, ids)

        // 3. read each log next to the others of its transaction, then mutate in memory in chain order
        let state = new ElState(batch, preScan(events, batch.cache, el.beaconChainEthStrategy), knownTokens)
        state.podOwners = podOwners
        // (completions only: the queued rows leaving their strategies, one more lookup)
        await loadCompletedParts(batch, events, state)
        // the strategies of the address book (and beacon-chain ETH) exist from the first EigenLayer event on
        for (let id of knownTokens.keys()) if (!batch.cache.has(Strategy, id)) state.strategy(id, null)
        for (let e of events) applyEvent(state, e)
    },

    demoScenario,
}
