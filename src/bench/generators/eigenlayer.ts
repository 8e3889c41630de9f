import * as dm2 from '../../abi/DelegationManager.m2'
import * as sm1 from '../../abi/StrategyManager.m1'
import {encodeEvent} from '../../core/encode'
import {DEMO} from '../../protocols/eigenlayer/demo'
import {BenchGenerator, GenContext} from './types'

const ACCOUNTS = 3_000

/**
 * EigenLayer's load: strategy deposits (with the operator's share increase when the staker is delegated),
 * and now and then a staker delegating to one of the demo's registered operators (rare, as on mainnet).
 * Slashings, withdrawals and pods come from the module's demo scenario.
 */
export function eigenLayerGenerator(): BenchGenerator {
    let stakers: string[] = []
    let delegatedTo = new Map<string, string>()
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
            if (ctx.rng.next() < 0.05 && !delegatedTo.has(who)) {
                let operator = ctx.rng.pick([DEMO.op2, DEMO.op3])
                delegatedTo.set(who, operator)
                return [encodeEvent(el.delegationManager.address, dm2.events.StakerDelegated, {staker: who, operator})]
            }
            let strategy = ctx.rng.pick(el.strategies.filter((s) => s.underlyingToken))
            let shares = BigInt(1 + ctx.rng.int(1_000_000)) * 10n ** 13n
            let logs = [
                encodeEvent(el.strategyManager.address, sm1.events.Deposit, {depositor: who, token: strategy.underlyingToken!, strategy: strategy.address, shares}),
            ]
            let operator = delegatedTo.get(who)
            if (operator) {
                logs.push(encodeEvent(el.delegationManager.address, dm2.events.OperatorSharesIncreased, {operator, staker: who, strategy: strategy.address, shares}))
            }
            return logs
        },
    }
}
