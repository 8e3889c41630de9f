import {Logger} from '@subsquid/logger'
import {Config, redact} from './config'

const MAINNET_CHAIN_ID = 1

/**
 * Before syncing, ask the RPC endpoint for its chain id and the gateway for its height, so a user sees at once
 * why nothing moves. Unreachable sources are a warning (the processor keeps retrying); an RPC on the wrong
 * chain for NETWORK=mainnet is an error, since it would index another chain's logs as mainnet's.
 */
export async function checkSources(config: Config, log: Logger): Promise<void> {
    let rpc = redact(config.rpc.url)
    if (config.rpc.url.startsWith('http')) {
        try {
            let res = await fetch(config.rpc.url, {
                method: 'POST',
                headers: {'content-type': 'application/json'},
                body: JSON.stringify({jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: []}),
                signal: AbortSignal.timeout(10_000),
            })
            let body: any = await res.json()
            let chainId = Number(body.result)
            if (config.network == 'mainnet' && chainId != MAINNET_CHAIN_ID) {
                throw new WrongChainError(`RPC_ETH_HTTP ${rpc} serves chain id ${chainId}, not Ethereum mainnet (1); use NETWORK=devnet for a local chain`)
            }
        } catch (e) {
            if (e instanceof WrongChainError) throw e
            log.warn(`cannot reach the RPC endpoint ${rpc} (${reason(e)}); waiting for it, the processor retries on its own`)
        }
    }
    if (config.gateway) {
        try {
            let res = await fetch(`${config.gateway}/height`, {signal: AbortSignal.timeout(10_000)})
            if (!res.ok) throw new Error(`HTTP ${res.status}`)
        } catch (e) {
            log.warn(`cannot reach the SQD gateway ${config.gateway} (${reason(e)}); waiting for it, the processor retries on its own`)
        }
    }
}

export class WrongChainError extends Error {}

function reason(e: unknown): string {
    let err = e as any
    return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e)
}
