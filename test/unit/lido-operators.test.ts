import {describe, expect, it} from 'vitest'
import {IGNORED_OPERATOR_EVENTS, OPERATOR_ABI_FILES, OPERATOR_EVENTS, operatorId} from '../../lib/protocols/lido/operators-events'
import {encodeEvent} from '../../lib/core/encode'

describe('NodeOperatorsRegistry events, every era', () => {
    it('every event of the current, V2 and V1 files is either handled or deliberately ignored', () => {
        let handled = new Set(Object.keys(OPERATOR_EVENTS))
        let ignored = new Set(IGNORED_OPERATOR_EVENTS)
        for (let [era, abi] of Object.entries(OPERATOR_ABI_FILES)) {
            for (let name of Object.keys(abi.events)) {
                expect([era, name, handled.has(name) || ignored.has(name)]).toEqual([era, name, true])
            }
        }
    })

    it('a handled event has the same topic0 and layout in every file that declares it (one decoder serves all eras)', () => {
        for (let [name, ev] of Object.entries(OPERATOR_EVENTS)) {
            for (let abi of Object.values(OPERATOR_ABI_FILES)) {
                let other = (abi.events as any)[name]
                if (other == null) continue
                expect(other.topic).toBe(ev.topic)
                expect(Object.values(other.params).map((c: any) => !!c.indexed)).toEqual(Object.values(ev.params).map((c: any) => !!c.indexed))
            }
        }
    })

    it("reads the operator id under V1's name (id) and the later one (nodeOperatorId)", () => {
        let v1 = OPERATOR_ABI_FILES.v1.events.NodeOperatorNameSet
        let log = encodeEvent('0x' + '11'.repeat(20), v1, {id: 7n, name: 'x'})
        // decoded with the current file's definition (what the handler uses), and with V1's
        expect(operatorId(OPERATOR_EVENTS.NodeOperatorNameSet.decode(log))).toBe(7n)
        expect(operatorId(v1.decode(log) as any)).toBe(7n)
    })
})
