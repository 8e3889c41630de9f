import {AddressBook} from '../networks'
import {BlockSpec} from './chain'

/** Every fixed contract address of the book: where the devnet places the log emitter. */
export function allContractAddresses(book: AddressBook): string[] {
    let out = new Set<string>()
    let walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk)
        else if (value && typeof value == 'object') Object.values(value).forEach(walk)
        else if (typeof value == 'string' && /^0x[0-9a-f]{40}$/.test(value)) out.add(value)
    }
    walk(book)
    // the beacon-chain ETH pseudo-strategy is not a contract
    out.delete(book.eigenLayer.beaconChainEthStrategy)
    return [...out]
}

/** The book's addresses and every other address a scenario's logs come from (contracts made at run time, such as EigenPods). */
export function scenarioAddresses(book: AddressBook, blocks: BlockSpec[]): string[] {
    let out = new Set(allContractAddresses(book))
    for (let b of blocks) for (let tx of b.txs) for (let log of tx) out.add(log.address.toLowerCase())
    return [...out]
}
