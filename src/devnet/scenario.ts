import {ProtocolModule} from '../core/types'
import {AddressBook} from '../networks'
import {BlockSpec} from './chain'

/**
 * The demo scenario: every protocol module's own scenario blocks, merged on one timeline starting at
 * `startSeconds` (blocks at the same offset keep their protocol's order; each gets its own second).
 */
export function buildDemoScenario(modules: ProtocolModule[], book: AddressBook, startSeconds: number): BlockSpec[] {
    let blocks = modules.flatMap((m, moduleIndex) =>
        (m.demoScenario?.(book, startSeconds) ?? []).map((b, i) => ({...b, moduleIndex, i}))
    )
    blocks.sort((a, b) => a.secondsAfterStart - b.secondsAfterStart || a.moduleIndex - b.moduleIndex || a.i - b.i)
    let last = startSeconds - 1
    return blocks.map((b) => {
        // strictly increasing timestamps, as the chain requires
        let timestamp = Math.max(startSeconds + b.secondsAfterStart, last + 1)
        last = timestamp
        return {timestamp, txs: b.txs}
    })
}
