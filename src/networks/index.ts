import {devnet} from './devnet'
import {mainnet} from './mainnet'
import {AddressBook} from './types'

export * from './types'
export {allContractAddresses} from './contracts'
export {mainnet, devnet}

export const NETWORKS = {mainnet, devnet} as const
export type NetworkName = keyof typeof NETWORKS

export function addressBook(name: NetworkName): AddressBook {
    return NETWORKS[name]
}
