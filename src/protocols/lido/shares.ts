import {ensureAccount} from '../../core/accounts'
import {ZERO_ADDRESS} from '../../core/ids'
import {BatchContext} from '../../core/types'
import {TransferSharesLog} from './deposits'

/** stETH share balances from `TransferShares`: mints (from 0x0), burns (to 0x0) and transfers. */
export function applyShareTransfers(batch: BatchContext, transfers: TransferSharesLog[]): void {
    for (let {log, event} of transfers) {
        let from = event.from.toLowerCase()
        let to = event.to.toLowerCase()
        if (from != ZERO_ADDRESS) {
            let account = ensureAccount(batch.cache, from, log.block.height)
            account.stethShares -= event.sharesValue
        }
        if (to != ZERO_ADDRESS) {
            let account = ensureAccount(batch.cache, to, log.block.height)
            account.stethShares += event.sharesValue
        }
    }
}
