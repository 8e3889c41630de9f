import {Arg, Query, Resolver} from 'type-graphql'
import type {EntityManager} from 'typeorm'
import {position, Position} from '../../analytics/positions'
import {headHeight, loadPositionInputs, loadPriceBook} from '../load'
import {AccountPosition} from './types'

/** Most accounts one accountPositions call takes (each costs a handful of rows; the queries are per type, not per account). */
export const MAX_POSITION_IDS = 500

@Resolver()
export class PositionResolver {
    constructor(private tx: () => Promise<EntityManager>) {}

    @Query(() => AccountPosition, {description: "an account's position across Lido, Rocket Pool and EigenLayer, in ETH, at the indexed head"})
    async accountPosition(@Arg('id') id: string): Promise<AccountPosition> {
        return (await this.positions([id]))[0]
    }

    @Query(() => [AccountPosition], {description: `positions of many accounts at once (at most ${MAX_POSITION_IDS}), in the order asked`})
    async accountPositions(@Arg('ids', () => [String]) ids: string[]): Promise<AccountPosition[]> {
        if (ids.length > MAX_POSITION_IDS) throw new Error(`accountPositions takes at most ${MAX_POSITION_IDS} ids (got ${ids.length})`)
        return this.positions(ids)
    }

    private async positions(ids: string[]): Promise<AccountPosition[]> {
        let em = await this.tx()
        let wanted = ids.map(normalizeAddress)
        let [atBlock, book, inputs] = await Promise.all([headHeight(em), loadPriceBook(em), loadPositionInputs(em, [...new Set(wanted)])])
        return wanted.map((id) => toGraphql(position(inputs.get(id)!, book), atBlock))
    }
}

export function normalizeAddress(id: string): string {
    let a = id.trim().toLowerCase()
    if (!/^0x[0-9a-f]{40}$/.test(a)) throw new Error(`not an address: ${JSON.stringify(id)} (expected 0x and 40 hex digits)`)
    return a
}

function toGraphql(p: Position, atBlock: number): AccountPosition {
    return {
        id: p.id,
        atBlock,
        lido: {...p.lido, requests: p.lido.requests.map((r) => ({requestId: r.requestId, status: r.status, amount: r.amount, ethValue: r.ethValue}))},
        rocketPool: p.rocketPool,
        eigenlayer: {
            delegatedTo: p.eigenlayer.delegatedTo,
            strategies: p.eigenlayer.strategies,
            totalEth: p.eigenlayer.totalEth,
            restakedLstEth: p.eigenlayer.restakedLstEth,
            unpricedStrategies: p.eigenlayer.unpriced,
            queuedWithdrawals: p.eigenlayer.queued.map((q) => ({
                id: q.id,
                withdrawalRoot: q.withdrawalRoot,
                requestedBlock: q.requestedBlock,
                strategies: q.parts,
                ethValue: q.ethValue,
            })),
            queuedEth: p.eigenlayer.queuedEth,
        },
        inFlightEth: p.inFlightEth,
        totalEth: p.totalEth,
    }
}
