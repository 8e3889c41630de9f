import {BatchContext, ProtocolModule} from '../../core/types'
import {AddressBook} from '../../networks'
import {decodeLidoLogs, lidoFilters} from './decode'
import {operatorsPart} from './operators'
import {LidoPart} from './part'
import {queuePart} from './queue'
import {applySharesPart} from './shares-part'
import {lidoDemo} from './demo'

/** The parts after the shares part, in the order they run on each batch (they read its state and rates). */
const PARTS: LidoPart[] = [queuePart, operatorsPart]

export const lido: ProtocolModule = {
    name: 'lido',

    filters: lidoFilters,

    async handleBatch(batch: BatchContext) {
        let logs = decodeLidoLogs(batch)
        if (logs.shares.length + logs.queue.length + logs.operators.length == 0) return
        let lidoBatch = await applySharesPart(batch, logs.shares)
        for (let part of PARTS) await part.handleBatch(batch, lidoBatch, logs)
    },

    demoScenario: (book: AddressBook) => lidoDemo(book),
}
