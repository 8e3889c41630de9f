import {analyticsDemo} from '../analytics/demo'
import {ProtocolModule, ScenarioBlock} from '../core/types'
import {AddressBook} from '../networks'
import {BlockSpec} from './chain'

/** Stories across protocols: part of the demo when every module they use is (src/analytics/demo). */
const CROSS_PROTOCOL_STORIES: {modules: string[]; blocks: (book: AddressBook, startSeconds: number) => ScenarioBlock[]}[] = [
    {modules: ['lido', 'rocketpool', 'eigenlayer'], blocks: analyticsDemo},
]

/**
 * The demo scenario: every protocol module's own scenario blocks and the cross-protocol stories of those modules,
 * merged on one timeline starting at `startSeconds` (blocks at the same offset keep their source's order; each
 * gets its own second).
 */
export function buildDemoScenario(modules: ProtocolModule[], book: AddressBook, startSeconds: number): BlockSpec[] {
    let names = new Set(modules.map((m) => m.name))
    let sources = [
        ...modules.map((m) => (b: AddressBook, s: number) => m.demoScenario?.(b, s) ?? []),
        ...CROSS_PROTOCOL_STORIES.filter((story) => story.modules.every((n) => names.has(n))).map((story) => story.blocks),
    ]
    let blocks = sources.flatMap((source, sourceIndex) => source(book, startSeconds).map((b, i) => ({...b, sourceIndex, i})))
    blocks.sort((a, b) => a.secondsAfterStart - b.secondsAfterStart || a.sourceIndex - b.sourceIndex || a.i - b.i)
    let last = startSeconds - 1
    return blocks.map((b) => {
        // strictly increasing timestamps, as the chain requires
        let timestamp = Math.max(startSeconds + b.secondsAfterStart, last + 1)
        last = timestamp
        return {timestamp, txs: b.txs}
    })
}
