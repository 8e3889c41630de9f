import {Deposit, Protocol, RethCollateralInflow, Withdrawal, WithdrawalStatus} from '../../model'
import {logId, ZERO_ADDRESS} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext} from '../../core/types'
import {RpEvent} from './events'
import {account, rpState} from './state'

type Mint = Extract<RpEvent, {kind: 'mint'}>
type Received = Extract<RpEvent, {kind: 'depositReceived'}>

/**
 * A deposit logs, in every release (`RocketDepositPool.deposit`): the mint's Transfer(0x0 -> user) and
 * `TokensMinted` on rETH, then `DepositReceived` on the deposit pool (as block 17375953). Each mint takes the first unclaimed DepositReceived of its transaction after it, or
 * else the last one before it. A DepositReceived left alone mints no rETH and
 * is no user deposit.
 */
export function pairDeposits(events: RpEvent[]): Map<Mint, Received> {
    let receivedByTx = new Map<string, Received[]>()
    for (let e of events) {
        if (e.kind != 'depositReceived') continue
        let list = receivedByTx.get(e.log.transactionHash)
        if (list == null) receivedByTx.set(e.log.transactionHash, (list = []))
        list.push(e)
    }
    let pairs = new Map<Mint, Received>()
    for (let e of events) {
        if (e.kind != 'mint') continue
        let candidates = receivedByTx.get(e.log.transactionHash)
        if (candidates == null || candidates.length == 0) continue
        let i = candidates.findIndex((r) => r.log.logIndex > e.log.logIndex)
        if (i < 0) i = candidates.length - 1
        pairs.set(e, candidates[i])
        candidates.splice(i, 1)
    }
    return pairs
}

/** One Deposit per rETH mint: amount = ETH deposited, shares = rETH minted, amountEth = ETH value credited. */
export function applyMint(batch: BatchContext, e: Mint, received: Received | undefined): void {
    let log = e.log
    batch.cache.insert(
        new Deposit({
            id: logId(log),
            protocol: Protocol.ROCKET_POOL,
            account: account(batch.cache, e.to, log.block.height),
            asset: 'ETH',
            // the ETH sent, before the deposit fee; without a partner log, the ETH value minted is all we know
            amount: received?.amount ?? e.eth,
            shares: e.reth,
            amountEth: e.eth,
            blockNumber: log.block.height,
            timestamp: blockTime(log.block),
            txHash: log.transactionHash,
            logIndex: log.logIndex,
        })
    )
}

/** A burn pays ETH at once: one COMPLETED Withdrawal. */
export function applyBurn(batch: BatchContext, e: Extract<RpEvent, {kind: 'burn'}>): void {
    let log = e.log
    let at = blockTime(log.block)
    batch.cache.insert(
        new Withdrawal({
            id: `rocketpool-${log.transactionHash}-${log.logIndex}`,
            protocol: Protocol.ROCKET_POOL,
            account: account(batch.cache, e.from, log.block.height),
            status: WithdrawalStatus.COMPLETED,
            amount: e.reth,
            shares: e.reth,
            amountEth: e.eth,
            requestedBlock: log.block.height,
            requestedAt: at,
            requestTxHash: log.transactionHash,
            requestLogIndex: log.logIndex,
            completedBlock: log.block.height,
            completedAt: at,
            completedTxHash: log.transactionHash,
        })
    )
}

/** Balances and supply from Transfer only, so a mint or burn (also a Transfer from/to 0x0) counts once. */
export function applyTransfer(batch: BatchContext, e: Extract<RpEvent, {kind: 'transfer'}>): void {
    let block = e.log.block.height
    if (e.from == ZERO_ADDRESS) rpState(batch.cache, block).rethSupply += e.value
    else account(batch.cache, e.from, block).rethBalance -= e.value
    if (e.to == ZERO_ADDRESS) rpState(batch.cache, block).rethSupply -= e.value
    else account(batch.cache, e.to, block).rethBalance += e.value
}

export type InflowSource = 'DEPOSIT_POOL' | 'MINIPOOL' | 'MEGAPOOL' | 'OTHER'

/**
 * rETH EtherDeposited: ETH entering the rETH contract's own balance, the collateral that pays burns at once. It is
 * not protocol income. Senders: a deposit pool (`depositExcess`: ETH moved out of the pool to pay a burn, and from
 * v1.4 `processDeposit` topping rETH up to its target collateral out of each user deposit); minipools (the user
 * share of skimmed rewards, and at exit the user capital plus reward share, `_distributeBalance` / `_finalise`);
 * megapools (`_sendToRETH`); the rewards pool (the user share of smoothing-pool rewards at each rewards
 * snapshot); each node's fee distributor (the user share of its execution-layer fees); anyone (`receive()` is
 * open). Only the deposit pool's part is certainly principal moving; the others mix user capital and rewards.
 */
export function applyEtherDeposited(batch: BatchContext, e: Extract<RpEvent, {kind: 'etherDeposited'}>, source: InflowSource): void {
    let log = e.log
    rpState(batch.cache, log.block.height).etherDepositedTotal += e.amount
    batch.cache.insert(
        new RethCollateralInflow({
            id: logId(log),
            from: e.from,
            source,
            amount: e.amount,
            blockNumber: log.block.height,
            timestamp: blockTime(log.block),
            txHash: log.transactionHash,
            logIndex: log.logIndex,
        })
    )
}
