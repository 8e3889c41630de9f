import {STETH} from '../../protocols/lido/events'
import {encodeEvent} from '../../devnet/encode'
import {ZERO_ADDRESS} from '../../core/ids'
import {BenchGenerator, GenContext} from './types'

const ACCOUNTS = 20_000

/**
 * Lido's load: stETH share transfers dominate mainnet (~80% of the protocol's logs), submits (Submitted +
 * the TransferShares mint) make most of the rest. Add rebases / withdrawal batches here as the module grows.
 */
export function lidoGenerator(): BenchGenerator {
    let accounts: string[] = []
    let account = (ctx: GenContext) => {
        if (accounts.length < ACCOUNTS && (accounts.length < 10 || ctx.rng.next() < 0.3)) accounts.push(ctx.rng.address())
        return ctx.rng.pick(accounts)
    }
    return {
        module: 'lido',
        share: 1,
        next(ctx) {
            let steth = ctx.book.lido.steth.address
            let shares = BigInt(1 + ctx.rng.int(1_000_000)) * 10n ** 12n
            if (ctx.rng.next() < 0.8) {
                let from = account(ctx)
                let to = account(ctx)
                return [encodeEvent(steth, STETH.TransferShares, {from, to, sharesValue: shares})]
            }
            let sender = account(ctx)
            let amount = (shares * 115n) / 100n
            return [
                encodeEvent(steth, STETH.Submitted, {sender, amount, referral: ZERO_ADDRESS}),
                encodeEvent(steth, STETH.TransferShares, {from: ZERO_ADDRESS, to: sender, sharesValue: shares}),
            ]
        },
    }
}
