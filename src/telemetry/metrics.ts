import {Counter, Gauge, Histogram, Registry} from 'prom-client'
import type {BatchTelemetry} from '../batch-handler'
import {LogFilter} from '../core/types'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * stakewatch's own figures on the processor's Prometheus endpoint (PROMETHEUS_PORT), next to the SDK's
 * `sqd_processor_*` ones: events handled per protocol, undecodable logs skipped per protocol, and the time
 * each batch takes to write.
 */
export class SquidMetrics implements BatchTelemetry {
    readonly events: Counter<'protocol'>
    readonly skippedLogs: Counter<'protocol'>
    readonly batchWrite: Histogram<string>

    constructor(private registry: Registry) {
        this.events = new Counter({
            name: 'stakewatch_events_handled_total',
            help: 'Logs handed to a protocol module (matched by its filters), by protocol',
            labelNames: ['protocol'],
            registers: [registry],
        })
        this.skippedLogs = new Counter({
            name: 'stakewatch_skipped_logs_total',
            help: 'Logs that matched a filter but could not be decoded (kept in skippedLogs), by protocol',
            labelNames: ['protocol'],
            registers: [registry],
        })
        this.batchWrite = new Histogram({
            name: 'stakewatch_batch_write_seconds',
            help: 'Time to write one batch (every entity type saved once)',
            buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
            registers: [registry],
        })
    }

    skipped(protocol: string, count: number): void {
        this.skippedLogs.inc({protocol}, count)
    }

    writeTimer(): () => void {
        return this.batchWrite.startTimer()
    }

    /**
     * The registry the processor serves. The SDK keeps it private (EvmBatchProcessor.getPrometheusServer()
     * and PrometheusServer.registry); test/integration/reliability-logs.test.ts fails if that changes.
     */
    static ofProcessor(processor: unknown): SquidMetrics {
        let registry = (processor as any).getPrometheusServer?.()?.registry
        if (!(registry instanceof Registry)) throw new Error('the processor has no Prometheus registry to add our metrics to')
        return new SquidMetrics(registry)
    }

    /** The SDK's `sqd_processor_chain_height` (the head it syncs to), or undefined before it knows. */
    async chainHeight(): Promise<number | undefined> {
        let gauge = this.registry.getSingleMetric('sqd_processor_chain_height') as Gauge<string> | undefined
        let value = (await gauge?.get())?.values[0]?.value
        return value != null && value >= 0 ? value : undefined
    }
}

/** Which protocol a log belongs to, by the filters each module declares (address + topic0, or topic0 alone). */
export class ProtocolMatcher {
    private bound = new Map<string, string>()
    private free = new Map<string, string>()

    constructor(modules: {name: string; filters: LogFilter[]}[]) {
        for (let m of modules) {
            for (let f of m.filters) {
                for (let t of f.topic0) {
                    if (f.address == null) this.free.set(t.toLowerCase(), m.name)
                    else for (let a of f.address) this.bound.set(`${a.toLowerCase()}:${t.toLowerCase()}`, m.name)
                }
            }
        }
    }

    protocolOf(log: {address: string; topics: string[]}): string | undefined {
        let t = log.topics[0]
        if (t == null) return undefined
        return this.bound.get(`${log.address}:${t}`) ?? this.free.get(t)
    }
}
