import {mainnet} from '../../networks/mainnet'

/**
 * Names for the addresses a reader recognises (the devnet reuses the mainnet addresses): EigenLayer strategies by
 * their token symbol, the LST tokens. Anything else is shown as a shortened address with the full one on hover.
 */
const NAMES = new Map<string, string>([
    [mainnet.eigenLayer.beaconChainEthStrategy, 'beacon-chain ETH'],
    ...mainnet.eigenLayer.strategies.map((s) => [s.address, `${s.symbol} strategy`] as [string, string]),
    [mainnet.lido.steth.address, 'stETH'],
    [mainnet.lido.wsteth.address, 'wstETH'],
    [mainnet.rocketPool.reth.address, 'rETH'],
])

export function nameOf(address: string | null | undefined): string | undefined {
    return address == null ? undefined : NAMES.get(address.toLowerCase())
}
