import {deferAccounts} from '../../core/accounts'
import {tryDecode} from '../../core/skipped-logs'
import {BatchContext, ProtocolModule} from '../../core/types'
import {AddressBook} from '../../networks'
import {applyDeposits, SubmittedLog, TransferSharesLog} from './deposits'
import {STETH} from './events'
import {applyShareTransfers} from './shares'

export const lido: ProtocolModule = {
    name: 'lido',

    filters(book: AddressBook) {
        return [
            {
                address: [book.lido.steth.address],
                topic0: [STETH.Submitted.topic, STETH.TransferShares.topic],
                from: book.lido.steth.startBlock,
            },
        ]
    },

    async handleBatch(batch: BatchContext) {
        let steth = batch.book.lido.steth.address
        let submits: SubmittedLog[] = []
        let transferShares: TransferSharesLog[] = []
        let accounts = new Set<string>()

        // 1. decode (address and topic0 checked here too, not only in the processor filter)
        for (let block of batch.ctx.blocks) {
            for (let log of block.logs) {
                if (log.address != steth) continue
                switch (log.topics[0]) {
                    case STETH.Submitted.topic: {
                        let event = tryDecode(STETH.Submitted, log, batch.skipped)
                        if (event == null) break
                        submits.push({log, event})
                        accounts.add(event.sender.toLowerCase())
                        break
                    }
                    case STETH.TransferShares.topic: {
                        let event = tryDecode(STETH.TransferShares, log, batch.skipped)
                        if (event == null) break
                        transferShares.push({log, event})
                        accounts.add(event.from.toLowerCase())
                        accounts.add(event.to.toLowerCase())
                        break
                    }
                }
            }
        }
        if (submits.length == 0 && transferShares.length == 0) return

        // 2. load: one query per entity type
        deferAccounts(batch.cache, accounts)
        await batch.cache.load()

        // 3. mutate in memory, in chain order; main.ts saves once
        applyDeposits(batch, submits, transferShares, (s) => s.event.amount)
        applyShareTransfers(batch, transferShares)
    },
}
