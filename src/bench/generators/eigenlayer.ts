import {DEMO} from '../../protocols/eigenlayer/demo'
import {delegateLogs, depositLogs} from '../../protocols/eigenlayer/logs'
import {BenchGenerator, GenContext} from './types'

const ACCOUNTS = 3_000

/**
 * EigenLayer's load, after the demo (so in the slashing release, through the module's own log builders in the
 * contracts' order): strategy deposits (the strategy's ExchangeRateEmitted, Deposit, DepositScalingFactorUpdated
 * and, for a delegated staker, OperatorSharesIncreased), and now and then a staker delegating to the demo's op2
 * (never slashed), which logs an OperatorSharesIncreased per strategy the staker holds (rare, as on mainnet).
 * Slashings, withdrawals and pods come from the module's demo scenario.
 */
export function eigenLayerGenerator(): BenchGenerator {
    let stakers: string[] = []
    let delegatedTo = new Map<string, string>()
    let holdings = new Map<string, Map<string, bigint>>()
    let staker = (ctx: GenContext) => {
        if (stakers.length < ACCOUNTS && (stakers.length < 10 || ctx.rng.next() < 0.3)) stakers.push(ctx.rng.address())
        return ctx.rng.pick(stakers)
    }
    return {
        module: 'eigenlayer',
        share: 0.1,
        oneActionPerTx: true,
        next(ctx) {
            let el = ctx.book.eigenLayer
            let who = staker(ctx)
            let held = holdings.get(who)
            if (held == null) holdings.set(who, (held = new Map()))
            if (ctx.rng.next() < 0.05 && !delegatedTo.has(who)) {
                delegatedTo.set(who, DEMO.op2)
                return delegateLogs(ctx.book, who, DEMO.op2, [...held])
            }
            let strategy = ctx.rng.pick(el.strategies.filter((s) => s.underlyingToken)).address
            let shares = BigInt(1 + ctx.rng.int(1_000_000)) * 10n ** 13n
            held.set(strategy, (held.get(strategy) ?? 0n) + shares)
            return depositLogs(ctx.book, who, strategy, shares, delegatedTo.get(who) ?? null)
        },
    }
}
