import * as lidoAbi from '../abi/Lido'
import * as wq from '../abi/WithdrawalQueueERC721'
import * as wstethAbi from '../abi/WstETH'
import {Check} from './checks'
import {requestFlags} from './expected'
import {IndexedSample} from './sample'
import {callView, checker, lower, mapResult, notDeployed, ReconcileContext, ViewResult} from './views'

const c = checker('Lido')
/** getWithdrawalStatus takes an array: this many requests per call */
const REQUESTS_PER_CALL = 50

/**
 * stETH totals and share balances, wstETH balances, and the withdrawal queue, each against the view of the
 * contract at the indexed block (stETH and wstETH views are the same in every Lido release; the queue exists
 * from V2).
 */
export async function lidoChecks(ctx: ReconcileContext, sample: IndexedSample['lido']): Promise<Check[]> {
    let {steth, wsteth, withdrawalQueue} = ctx.book.lido
    let [stethMissing, wstethMissing, queueMissing] = await Promise.all([
        notDeployed(ctx, 'stETH', steth.address),
        notDeployed(ctx, 'wstETH', wsteth.address),
        notDeployed(ctx, 'WithdrawalQueueERC721', withdrawalQueue.address),
    ])
    let f = lidoAbi.functions
    let totals: Promise<Check>[] = [
        stethView('stETH.getTotalPooledEther', '', sample.totalPooledEther, stethMissing, () => callView(ctx, steth.address, f.getTotalPooledEther, {})),
        stethView('stETH.getTotalShares', '', sample.totalShares, stethMissing, () => callView(ctx, steth.address, f.getTotalShares, {})),
    ]
    let accounts = sample.accounts.flatMap((a) => [
        stethView('stETH.sharesOf', a.id, a.stethShares, stethMissing, () => callView(ctx, steth.address, f.sharesOf, {_account: a.id})),
        stethView('wstETH.balanceOf', a.id, a.wstethBalance, wstethMissing, () => callView(ctx, wsteth.address, wstethAbi.functions.balanceOf, {account: a.id})),
    ])
    let q = withdrawalQueue.address
    let queue: Promise<Check>[] = [
        stethView('WithdrawalQueue.unfinalizedStETH', '', sample.pendingSteth, queueMissing, () => callView(ctx, q, wq.functions.unfinalizedStETH, {})),
        stethView('WithdrawalQueue.getLastRequestId', '', sample.lastRequestId, queueMissing, () => callView(ctx, q, wq.functions.getLastRequestId, {})),
        stethView('WithdrawalQueue.getLastFinalizedRequestId', '', sample.lastFinalizedRequestId, queueMissing, () =>
            callView(ctx, q, wq.functions.getLastFinalizedRequestId, {})
        ),
    ]
    let requests: Promise<Check[]>[] = []
    for (let i = 0; i < sample.requests.length; i += REQUESTS_PER_CALL) {
        requests.push(requestChecks(ctx, sample.requests.slice(i, i + REQUESTS_PER_CALL), queueMissing))
    }
    return [...(await Promise.all([...totals, ...accounts, ...queue])), ...(await Promise.all(requests)).flat()]
}

async function stethView(view: string, subject: string, indexed: bigint, missing: string | null, call: () => Promise<ViewResult<bigint>>): Promise<Check> {
    if (missing) return c.skipped(view, subject, indexed, missing)
    return c.of(view, subject, indexed, await call())
}

type Request = IndexedSample['lido']['requests'][number]
type Status = wq.GetWithdrawalStatusReturn[number]

/** One getWithdrawalStatus call for a chunk of requests; if it reverts, one call per request (to name the one). */
async function requestChecks(ctx: ReconcileContext, chunk: Request[], missing: string | null): Promise<Check[]> {
    let q = ctx.book.lido.withdrawalQueue.address
    let statuses = (requests: Request[]) => callView(ctx, q, wq.functions.getWithdrawalStatus, {_requestIds: requests.map((r) => r.requestId)})
    let answers: ViewResult<Status>[]
    if (missing) {
        answers = chunk.map(() => ({ok: false, reason: missing}))
    } else {
        let all = await statuses(chunk)
        if (all.ok && all.value.length == chunk.length) {
            answers = all.value.map((value) => ({ok: true, value}))
        } else {
            answers = await Promise.all(chunk.map(async (r) => mapResult(await statuses([r]), (v) => v[0])))
        }
    }
    return chunk.flatMap((r, i) => {
        let answer = answers[i]
        let subject = `request ${r.requestId}`
        let flags = requestFlags(r.status)
        let field = <T extends string | bigint | boolean>(name: keyof Status, indexed: T, get: (s: Status) => T) =>
            c.of(`WithdrawalQueue.getWithdrawalStatus.${name}`, subject, indexed, mapResult(answer, get))
        return [
            field('amountOfStETH', r.amount, (s) => s.amountOfStETH),
            field('amountOfShares', r.shares, (s) => s.amountOfShares),
            field('owner', lower(r.owner), (s) => lower(s.owner)),
            field('isFinalized', flags.isFinalized, (s) => s.isFinalized),
            field('isClaimed', flags.isClaimed, (s) => s.isClaimed),
        ]
    })
}
