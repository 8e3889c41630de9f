import {Store} from '@subsquid/typeorm-store'
import {In, Not} from 'typeorm'
import {EntityCache} from '../core/entity-cache'
import {Account, LidoState, Operator, OperatorStrategyShares, RocketPoolState, Strategy} from '../model'
import {AddressBook} from '../networks'
import {LidoRate, PriceBook, RethRate, StrategyFacts} from './pricing'

/** `<a>-<b>` ids of per-pair state rows (addresses are 42 characters) */
export function splitPairId(id: string): [string, string] {
    return [id.slice(0, 42), id.slice(43)]
}

/**
 * What the daily series need to know of the protocols' state, kept in memory across batches and refreshed from
 * what each group of blocks changed: the rates, every strategy, every operator's delegated shares. Built from
 * the database at start and after a reorg (the series then reload, see DailySeries).
 */
export class ProtocolFacts {
    lido: LidoRate | null = null
    lidoQueue = {pendingSteth: 0n, unclaimedEth: 0n}
    reth: RethRate | null = null
    rethRate: bigint | null = null
    rethSupply = 0n
    strategies = new Map<string, StrategyFacts>()
    /** operator -> strategy -> delegated shares (non-zero only) */
    operatorShares = new Map<string, Map<string, bigint>>()
    delegatorCounts = new Map<string, number>()

    private constructor(private book: AddressBook) {}

    static async load(store: Store, book: AddressBook): Promise<ProtocolFacts> {
        let facts = new ProtocolFacts(book)
        let lido = await store.get(LidoState, 'lido')
        if (lido) facts.setLido(lido)
        let rp = await store.get(RocketPoolState, 'rocketpool')
        if (rp) facts.setRocketPool(rp)
        for (let s of await store.find(Strategy)) facts.setStrategy(s)
        // the strategies' own accounts: their stETH shares and rETH are the strategies' balances
        let strategyIds = [...facts.strategies.keys()]
        if (strategyIds.length) for (let a of await store.findBy(Account, {id: In(strategyIds)})) facts.setStrategyAccount(a)
        for (let row of await store.find(OperatorStrategyShares, {where: {shares: Not(0n)}})) facts.setOperatorShares(row)
        for (let op of await store.find(Operator, {where: {delegatorCount: Not(0)}})) facts.delegatorCounts.set(op.id, op.delegatorCount)
        return facts
    }

    /** Folds in what the current group of blocks changed (the cache's entities are the state at its end). */
    refresh(cache: EntityCache): void {
        for (let s of cache.groupChanged(LidoState)) this.setLido(s)
        for (let s of cache.groupChanged(RocketPoolState)) this.setRocketPool(s)
        for (let s of cache.groupChanged(Strategy)) this.setStrategy(s)
        for (let a of cache.groupChanged(Account)) if (this.strategies.has(a.id)) this.setStrategyAccount(a)
        for (let row of cache.groupChanged(OperatorStrategyShares)) this.setOperatorShares(row)
        for (let op of cache.groupChanged(Operator)) this.delegatorCounts.set(op.id, op.delegatorCount)
    }

    priceBook(): PriceBook {
        return {
            lido: this.lido,
            reth: this.reth,
            stethToken: this.book.lido.steth.address,
            rethToken: this.book.rocketPool.reth.address,
            beaconStrategy: this.book.eigenLayer.beaconChainEthStrategy,
            strategies: this.strategies,
        }
    }

    private setLido(s: LidoState): void {
        this.lido = {totalPooledEther: s.totalPooledEther, totalShares: s.totalShares}
        this.lidoQueue = {pendingSteth: s.withdrawalQueuePendingSteth, unclaimedEth: s.withdrawalQueueUnclaimedEth}
    }

    private setRocketPool(s: RocketPoolState): void {
        this.rethSupply = s.rethSupply
        this.rethRate = s.ethPerUnit ?? null
        this.reth = s.totalEth != null && s.reportedRethSupply != null ? {totalEth: s.totalEth, rethSupply: s.reportedRethSupply} : null
    }

    private setStrategy(s: Strategy): void {
        let known = this.strategies.get(s.id)
        this.strategies.set(s.id, {
            id: s.id,
            underlyingToken: s.underlyingToken ?? null,
            totalShares: s.totalShares,
            lastRate: s.exchangeRate ?? null,
            // a strategy first seen now holds what its account shows (refresh reads accounts after strategies); 0 until then
            lidoSharesHeld: known?.lidoSharesHeld ?? 0n,
            rethHeld: known?.rethHeld ?? 0n,
        })
    }

    private setStrategyAccount(a: Account): void {
        let s = this.strategies.get(a.id)!
        s.lidoSharesHeld = a.stethShares
        s.rethHeld = a.rethBalance
    }

    private setOperatorShares(row: OperatorStrategyShares): void {
        let [operator, strategy] = splitPairId(row.id)
        let map = this.operatorShares.get(operator)
        if (map == null) this.operatorShares.set(operator, (map = new Map()))
        if (row.shares == 0n) map.delete(strategy)
        else map.set(strategy, row.shares)
        if (map.size == 0) this.operatorShares.delete(operator)
    }
}
