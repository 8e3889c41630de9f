import {blockTime} from '../../core/time'
import {Log} from '../../core/types'

/** The log fields every record made from a log carries. */
export function logFields(log: Log) {
    return {
        blockNumber: log.block.height,
        timestamp: blockTime(log.block),
        txHash: log.transactionHash,
        logIndex: log.logIndex,
    }
}
