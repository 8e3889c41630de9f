/**
 * Positions in ETH and the restaking exposure chain, from indexed state and our own rates. Pure functions over
 * plain inputs: the GraphQL resolvers load the rows (one query per entity type for any number of accounts) and
 * call these; tests can work every figure out by hand.
 */
import {ethOfReth, isRestakedLst, PriceBook, sharesToUnderlying, stethOfShares, underlyingToEth, UnderlyingMethod} from './pricing'

export const WAD = 10n ** 18n

/** SlashingLib.mulWad: x * y / 1e18, rounded down */
export function mulWad(x: bigint, y: bigint): bigint {
    return (x * y) / WAD
}

/**
 * DelegationManager: the slashing factor of a staker in a strategy is the operator's max magnitude (1e18 when
 * not delegated or never allocated), times the staker's beacon-chain slashing factor for beacon-chain ETH.
 */
export function slashingFactor(maxMagnitude: bigint | null, beaconChainFactor: bigint | null, isBeacon: boolean): bigint {
    let max = maxMagnitude ?? WAD
    return isBeacon ? mulWad(max, beaconChainFactor ?? WAD) : max
}

/** SlashingLib.calcWithdrawable: depositShares x dsf x slashingFactor (each step rounded down); negative pod shares withdraw nothing */
export function withdrawableShares(depositShares: bigint, depositScalingFactor: bigint | null, factor: bigint): bigint {
    if (depositShares <= 0n) return 0n
    return mulWad(mulWad(depositShares, depositScalingFactor || WAD), factor)
}

export interface AccountRow {
    id: string
    stethShares: bigint
    wstethBalance: bigint
    rethBalance: bigint
    delegatedTo: string | null
}

export interface StakerSharesRow {
    strategy: string
    shares: bigint
    depositScalingFactor: bigint | null
}

export interface LidoRequestRow {
    requestId: bigint
    status: 'REQUESTED' | 'FINALIZED'
    amount: bigint
    amountEth: bigint | null
}

export interface QueuedRow {
    id: string
    withdrawalRoot: string | null
    requestedBlock: number
    /**
     * shares as queued (slashing era: scaled), withdrawable at queue time, and (slashing era) the slashing factor of
     * the operator the withdrawal was delegated to, now: a queued withdrawal stays slashable
     */
    parts: {strategy: string; shares: bigint; sharesToWithdraw: bigint | null; slashingFactor?: bigint | null}[]
}

/**
 * The shares a queued withdrawal's part would withdraw at the head: M1 / M2 the shares queued; slashing era
 * `scaleForCompleteWithdrawal` = scaled shares x the slashing factor (DelegationManager.getQueuedWithdrawal: the
 * factor now while the withdrawal is slashable, at the window's end once it has passed; the current one is used,
 * which differs only if the operator was slashed in the strategy after the window), else the shares withdrawable
 * when it was queued.
 */
export function queuedShares(p: QueuedRow['parts'][number]): bigint {
    if (p.sharesToWithdraw == null) return p.shares
    return p.slashingFactor == null ? p.sharesToWithdraw : mulWad(p.shares, p.slashingFactor)
}

export interface PositionInputs {
    account: AccountRow
    staker: StakerSharesRow[]
    /** operator max magnitude per strategy, for the account's operator */
    maxMagnitudes: Map<string, bigint>
    beaconChainFactor: bigint | null
    lidoRequests: LidoRequestRow[]
    queued: QueuedRow[]
}

export interface StrategyPosition {
    strategy: string
    underlyingToken: string | null
    depositShares: bigint
    depositScalingFactor: bigint
    slashingFactor: bigint
    withdrawableShares: bigint
    underlying: bigint | null
    ethValue: bigint | null
    pricing: UnderlyingMethod
    restakedLst: boolean
}

export interface Position {
    id: string
    lido: {stethShares: bigint; stethBalance: bigint; wstethBalance: bigint; wstethInSteth: bigint; totalEth: bigint; requests: (LidoRequestRow & {ethValue: bigint})[]; requestsEth: bigint}
    rocketPool: {rethBalance: bigint; ethValue: bigint | null}
    eigenlayer: {
        delegatedTo: string | null
        strategies: StrategyPosition[]
        totalEth: bigint
        restakedLstEth: bigint
        unpriced: number
        queued: (Omit<QueuedRow, 'parts'> & {parts: (QueuedRow['parts'][number] & {withdrawableShares: bigint})[]; ethValue: bigint | null})[]
        queuedEth: bigint
    }
    inFlightEth: bigint
    totalEth: bigint
}

export function position(input: PositionInputs, book: PriceBook): Position {
    let a = input.account
    let lidoRate = book.lido ?? {totalPooledEther: 0n, totalShares: 0n}
    let stethBalance = stethOfShares(a.stethShares, lidoRate)
    // WstETH.getStETHByWstETH = stETH.getPooledEthByShares: one wstETH is one share
    let wstethInSteth = stethOfShares(a.wstethBalance, lidoRate)
    let requests = input.lidoRequests.map((r) => ({...r, ethValue: r.status == 'FINALIZED' && r.amountEth != null ? r.amountEth : r.amount}))
    let requestsEth = requests.reduce((sum, r) => sum + r.ethValue, 0n)

    let strategies: StrategyPosition[] = []
    let elEth = 0n
    let lstEth = 0n
    let unpriced = 0
    for (let row of input.staker) {
        if (row.shares == 0n) continue
        let facts = book.strategies.get(row.strategy)
        let isBeacon = row.strategy == book.beaconStrategy
        let factor = slashingFactor(a.delegatedTo ? input.maxMagnitudes.get(row.strategy) ?? null : null, input.beaconChainFactor, isBeacon)
        let withdrawable = withdrawableShares(row.shares, row.depositScalingFactor, factor)
        let {tokens, method} = facts ? sharesToUnderlying(facts, withdrawable, book) : {tokens: isBeacon ? withdrawable : null, method: (isBeacon ? 'exact' : 'unknown') as UnderlyingMethod}
        let eth = facts ? underlyingToEth(facts, tokens, book) : isBeacon ? tokens : null
        let lst = facts != null && isRestakedLst(facts, book)
        if (eth == null) unpriced++
        else {
            elEth += eth
            if (lst) lstEth += eth
        }
        strategies.push({
            strategy: row.strategy,
            underlyingToken: facts?.underlyingToken ?? null,
            depositShares: row.shares,
            depositScalingFactor: row.depositScalingFactor || WAD,
            slashingFactor: factor,
            withdrawableShares: withdrawable,
            underlying: tokens,
            ethValue: eth,
            pricing: method,
            restakedLst: lst,
        })
    }
    let queued = input.queued.map((q) => {
        let total: bigint | null = 0n
        let parts = q.parts.map((p) => ({...p, withdrawableShares: queuedShares(p)}))
        for (let p of parts) {
            let facts = book.strategies.get(p.strategy)
            let shares = p.withdrawableShares
            let eth = facts ? underlyingToEth(facts, sharesToUnderlying(facts, shares, book).tokens, book) : p.strategy == book.beaconStrategy ? shares : null
            total = total == null || eth == null ? null : total + eth
        }
        return {...q, parts, ethValue: total}
    })
    let queuedEth = queued.reduce((sum, q) => sum + (q.ethValue ?? 0n), 0n)
    let rethEth = book.reth ? ethOfReth(a.rethBalance, book.reth) : null
    let lidoEth = stethBalance + wstethInSteth
    let inFlightEth = requestsEth + queuedEth
    return {
        id: a.id,
        lido: {stethShares: a.stethShares, stethBalance, wstethBalance: a.wstethBalance, wstethInSteth, totalEth: lidoEth, requests, requestsEth},
        rocketPool: {rethBalance: a.rethBalance, ethValue: rethEth},
        eigenlayer: {delegatedTo: a.delegatedTo, strategies, totalEth: elEth, restakedLstEth: lstEth, unpriced, queued, queuedEth},
        inFlightEth,
        totalEth: lidoEth + (rethEth ?? 0n) + elEth + inFlightEth,
    }
}

// ---- exposure ---------------------------------------------------------------------------------------------

export interface AllocationRow {
    operator: string
    avs: string
    operatorSetId: bigint
    strategy: string
    /** magnitude in force at the head */
    magnitude: bigint
    /** a change not yet in force (effect block after the head), if any */
    pendingMagnitude: bigint | null
    pendingEffectBlock: number | null
    /** the operator is a registered member of the set (only then can the set slash it) */
    registered: boolean
}

export interface SetExposure {
    avs: string
    operatorSetId: bigint
    magnitude: bigint
    maxMagnitude: bigint
    /** magnitude / maxMagnitude: the fraction of the withdrawable shares this set can slash */
    fraction: number
    slashableShares: bigint
    ethAtRisk: bigint | null
    registered: boolean
    pendingMagnitude: bigint | null
    pendingEffectBlock: number | null
}

/**
 * What the operator sets an operator allocated to can slash of `shares` (withdrawable shares in one strategy):
 * shares x allocated magnitude / max magnitude per set. A set the operator is not registered in cannot slash
 * (its figures are shown, ethAtRisk is 0); a pending change is shown with its effect block, not applied.
 */
export function setExposures(strategy: string, shares: bigint, maxMagnitude: bigint | null, allocations: AllocationRow[], book: PriceBook): SetExposure[] {
    let max = maxMagnitude ?? WAD
    let facts = book.strategies.get(strategy)
    return allocations
        .filter((al) => al.strategy == strategy && (al.magnitude > 0n || (al.pendingMagnitude ?? 0n) > 0n))
        .map((al) => {
            let slashable = max == 0n ? 0n : (shares * al.magnitude) / max
            let eth = facts ? underlyingToEth(facts, sharesToUnderlying(facts, slashable, book).tokens, book) : strategy == book.beaconStrategy ? slashable : null
            return {
                avs: al.avs,
                operatorSetId: al.operatorSetId,
                magnitude: al.magnitude,
                maxMagnitude: max,
                fraction: max == 0n ? 0 : Number((al.magnitude * 10n ** 12n) / max) / 1e12,
                slashableShares: al.registered ? slashable : 0n,
                ethAtRisk: al.registered ? eth : 0n,
                registered: al.registered,
                pendingMagnitude: al.pendingMagnitude,
                pendingEffectBlock: al.pendingEffectBlock,
            }
        })
}

/** ETH at risk per AVS, summed over its sets and the strategies */
export function atRiskByAvs(sets: SetExposure[]): {avs: string; ethAtRisk: bigint}[] {
    let byAvs = new Map<string, bigint>()
    for (let s of sets) byAvs.set(s.avs, (byAvs.get(s.avs) ?? 0n) + (s.ethAtRisk ?? 0n))
    return [...byAvs].map(([avs, ethAtRisk]) => ({avs, ethAtRisk})).sort((a, b) => (b.ethAtRisk > a.ethAtRisk ? 1 : b.ethAtRisk < a.ethAtRisk ? -1 : a.avs.localeCompare(b.avs)))
}
