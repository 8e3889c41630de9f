import {BenchGenerator} from './types'
import {eigenLayerGenerator} from './eigenlayer'
import {lidoGenerator} from './lido'
import {rocketPoolGenerator} from './rocketpool'

/**
 * Bulk generators by module name. A module without one still gets every event kind into the history
 * through its `demoScenario` (replayed once at the start); add a generator here to give it realistic volume.
 */
export const BENCH_GENERATORS: Record<string, () => BenchGenerator> = {
    lido: lidoGenerator,
    rocketpool: rocketPoolGenerator,
    eigenlayer: eigenLayerGenerator,
}

export * from './types'
