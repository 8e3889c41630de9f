import {In} from 'typeorm'
import {deferAccounts, ensureAccount} from '../../core/accounts'
import {logId, logOrder} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {LidoNodeOperator, Protocol, Slashing} from '../../model'
import {operatorId} from './contracts'
import {OperatorEvent} from './events'
import {LidoBatch, LidoPart, sharesToEth} from './part'

export const nodeOperatorId = (module: string, id: bigint) => `${module}-${id}`

/**
 * Node operators of the curated module and SimpleDVT (one NodeOperatorsRegistry code at two addresses):
 * operators and their settings, stuck-penalty and exit figures, and penalties as `Slashing` records priced at
 * the stETH share rate in force at the penalty's log.
 */
export const operatorsPart: LidoPart = {
    name: 'node-operators',

    async handleBatch(batch: BatchContext, lido: LidoBatch, logs) {
        let events = logs.operators
        if (events.length == 0) return

        // NodeOperatorPenalized names the reward address, not the operator: find operators by reward address
        // (one query for the batch), and load the operators the other events name (one more)
        let penalized = events.filter((ev): ev is Extract<OperatorEvent, {kind: 'NodeOperatorPenalized'}> => ev.kind == 'NodeOperatorPenalized')
        if (penalized.length > 0) {
            let rewardAddresses = [...new Set(penalized.map((ev) => ev.e.recipientAddress.toLowerCase()))]
            let found = await batch.ctx.store.findBy(LidoNodeOperator, {rewardAddress: In(rewardAddresses)})
            batch.cache.defer(LidoNodeOperator, found.map((o) => o.id))
        }
        let named = events.flatMap((ev) => (ev.kind == 'NodeOperatorPenalized' ? [] : [nodeOperatorId(ev.module, operatorId(ev.e))]))
        batch.cache.defer(LidoNodeOperator, named)
        deferAccounts(batch.cache, penalized.map((ev) => ev.e.recipientAddress.toLowerCase()))
        await batch.cache.load()

        for (let ev of events) apply(batch, lido, ev)
    },
}

function apply(batch: BatchContext, lido: LidoBatch, ev: OperatorEvent): void {
    let block = ev.log.block.height
    if (ev.kind == 'NodeOperatorPenalized') return penalize(batch, lido, ev)
    let id = nodeOperatorId(ev.module, operatorId(ev.e))
    let op = ev.kind == 'NodeOperatorAdded' ? newOperator(batch, ev, id) : batch.cache.get(LidoNodeOperator, id)
    if (op == null) {
        batch.ctx.log.warn(`${ev.kind} for Lido node operator ${id} at block ${block}: operator not indexed (added before the indexed range); skipped`)
        return
    }
    switch (ev.kind) {
        case 'NodeOperatorActiveSet':
            op.active = ev.e.active
            break
        case 'NodeOperatorNameSet':
            op.name = ev.e.name
            break
        case 'NodeOperatorRewardAddressSet':
            op.rewardAddress = ev.e.rewardAddress.toLowerCase()
            break
        case 'NodeOperatorStakingLimitSet':
            op.stakingLimit = ev.e.stakingLimit
            break
        case 'VettedSigningKeysCountChanged':
            // V2 on: the vetted keys count is the operator's staking limit
            op.stakingLimit = ev.e.approvedValidatorsCount
            break
        case 'ExitedSigningKeysCountChanged':
            op.exitedValidatorsCount = ev.e.exitedValidatorsCount
            break
        case 'NodeOperatorTotalStoppedValidatorsReported':
            // V1's name for validators that stopped (exited)
            op.exitedValidatorsCount = ev.e.totalStopped
            break
        case 'StuckPenaltyStateChanged':
            op.stuckValidatorsCount = ev.e.stuckValidatorsCount
            op.refundedValidatorsCount = ev.e.refundedValidatorsCount
            op.stuckPenaltyEndTimestamp = ev.e.stuckPenaltyEndTimestamp
            break
        case 'ValidatorExitStatusUpdated':
            op.exitStatusUpdates += 1
            op.lastExitStatusProofTimestamp = ev.e.proofSlotTimestamp
            break
        case 'ValidatorExitTriggered':
            op.exitsTriggered += 1
            break
    }
    op.updatedBlock = block
    batch.cache.save(op)
}

function newOperator(batch: BatchContext, ev: Extract<OperatorEvent, {kind: 'NodeOperatorAdded'}>, id: string): LidoNodeOperator {
    let op = new LidoNodeOperator({
        id,
        module: ev.module,
        operatorId: operatorId(ev.e),
        name: ev.e.name,
        rewardAddress: ev.e.rewardAddress.toLowerCase(),
        active: true,
        stakingLimit: ev.e.stakingLimit,
        penalizedShares: 0n,
        penaltyCount: 0,
        exitStatusUpdates: 0,
        exitsTriggered: 0,
        createdBlock: ev.log.block.height,
        updatedBlock: ev.log.block.height,
    })
    batch.cache.save(op)
    return op
}

/** `NodeOperatorPenalized(recipient, shares)`: the shares withheld from a stuck operator, in ETH at that log. */
function penalize(batch: BatchContext, lido: LidoBatch, ev: Extract<OperatorEvent, {kind: 'NodeOperatorPenalized'}>): void {
    let recipient = ev.e.recipientAddress.toLowerCase()
    let shares: bigint = ev.e.sharesPenalizedAmount
    let op = batch.cache.values(LidoNodeOperator).find((o) => o.module == ev.module && o.rewardAddress == recipient)
    if (op != null) {
        op.penalizedShares += shares
        op.penaltyCount += 1
        op.updatedBlock = ev.log.block.height
        batch.cache.save(op)
    }
    batch.cache.insert(
        new Slashing({
            id: logId(ev.log),
            protocol: Protocol.LIDO,
            kind: 'LIDO_NODE_OPERATOR_PENALTY',
            account: ensureAccount(batch.cache, recipient, ev.log.block.height),
            lidoNodeOperator: op ?? null,
            amount: shares,
            amountEth: sharesToEth(shares, lido.rateAt(logOrder(ev.log))),
            description: op ? `${op.name ?? 'operator'} (${op.id}) penalised ${shares} shares` : `penalty paid to ${recipient}`,
            blockNumber: ev.log.block.height,
            timestamp: blockTime(ev.log.block),
            txHash: ev.log.transactionHash,
            logIndex: ev.log.logIndex,
        })
    )
}
