import {describe, expect, it} from 'vitest'
import {encodeEvent} from '../../lib/core/encode'
import {CONTRACTS, decodeTable, NODE_OPERATORS_SPEC, operatorId} from '../../lib/protocols/lido/contracts'
import {lidoFilters} from '../../lib/protocols/lido/decode'
import {devnet} from '../../lib/networks'

function layout(ev: any) {
    return {topic: ev.topic, indexed: Object.values(ev.params).map((c: any) => !!c.indexed)}
}

describe('Lido contracts: every era file of every ABI', () => {
    for (let [name, spec] of Object.entries(CONTRACTS)) {
        it(`${name}: each event of each era file is handled or deliberately ignored, never both`, () => {
            let handled = new Set(Object.keys(spec.handled))
            let unlisted: string[] = []
            for (let [file, abi] of Object.entries(spec.eras)) {
                for (let event of Object.keys(abi.events)) if (!handled.has(event) && !spec.ignored.includes(event)) unlisted.push(`${file}:${event}`)
            }
            expect(unlisted).toEqual([])
            expect(spec.ignored.filter((n) => handled.has(n))).toEqual([])
        })

        it(`${name}: a handled event has the same topic0 and indexed layout in every era file declaring it`, () => {
            for (let [event, def] of Object.entries(spec.handled)) {
                let declared = Object.values(spec.eras).filter((abi) => event in abi.events)
                expect([event, declared.length > 0]).toEqual([event, true])
                for (let abi of declared) expect([event, layout((abi.events as any)[event])]).toEqual([event, layout(def)])
            }
        })
    }

    it('the processor is asked for exactly the handled topic0s, one request per contract', () => {
        let filters = lidoFilters(devnet)
        let byAddress = new Map(filters.flatMap((f) => f.address!.map((a) => [a, new Set(f.topic0)] as const)))
        let steth = CONTRACTS.steth
        expect(byAddress.get(devnet.lido.steth.address)).toEqual(new Set([...decodeTable('steth').keys()]))
        expect(byAddress.get(devnet.lido.nodeOperatorRegistries[1].address)).toEqual(new Set(Object.values(NODE_OPERATORS_SPEC.handled).map((e) => e.topic)))
        // the stETH ERC-20 Transfer and the unstETH ERC-721 Transfer share topic0, at different addresses
        expect(CONTRACTS.withdrawalQueue.handled.Transfer.topic).toBe(steth.handled.Transfer.topic)
        expect(layout(CONTRACTS.withdrawalQueue.handled.Transfer).indexed).toEqual([true, true, true])
    })

    it("reads the operator id under V1's name (id) and the later one (nodeOperatorId)", () => {
        let v1 = NODE_OPERATORS_SPEC.eras['NodeOperatorsRegistry.v1.json'].events.NodeOperatorNameSet
        let log = encodeEvent('0x' + '11'.repeat(20), v1 as any, {id: 7n, name: 'x'})
        // decoded with the handled definition (what the handler uses), and with V1's
        expect(operatorId(NODE_OPERATORS_SPEC.handled.NodeOperatorNameSet.decode(log) as any)).toBe(7n)
        expect(operatorId(v1.decode(log) as any)).toBe(7n)
    })
})
