import {dayStart, dayString} from '../core/days'
import {Operator, OperatorDay, Protocol, ProtocolDay, Strategy, StrategyDay, WithdrawalQueueDay} from '../model'

/** Scope ids of the protocol series: the `<scope>` of `<scope>-<yyyy-mm-dd>` */
export const PROTOCOL_SCOPES: [Protocol, string][] = [
    [Protocol.LIDO, 'lido'],
    [Protocol.ROCKET_POOL, 'rocketpool'],
    [Protocol.EIGENLAYER, 'eigenlayer'],
]

export const QUEUE_SCOPE = 'lido-queue'

export const dayRowId = (scope: string, day: number) => `${scope}-${dayString(day)}`

/**
 * Rows for `day` that start from the previous day's close: state figures carried over, the day's flows at zero.
 * A day without any indexed block gets exactly such a row (series without holes).
 */
export function nextProtocolDay(protocol: Protocol, scope: string, day: number, prev: ProtocolDay | undefined): ProtocolDay {
    return new ProtocolDay({
        id: dayRowId(scope, day),
        protocol,
        day: dayString(day),
        date: dayStart(day),
        tvlEth: prev?.tvlEth ?? 0n,
        restakedLstEth: prev?.restakedLstEth ?? 0n,
        supply: prev?.supply ?? null,
        rate: prev?.rate ?? null,
        rateUpdates: 0,
        rateSeconds: 0,
        rateOpen: null,
        aprDay: null,
        apr7dSma: null,
        depositCount: 0,
        depositEth: 0n,
        withdrawalRequestCount: 0,
        withdrawalRequestEth: 0n,
        withdrawalCompletedCount: 0,
        withdrawalCompletedEth: 0n,
        netFlowEth: 0n,
        lossCount: 0,
        lossEth: 0n,
        activeAccounts: 0,
        holders: prev?.holders ?? 0,
        depositsTotal: prev?.depositsTotal ?? 0,
        withdrawalRequestsTotal: prev?.withdrawalRequestsTotal ?? 0,
        withdrawalsCompletedTotal: prev?.withdrawalsCompletedTotal ?? 0,
        lossesTotal: prev?.lossesTotal ?? 0,
        closeBlock: prev?.closeBlock ?? 0,
    })
}

export function nextQueueDay(day: number, prev: WithdrawalQueueDay | undefined): WithdrawalQueueDay {
    return new WithdrawalQueueDay({
        id: dayRowId(QUEUE_SCOPE, day),
        day: dayString(day),
        date: dayStart(day),
        pendingRequests: prev?.pendingRequests ?? 0,
        pendingSteth: prev?.pendingSteth ?? 0n,
        unclaimedEth: prev?.unclaimedEth ?? 0n,
        requestedCount: 0,
        finalizedCount: 0,
        claimedCount: 0,
        finalizationWaits: [],
        waitMedianSeconds: null,
        waitP90Seconds: null,
        closeBlock: prev?.closeBlock ?? 0,
    })
}

export function nextStrategyDay(strategy: string, day: number, prev: StrategyDay | undefined): StrategyDay {
    return new StrategyDay({
        id: dayRowId(strategy, day),
        strategy: new Strategy({id: strategy}),
        day: dayString(day),
        date: dayStart(day),
        totalShares: prev?.totalShares ?? 0n,
        underlying: prev?.underlying ?? null,
        ethValue: prev?.ethValue ?? null,
        depositCount: 0,
        depositShares: 0n,
        withdrawalCount: 0,
        withdrawalShares: 0n,
        closeBlock: prev?.closeBlock ?? 0,
    })
}

export function nextOperatorDay(operator: string, day: number, prev: OperatorDay | undefined): OperatorDay {
    return new OperatorDay({
        id: dayRowId(operator, day),
        operator: new Operator({id: operator}),
        day: dayString(day),
        date: dayStart(day),
        delegatedEth: prev?.delegatedEth ?? 0n,
        strategies: prev?.strategies ?? [],
        delegatorCount: prev?.delegatorCount ?? 0,
        slashingCount: 0,
        closeBlock: prev?.closeBlock ?? 0,
    })
}
