import {logId} from '../../core/ids'
import {annualisedApr, blockTime} from '../../core/time'
import {Log} from '../../core/types'
import {Deposit, ExchangeRate, Protocol} from '../../model'
import {WAD} from '../../core/rates'
import {logFields} from './common'
import {lidoRateAt} from './prices'
import {ElEventOf} from './events'
import {ElState} from './state'

/**
 * StrategyManager.Deposit (4-field M1/M2 with the token, 3-field from the slashing release): the staker's
 * deposit shares, and one `Deposit` (account = staker) unless the log returns a completed withdrawal's shares
 * (M2+ completion as shares, see prescan.ts): that is the withdrawal's end, not a deposit. The token of a
 * 4-field Deposit is what was deposited (the EIGEN strategy takes EIGEN and holds bEIGEN) and, in an M2
 * completion, whatever the caller passed: it never sets the strategy's underlying token.
 */
export function applyDeposit(s: ElState, e: ElEventOf<'Deposit'>): void {
    let strategy = s.strategy(e.strategy, e.log)
    s.addStakerShares(e.staker, e.strategy, e.shares, e.log)
    if (s.pre.recredits.has(e)) return
    // StrategyBase.deposit minted them (a completion as shares re-credits shares the strategy still counts)
    strategy.totalShares += e.shares
    // tokens from the strategy's own rate (underlying per 1e18 shares) when it has emitted one; stETH is
    // denominated in ETH (1 stETH = 1 ETH by construction), so its token amount is also the ETH amount
    let amount = strategy.exchangeRate != null ? (e.shares * strategy.exchangeRate) / WAD : null
    // (from PEPE on, StrategyBase.deposit logs ExchangeRateEmitted just before: the rate is the deposit's own)
    let amountEth = strategy.underlyingToken == s.batch.book.lido.steth.address ? amount : null
    s.cache.insert(
        new Deposit({
            id: logId(e.log),
            protocol: Protocol.EIGENLAYER,
            account: s.account(e.staker, e.log),
            asset: e.token ?? strategy.underlyingToken ?? e.strategy,
            amount,
            shares: e.shares,
            amountEth,
            strategy,
            ...logFields(e.log),
        })
    )
}

/** A restake of a pod owner's validators: a `Deposit` of ETH in the beacon-chain strategy (1 share = 1 wei). */
export function insertBeaconDeposit(s: ElState, owner: string, shares: bigint, e: {log: Log}): void {
    s.cache.insert(
        new Deposit({
            id: logId(e.log),
            protocol: Protocol.EIGENLAYER,
            account: s.account(owner, e.log),
            asset: 'ETH',
            amount: shares,
            shares,
            amountEth: shares,
            strategy: s.strategy(s.beacon, e.log),
            ...logFields(e.log),
        })
    )
}

export function applyStrategyWhitelisted(s: ElState, e: ElEventOf<'StrategyWhitelisted'>): void {
    let strategy = s.strategy(e.strategy, e.log)
    strategy.whitelisted = e.whitelisted
    if (e.token != null) strategy.underlyingToken = e.token
    if (e.whitelisted && strategy.addedBlock == null) strategy.addedBlock = e.log.block.height
}

export function applyStrategyTokenSet(s: ElState, e: ElEventOf<'StrategyTokenSet'>): void {
    s.strategy(e.strategy, e.log).underlyingToken = e.token
}

/**
 * ExchangeRateEmitted(rate): underlying tokens per 1e18 shares -> `ExchangeRate` row (with the previous rate, the
 * seconds since it and the annualised change) and the strategy's current rate.
 */
export function applyExchangeRate(s: ElState, e: ElEventOf<'ExchangeRate'>): void {
    let strategy = s.strategy(e.strategy, e.log)
    let at = blockTime(e.log.block)
    let pre = strategy.exchangeRate ?? null
    let seconds = pre != null && strategy.exchangeRateAt != null ? Math.round((at.getTime() - strategy.exchangeRateAt.getTime()) / 1000) : null
    if (strategy.underlyingToken == s.batch.book.lido.steth.address) {
        strategy.exchangeRateLidoShareRate = lidoRateAt(s, e.log)
    }
    s.cache.insert(
        new ExchangeRate({
            id: logId(e.log),
            protocol: Protocol.EIGENLAYER,
            asset: e.strategy,
            ethPerUnit: e.rate,
            totalEth: null,
            totalSupply: null,
            preEthPerUnit: pre,
            timeElapsed: seconds,
            apr: pre != null && seconds != null ? annualisedApr(pre, e.rate, BigInt(seconds)) ?? null : null,
            ...logFields(e.log),
        })
    )
    strategy.exchangeRate = e.rate
    strategy.exchangeRateAt = at
}

/**
 * Slashed shares waiting to be burnt or redistributed, per strategy (all burnable-share event variants). A decrease
 * is the StrategyManager withdrawing them from the strategy (`burnShares` / `_clearBurnOrRedistributableShares` ->
 * StrategyBase.withdraw): they leave its totalShares.
 */
export function applyBurnableShares(s: ElState, e: ElEventOf<'BurnableShares'>): void {
    let strategy = s.strategy(e.strategy, e.log)
    strategy.burnableShares += e.delta
    if (e.delta < 0n) strategy.totalShares += e.delta
}

export function applyBurnableEthShares(s: ElState, e: ElEventOf<'BurnableETHShares'>): void {
    s.strategy(s.beacon, e.log).burnableShares += e.shares
}

/** The staker's factor; a reset by a queue (its shares went to 0) is noted for the SlashingWithdrawalQueued after it. */
export function applyDepositScalingFactor(s: ElState, e: ElEventOf<'DepositScalingFactor'>): void {
    s.stakerShares(e.staker, e.strategy, e.log).depositScalingFactor = e.factor
    if (s.pre.scalingFactorResets.has(e)) s.resetByQueue.add(`${e.log.transactionHash}-${e.staker}-${e.strategy}`)
}
