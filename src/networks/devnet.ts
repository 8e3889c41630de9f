import {mainnet} from './mainnet'
import {AddressBook} from './types'

/**
 * Devnet: the mainnet address book with every start block at 0. A local chain (anvil) gets the emitter
 * contract placed at the real mainnet addresses, so replayed mainnet logs route to the same decoders.
 */
export const devnet: AddressBook = zeroStartBlocks({...mainnet, name: 'devnet'})

function zeroStartBlocks<T>(value: T): T {
    if (Array.isArray(value)) return value.map(zeroStartBlocks) as T
    if (value && typeof value == 'object') {
        let out: any = {}
        for (let [k, x] of Object.entries(value)) out[k] = k == 'startBlock' ? 0 : zeroStartBlocks(x)
        return out
    }
    return value
}
