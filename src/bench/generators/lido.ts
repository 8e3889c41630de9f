import {STETH} from '../../protocols/lido/events'
import {encodeEvent} from '../../core/encode'
import {ZERO_ADDRESS} from '../../core/ids'
import {BenchGenerator, GenContext} from './types'

const ACCOUNTS = 20_000

const DAY = 86400

/**
 * Lido's load: stETH share transfers dominate mainnet (~80% of the protocol's logs), submits (Submitted +
 * the TransferShares mint) make most of the rest, and an oracle report (ETHDistributed + TokenRebased) lands
 * once a day, raising the rate by 0.01 % over the totals the generator has minted.
 */
export function lidoGenerator(): BenchGenerator {
    let accounts: string[] = []
    let account = (ctx: GenContext) => {
        if (accounts.length < ACCOUNTS && (accounts.length < 10 || ctx.rng.next() < 0.3)) accounts.push(ctx.rng.address())
        return ctx.rng.pick(accounts)
    }
    let totalShares = 0n
    let totalEther = 0n
    let lastReport: number | undefined
    return {
        module: 'lido',
        share: 1,
        periodic(ctx) {
            if (lastReport == null) lastReport = ctx.timestamp
            if (ctx.timestamp - lastReport < DAY || totalShares == 0n) return []
            let elapsed = BigInt(ctx.timestamp - lastReport)
            lastReport = ctx.timestamp
            let steth = ctx.book.lido.steth.address
            let pre = totalEther
            totalEther += totalEther / 10_000n
            return [[
                encodeEvent(steth, STETH.ETHDistributed, {
                    reportTimestamp: BigInt(ctx.timestamp),
                    preCLBalance: pre,
                    postCLBalance: totalEther,
                    withdrawalsWithdrawn: 0n,
                    executionLayerRewardsWithdrawn: 0n,
                    postBufferedEther: 0n,
                }),
                encodeEvent(steth, STETH.TokenRebased, {
                    reportTimestamp: BigInt(ctx.timestamp),
                    timeElapsed: elapsed,
                    preTotalShares: totalShares,
                    preTotalEther: pre,
                    postTotalShares: totalShares,
                    postTotalEther: totalEther,
                    sharesMintedAsFees: 0n,
                }),
            ]]
        },
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
            totalShares += shares
            totalEther += amount
            return [
                encodeEvent(steth, STETH.Submitted, {sender, amount, referral: ZERO_ADDRESS}),
                encodeEvent(steth, STETH.TransferShares, {from: ZERO_ADDRESS, to: sender, sharesValue: shares}),
            ]
        },
    }
}
