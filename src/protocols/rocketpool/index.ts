import {BatchContext, ProtocolModule} from '../../core/types'
import {Megapool} from '../../model'
import {collectEvents} from './collect'
import {rocketPoolDemo} from './demo'
import {RpEvent} from './events'
import {rocketPoolFilters} from './filters'
import {Minipools} from './minipools'
import {applyNodeSetting, applyRpl, applyRplSlashed, applyRplTransfer, silentPayouts} from './nodes'
import {MegapoolLosses, MinipoolPenalties} from './penalties'
import {applyBalances} from './rate'
import {applyBurn, applyEtherDeposited, applyMint, applyTransfer, InflowSource, pairDeposits} from './reth'
import {rpMegapool} from './state'

/**
 * Rocket Pool: rETH (deposits, burns, balances, the rate), nodes and their RPL, minipools (discovered from
 * MinipoolCreated, then read from their own logs), minipool / megapool penalties. Every historical address is
 * read with the ABI of its release (contracts.ts).
 */
export const rocketPool: ProtocolModule = {
    name: 'rocketpool',
    filters: rocketPoolFilters,
    demoScenario: rocketPoolDemo,

    async handleBatch(batch: BatchContext) {
        // 1-2. decode, one query for the touched minipools, one load per entity type
        let collected = await collectEvents(batch)
        if (collected == null) return
        // 3. mutate in memory, in chain order; main.ts saves once
        applyAll(batch, collected.events, new Minipools(batch, collected.minipools, collected.events))
    },
}

function applyAll(batch: BatchContext, events: RpEvent[], minipools: Minipools): void {
    let deposits = pairDeposits(events)
    let paired = new Set(deposits.values())
    let {paidOut, unread} = silentPayouts(events)
    // a vault withdrawal another node-staking log accounts for (a burn's, an RPLWithdrawn's) says nothing more
    for (let e of unread) batch.counter.ignored(e.log)
    let minipoolPenalties = new MinipoolPenalties(minipools)
    let megapoolLosses = new MegapoolLosses(events)
    let depositPools = new Set(batch.book.rocketPool.depositPools.map((c) => c.address))
    let sourceOf = (from: string): InflowSource =>
        depositPools.has(from) ? 'DEPOSIT_POOL' : minipools.get(from) ? 'MINIPOOL' : batch.cache.has(Megapool, from) ? 'MEGAPOOL' : 'OTHER'
    for (let e of events) {
        switch (e.kind) {
            case 'mint':
                applyMint(batch, e, deposits.get(e))
                break
            case 'depositReceived':
                // read with its mint (applyMint). RocketDepositPool.deposit always mints before it logs this (node
                // bond deposits log their DepositReceived at RocketNodeDeposit, not requested); one left alone is
                // no user deposit
                if (!paired.has(e)) batch.counter.ignored(e.log)
                break
            case 'burn':
                applyBurn(batch, e)
                break
            case 'transfer':
                applyTransfer(batch, e)
                break
            case 'etherDeposited':
                applyEtherDeposited(batch, e, sourceOf(e.from))
                minipools.rethDeposit(e)
                break
            case 'balances':
                applyBalances(batch, e)
                break
            case 'nodeRegistered':
            case 'smoothingPool':
            case 'rplWithdrawalAddress':
                applyNodeSetting(batch, e)
                break
            case 'rpl':
                applyRpl(batch, e, paidOut.has(e))
                break
            case 'rplTransfer':
                applyRplTransfer(batch, e)
                break
            case 'rplSlashed':
                applyRplSlashed(batch, e)
                break
            case 'stakingRplOut':
                break // read by silentPayouts (the unread ones are ignored above)
            case 'minipoolCreated':
                minipools.create(e)
                break
            case 'minipoolDestroyed':
                minipools.destroyed(e)
                break
            case 'minipoolStatus':
                minipools.status(e)
                break
            case 'minipoolDistributed':
                minipools.distributed(e)
                break
            case 'minipoolEtherWithdrawn':
                minipools.etherWithdrawn(e)
                break
            case 'minipoolBondReduced':
                minipools.bondReduced(e)
                break
            case 'penaltyRate':
                minipoolPenalties.rate(batch, e)
                break
            case 'penaltyApplied':
                minipoolPenalties.applied(batch, e)
                break
            case 'megapoolFound':
                rpMegapool(batch.cache, e.megapool, e.log.block.height)
                break
            case 'megapoolPenalty':
                megapoolLosses.applyPenalty(batch, e)
                break
            case 'megapoolDebt':
                megapoolLosses.applyDebt(batch, e)
                break
        }
    }
}
