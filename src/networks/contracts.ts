import {AddressBook} from './types'

/** Every fixed contract address of the book (the beacon-chain ETH pseudo-strategy is not a contract). */
export function allContractAddresses(book: AddressBook): string[] {
    let out = new Set<string>()
    let walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk)
        else if (value && typeof value == 'object') Object.values(value).forEach(walk)
        else if (typeof value == 'string' && /^0x[0-9a-f]{40}$/.test(value)) out.add(value)
    }
    walk(book)
    out.delete(book.eigenLayer.beaconChainEthStrategy)
    return [...out]
}
