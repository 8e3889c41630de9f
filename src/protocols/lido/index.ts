import {BatchContext, ProtocolModule} from '../../core/types'
import {AddressBook} from '../../networks'
import {LidoPart} from './part'
import {operatorsPart} from './operators'
import {queuePart} from './queue'
import {sharesPart} from './shares-part'

/** The parts after the shares part, in the order they run on each batch (they read its state and rates). */
const PARTS: LidoPart[] = [queuePart, operatorsPart]

export const lido: ProtocolModule = {
    name: 'lido',

    filters(book: AddressBook) {
        return [sharesPart, ...PARTS].flatMap((p) => p.filters(book))
    },

    async handleBatch(batch: BatchContext) {
        let lidoBatch = await sharesPart.run(batch)
        for (let part of PARTS) await part.handleBatch(batch, lidoBatch)
    },

    demoScenario(book: AddressBook) {
        return [sharesPart, ...PARTS].flatMap((p) => p.demoScenario?.(book) ?? [])
    },
}
