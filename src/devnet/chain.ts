import {DEVNET_SENDER, emitCalldata, placeEmitter, RawLog} from './emitter'
import {JsonRpc} from './rpc'

/** One block to mine: its transactions, each a list of logs emitted in order (possibly from several addresses). */
export interface BlockSpec {
    /** unix seconds; must grow from block to block (anvil picks one when absent) */
    timestamp?: number
    txs: RawLog[][]
}

/**
 * Drives a devnet: places the log emitter at the protocols' addresses and mines blocks of replayed or
 * scenario logs. Every transaction is checked to have succeeded, so a test never waits for a log that was
 * never emitted.
 */
export class DevnetChain {
    constructor(readonly rpc: JsonRpc) {}

    async setup(addresses: Iterable<string>): Promise<void> {
        await placeEmitter(this.rpc, addresses)
    }

    /** Mines one block holding `spec.txs`; returns its number. */
    async mineBlock(spec: BlockSpec): Promise<number> {
        let hashes: string[] = []
        for (let logs of spec.txs) {
            if (logs.length == 0) continue
            let gas = 60_000 + logs.reduce((g, l) => g + 12_000 + 400 * l.topics.length + 20 * (l.data.length / 2), 0)
            hashes.push(
                await this.rpc.call('eth_sendTransaction', [
                    {from: DEVNET_SENDER, to: logs[0].address, data: emitCalldata(logs), gas: '0x' + gas.toString(16)},
                ])
            )
        }
        if (spec.timestamp != null) await this.rpc.call('evm_setNextBlockTimestamp', [spec.timestamp])
        await this.rpc.call('evm_mine', [])
        let height = await this.rpc.blockNumber()
        if (hashes.length > 0) {
            let receipts: any[] = await this.rpc.call('eth_getBlockReceipts', ['0x' + height.toString(16)])
            let failed = receipts.filter((r) => r.status != '0x1')
            if (receipts.length != hashes.length || failed.length > 0) {
                throw new Error(`block ${height}: ${failed.length} of ${hashes.length} emitter transactions failed`)
            }
        }
        return height
    }

    /** Mines empty blocks (to move a block past the finality window, say). */
    async mineEmpty(count: number): Promise<number> {
        await this.rpc.call('anvil_mine', ['0x' + count.toString(16)])
        return this.rpc.blockNumber()
    }

    async snapshot(): Promise<string> {
        return this.rpc.call('evm_snapshot')
    }

    async revert(id: string): Promise<void> {
        let ok = await this.rpc.call('evm_revert', [id])
        if (!ok) throw new Error(`evm_revert ${id} failed`)
    }
}
