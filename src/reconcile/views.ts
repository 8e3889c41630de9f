import type {AbiFunction, FunctionArguments, FunctionReturn} from '@subsquid/evm-abi'
import {AddressBook} from '../networks'
import {CallOutcome, ViewCaller} from './caller'
import {Check, ProtocolName, Value} from './checks'

/** A view's decoded answer, or why there is none. */
export type ViewResult<T> = {ok: true; value: T} | {ok: false; reason: string}

export interface ReconcileContext {
    caller: ViewCaller
    /** the indexed block: every view is called at it */
    block: number
    book: AddressBook
}

type Fn = AbiFunction<any, any>

/** Calls a view of the squid-evm-typegen ABIs (src/abi) at the indexed block and decodes its answer. */
export async function callView<F extends Fn>(ctx: ReconcileContext, to: string, fn: F, args: FunctionArguments<F>): Promise<ViewResult<FunctionReturn<F>>> {
    let out: CallOutcome = await ctx.caller.call(to, fn.encode(args), ctx.block)
    if (!out.ok) return {ok: false, reason: `${fn.signature} at ${to}: ${out.reason}`}
    try {
        return {ok: true, value: fn.decodeResult(out.data)}
    } catch (e) {
        return {ok: false, reason: `${fn.signature} at ${to}: the answer does not decode (${(e as Error).message})`}
    }
}

/** Why a contract's views cannot be asked at the block (no code there yet), or null when it has code. */
export async function notDeployed(ctx: ReconcileContext, name: string, address: string): Promise<string | null> {
    return (await ctx.caller.hasCode(address, ctx.block)) ? null : `${name} (${address}) has no code at block ${ctx.block}`
}

/** One era's form of a view: the call, and the release(s) it belongs to (for the report). */
export interface EraView<A, R> {
    era: string
    call(args: A): Promise<ViewResult<R>>
}

/**
 * The form of a view that the release live at the block answers: the eras are tried newest first on `probe`;
 * a view a release does not have reverts. Null with every era's reason when none answers.
 */
export async function liveEra<A, R>(eras: EraView<A, R>[], probe: A): Promise<{era: EraView<A, R>; first: ViewResult<R>} | {reason: string}> {
    let reasons: string[] = []
    for (let era of eras) {
        let first = await era.call(probe)
        if (first.ok) return {era, first}
        reasons.push(`${era.era}: ${first.reason}`)
    }
    return {reason: `no release's form of the view answers (${reasons.join('; ')})`}
}

/** Builds checks of one protocol. */
export function checker(protocol: ProtocolName) {
    return {
        of(view: string, subject: string, indexed: Value, result: ViewResult<Value>): Check {
            return result.ok ? {protocol, view, subject, indexed, chain: result.value} : {protocol, view, subject, indexed, skipped: result.reason}
        },
        skipped(view: string, subject: string, indexed: Value, reason: string): Check {
            return {protocol, view, subject, indexed, skipped: reason}
        },
    }
}

/** Maps a result's value (a field of a struct answer, say). */
export function mapResult<T, U>(r: ViewResult<T>, f: (v: T) => U): ViewResult<U> {
    return r.ok ? {ok: true, value: f(r.value)} : r
}

export function lower(address: string): string {
    return address.toLowerCase()
}
