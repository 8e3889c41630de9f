import {STETH} from '../../protocols/lido/events'
import {encodeEvent} from '../../core/encode'
import {lidoCalls} from '../../protocols/lido/calls'
import {BenchGenerator, GenContext} from './types'

const ACCOUNTS = 20_000

const DAY = 86400

/**
 * Lido's load, each action logged as the contract logs it (src/protocols/lido/calls.ts): stETH transfers
 * (Transfer + TransferShares) dominate mainnet (~80% of the protocol's actions), submits (Submitted, then the
 * mint's Transfer + TransferShares) make most of the rest, and an oracle report lands once a day: ETHDistributed
 * + TokenRebased of a V2 report after the LegacyOracle was detached, whose 0.01 % comes from execution-layer
 * rewards with a flat CL balance, so `_processRewards` mints no fee shares and there is no fee mint to log.
 * A sender holding no shares submits instead of transferring.
 */
export function lidoGenerator(): BenchGenerator {
    let accounts: string[] = []
    let account = (ctx: GenContext) => {
        if (accounts.length < ACCOUNTS && (accounts.length < 10 || ctx.rng.next() < 0.3)) accounts.push(ctx.rng.address())
        return ctx.rng.pick(accounts)
    }
    let balances = new Map<string, bigint>()
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
            let rewards = totalEther / 10_000n
            totalEther += rewards
            return [[
                encodeEvent(steth, STETH.ETHDistributed, {
                    reportTimestamp: BigInt(ctx.timestamp),
                    preCLBalance: pre,
                    postCLBalance: pre,
                    withdrawalsWithdrawn: 0n,
                    executionLayerRewardsWithdrawn: rewards,
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
            let calls = lidoCalls(ctx.book)
            let wanted = BigInt(1 + ctx.rng.int(1_000_000)) * 10n ** 12n
            let from = account(ctx)
            let held = balances.get(from) ?? 0n
            if (ctx.rng.next() < 0.8 && held > 0n) {
                // a transfer moves at most what the sender holds (the contract reverts otherwise)
                let shares = wanted < held ? wanted : held
                let to = account(ctx)
                balances.set(from, held - shares)
                balances.set(to, (balances.get(to) ?? 0n) + shares)
                return calls.transfer(from, to, (shares * totalEther) / totalShares, shares)
            }
            // Lido._submit: getSharesByPooledEth(amount), then the mint at the new totals
            let amount = wanted
            let shares = totalShares == 0n ? amount : (amount * totalShares) / totalEther
            totalShares += shares
            totalEther += amount
            balances.set(from, held + shares)
            return calls.submit(from, amount, shares, (shares * totalEther) / totalShares)
        },
    }
}
