import {encodeEvent} from '../../core/encode'
import * as rethAbi from '../../abi/RocketTokenRETH'
import {balancesLogs, burnLogs, depositLogs} from '../../protocols/rocketpool/logs'
import {BenchGenerator, GenContext} from './types'

const E = 10n ** 18n
const ACCOUNTS = 5_000
const DAY = 86_400

/**
 * Rocket Pool's load, through the module's own log builders: rETH transfers (70%), deposits (Transfer mint
 * + TokensMinted + DepositReceived, 20%) and burns (10%) at the latest contract versions, and the rETH rate
 * (BalancesUpdated) once a day, growing ~3.5% a year.
 */
export function rocketPoolGenerator(): BenchGenerator {
    let accounts: string[] = []
    let account = (ctx: GenContext) => {
        if (accounts.length < ACCOUNTS && (accounts.length < 10 || ctx.rng.next() < 0.3)) accounts.push(ctx.rng.address())
        return ctx.rng.pick(accounts)
    }
    let lastDay = -1
    let updates = 0n
    // rETH per ETH rate as a fraction: 1 ETH buys rethPerEth / 1e6 rETH
    let ethPerReth = (ctx: GenContext) => 1_000_000n + BigInt(Math.floor(ctx.progress * 35_000))
    return {
        module: 'rocketpool',
        share: 0.25,
        oneActionPerTx: true,
        next(ctx) {
            let rp = ctx.book.rocketPool
            let reth = rp.reth.address
            let x = ctx.rng.next()
            let rethAmount = BigInt(1 + ctx.rng.int(100_000)) * 10n ** 14n
            let eth = (rethAmount * ethPerReth(ctx)) / 1_000_000n
            if (x < 0.7) {
                return [encodeEvent(reth, rethAbi.events.Transfer, {from: account(ctx), to: account(ctx), value: rethAmount})]
            }
            if (x < 0.9) {
                let pool = rp.depositPools[rp.depositPools.length - 1].address
                return depositLogs(reth, pool, account(ctx), eth, rethAmount, eth)
            }
            return burnLogs(reth, account(ctx), rethAmount, eth)
        },
        periodic(ctx) {
            let day = Math.floor(ctx.timestamp / DAY)
            if (day == lastDay) return []
            lastDay = day
            let balances = ctx.book.rocketPool.networkBalances.at(-1)!
            let supply = 400_000n * E
            let total = (supply * ethPerReth(ctx)) / 1_000_000n
            updates++
            let time = BigInt(ctx.timestamp)
            return [balancesLogs(balances.address, balances.version, {totalEth: total, stakingEth: (total * 9n) / 10n, rethSupply: supply, block: updates, slotTimestamp: time, time})]
        },
    }
}
