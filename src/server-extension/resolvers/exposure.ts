import {Arg, Query, Resolver} from 'type-graphql'
import type {EntityManager} from 'typeorm'
import {atRiskByAvs, position, SetExposure, setExposures} from '../../analytics/positions'
import {PriceBook, sharesToEth} from '../../analytics/pricing'
import {headHeight, loadAllocations, loadMaxMagnitudes, loadOperatorShares, loadPositionInputs, loadPriceBook} from '../load'
import {normalizeAddress} from './positions'
import {AvsExposure, Exposure, SetExposureType, StrategyExposure} from './types'

/**
 * "Who can slash my stETH": asset -> strategy -> operator -> each operator set the operator allocated to in that
 * strategy -> allocated / max magnitude of the withdrawable (or delegated) shares -> ETH at risk.
 */
@Resolver()
export class ExposureResolver {
    constructor(private tx: () => Promise<EntityManager>) {}

    @Query(() => Exposure, {description: "an account's restaking exposure: which operator sets (AVSs) can slash how much of its EigenLayer position"})
    async accountExposure(@Arg('id') id: string): Promise<Exposure> {
        let account = normalizeAddress(id)
        let em = await this.tx()
        let [atBlock, book, inputs] = await Promise.all([headHeight(em), loadPriceBook(em), loadPositionInputs(em, [account])])
        let p = position(inputs.get(account)!, book)
        let operator = p.eigenlayer.delegatedTo
        let allocations = operator ? await loadAllocations(em, {operators: [operator]}, atBlock) : []
        let strategies: StrategyExposure[] = p.eigenlayer.strategies.map((s) => ({
            strategy: s.strategy,
            operator,
            shares: s.withdrawableShares,
            ethValue: s.ethValue,
            sets: operator ? setExposures(s.strategy, s.withdrawableShares, inputs.get(account)!.maxMagnitudes.get(s.strategy) ?? null, allocations, book).map((e) => withIds(e, operator!, s.strategy)) : [],
        }))
        return summarize(account, atBlock, operator, strategies)
    }

    @Query(() => Exposure, {description: "an operator's exposure: its delegated shares per strategy and what each of its operator sets can slash"})
    async operatorExposure(@Arg('id') id: string): Promise<Exposure> {
        let operator = normalizeAddress(id)
        let em = await this.tx()
        let [atBlock, book, shares, maxes] = await Promise.all([headHeight(em), loadPriceBook(em), loadOperatorShares(em, [operator]), loadMaxMagnitudes(em, [operator])])
        let allocations = await loadAllocations(em, {operators: [operator]}, atBlock)
        let strategies = shares.map((s) => ({
            strategy: s.strategy,
            operator,
            shares: s.shares,
            ethValue: sharesToEth(s.strategy, s.shares, book),
            sets: setExposures(s.strategy, s.shares, maxes.get(`${operator}-${s.strategy}`) ?? null, allocations, book).map((e) => withIds(e, operator, s.strategy)),
        }))
        return summarize(operator, atBlock, operator, strategies)
    }

    @Query(() => AvsExposure, {description: 'an AVS: its operator sets, their operators and strategies, and the ETH each set can slash'})
    async avsExposure(@Arg('avs') avs: string): Promise<AvsExposure> {
        let id = normalizeAddress(avs)
        let em = await this.tx()
        let [atBlock, book] = await Promise.all([headHeight(em), loadPriceBook(em)])
        let allocations = await loadAllocations(em, {avs: id}, atBlock)
        let operators = [...new Set(allocations.map((a) => a.operator))]
        let [shares, maxes, sets] = await Promise.all([
            loadOperatorShares(em, operators),
            loadMaxMagnitudes(em, operators),
            em.query(`SELECT s.operator_set_id, m.operator_id FROM operator_set s LEFT JOIN operator_set_member m ON m.operator_set_id = s.id AND m.active WHERE s.avs = $1 ORDER BY s.operator_set_id, m.operator_id`, [id]),
        ])
        return avsSummary(id, atBlock, sets, allocations, shares, maxes, book)
    }
}

function withIds(e: SetExposure, operator: string, strategy: string): SetExposureType {
    return {...e, operator, strategy}
}

function summarize(id: string, atBlock: number, operator: string | null, strategies: StrategyExposure[]): Exposure {
    let sets = strategies.flatMap((s) => s.sets)
    return {
        id,
        atBlock,
        operator,
        strategies,
        byAvs: atRiskByAvs(sets),
        exposedEth: strategies.reduce((sum, s) => sum + (s.sets.length > 0 ? s.ethValue ?? 0n : 0n), 0n),
    }
}

function avsSummary(
    avs: string,
    atBlock: number,
    memberRows: {operator_set_id: string; operator_id: string | null}[],
    allocations: Parameters<typeof setExposures>[3],
    shares: {operator: string; strategy: string; shares: bigint}[],
    maxes: Map<string, bigint>,
    book: PriceBook
): AvsExposure {
    let bySet = new Map<string, {operators: Set<string>; allocations: SetExposureType[]}>()
    let setOf = (id: string) => {
        let s = bySet.get(id)
        if (s == null) bySet.set(id, (s = {operators: new Set(), allocations: []}))
        return s
    }
    for (let r of memberRows) {
        let s = setOf(String(r.operator_set_id))
        if (r.operator_id) s.operators.add(r.operator_id)
    }
    for (let sh of shares) {
        let mine = allocations.filter((a) => a.operator == sh.operator && a.strategy == sh.strategy)
        for (let e of setExposures(sh.strategy, sh.shares, maxes.get(`${sh.operator}-${sh.strategy}`) ?? null, mine, book)) {
            setOf(String(e.operatorSetId)).allocations.push(withIds(e, sh.operator, sh.strategy))
        }
    }
    let operatorSets = [...bySet]
        .sort((a, b) => (BigInt(a[0]) < BigInt(b[0]) ? -1 : 1))
        .map(([setId, s]) => ({
            operatorSetId: BigInt(setId),
            operators: [...s.operators].sort(),
            strategies: [...new Set(s.allocations.map((a) => a.strategy))].sort(),
            ethSlashable: s.allocations.reduce((sum, a) => sum + (a.ethAtRisk ?? 0n), 0n),
            allocations: s.allocations,
        }))
    return {avs, atBlock, operatorSets, totalEthSlashable: operatorSets.reduce((sum, s) => sum + s.ethSlashable, 0n)}
}
