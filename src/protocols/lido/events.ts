import {Log} from '../../core/types'
import {AbiEvent, LEGACY_ORACLE_SPEC, NODE_OPERATORS_SPEC, STETH_SPEC, WITHDRAWAL_QUEUE_SPEC, WSTETH_SPEC} from './contracts'

/** One decoded log: `kind` names the event, `e` is typed by the ABI that decodes it. */
type EventsOf<H extends Record<string, AbiEvent>, Prefix extends string = ''> = {
    [K in keyof H & string]: {kind: `${Prefix}${K}`; log: Log; e: ReturnType<H[K]['decode']>}
}[keyof H & string]

/** stETH, LegacyOracle and wstETH logs: what moves shares and the share rate, applied together in chain order. */
export type SharesEvent =
    | EventsOf<typeof STETH_SPEC.handled>
    | EventsOf<typeof LEGACY_ORACLE_SPEC.handled>
    | EventsOf<typeof WSTETH_SPEC.handled, 'Wsteth'>

export type QueueEvent = EventsOf<typeof WITHDRAWAL_QUEUE_SPEC.handled>

export type OperatorEvent = EventsOf<typeof NODE_OPERATORS_SPEC.handled> & {module: string}

export type SharesKind = SharesEvent['kind']
export type EventOf<K extends SharesKind> = Extract<SharesEvent, {kind: K}>

/** The stETH event definitions (for the bench generator and tests that encode stETH logs). */
export const STETH = STETH_SPEC.handled
