import {AddressBook, allContractAddresses} from '../networks'

/** The devnet places the log emitter at every fixed contract address of the book (see networks/contracts.ts). */
export {allContractAddresses}
import {BlockSpec} from './chain'

/** The book's addresses and every other address a scenario's logs come from (contracts made at run time, such as EigenPods). */
export function scenarioAddresses(book: AddressBook, blocks: BlockSpec[]): string[] {
    let out = new Set(allContractAddresses(book))
    for (let b of blocks) for (let tx of b.txs) for (let log of tx) out.add(log.address.toLowerCase())
    return [...out]
}
