import {describe, expect, it} from 'vitest'
import {devnet} from '../../lib/networks'
import {PROTOCOLS} from '../../lib/protocols'
import {buildDemoScenario} from '../../lib/devnet/scenario'

describe('demo scenario', () => {
    let blocks = buildDemoScenario(PROTOCOLS, devnet, 1_700_000_000)
    let emitted = blocks.flatMap((b) => b.txs.flat())

    it('has strictly increasing timestamps', () => {
        let ts = blocks.map((b) => b.timestamp!)
        expect(ts).toEqual([...ts].sort((a, b) => a - b))
        expect(new Set(ts).size).toBe(ts.length)
    })

    // every (address, topic0) a module asks the processor for is emitted at least once by the demo, so the demo
    // shows every event kind the squid handles
    for (let module of PROTOCOLS) {
        it(`covers every event kind the ${module.name} module requests`, () => {
            let missing: string[] = []
            for (let filter of module.filters(devnet)) {
                for (let topic0 of filter.topic0) {
                    let hit = emitted.some(
                        (l) => l.topics[0] == topic0 && (filter.address == null || filter.address.includes(l.address))
                    )
                    if (!hit) missing.push(`${topic0} at ${filter.address?.join(',') ?? 'any address'}`)
                }
            }
            expect(missing).toEqual([])
        })
    }
})
