import {Config} from '../config'
import {PortWanted} from '../ports'
import {embeddedDataDir, embeddedRunning} from '../postgres/database'

/** The ports a command will listen on, with the variable that sets each. */
export function commandPorts(config: Config, what: {api: boolean; processor: boolean}): PortWanted[] {
    let ports: PortWanted[] = []
    if (what.api) ports.push({port: config.gqlPort, variable: 'GQL_PORT', what: 'the GraphQL API'})
    if (what.processor) ports.push({port: config.prometheusPort, variable: config.prometheusPortVariable, what: "the processor's metrics"})
    // a running embedded database of this DATA_DIR is joined, its port is ours
    if (config.db.kind == 'embedded' && !embeddedRunning(embeddedDataDir(config))) {
        ports.push({port: config.db.port, variable: 'EMBEDDED_DB_PORT', what: 'the embedded PostgreSQL'})
    }
    return ports
}
