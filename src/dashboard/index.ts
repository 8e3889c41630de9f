import type {Config} from '../config'
import {addressBook} from '../networks'
import {PROTOCOLS} from '../protocols'
import {stakewatchLogger} from '../telemetry/log'
import {startDashboardServer} from './server'

/**
 * `npm start`, `npm run serve` and `npm run demo` call this once: the dashboard page on DASHBOARD_PORT, talking to
 * the GraphQL API on GQL_PORT. The dashboard is an extra: when it cannot start (port taken, page not built) the
 * command says so in one line and goes on serving the API.
 */
export async function startDashboard(config: Config): Promise<void> {
    if (config.dashboardPort == null) return
    let book = addressBook(config.network)
    let firstBlock = config.fromBlock ?? Math.min(...PROTOCOLS.flatMap((m) => m.filters(book)).map((f) => f.from))
    try {
        let server = await startDashboardServer({
            port: config.dashboardPort,
            graphqlUrl: `http://127.0.0.1:${config.gqlPort}/graphql`,
            rpcUrl: config.rpc.url,
            firstBlock,
        })
        stakewatchLogger('dashboard').info(`dashboard at ${server.url}`)
    } catch (e: any) {
        let reason = e?.code == 'EADDRINUSE' ? `port ${config.dashboardPort} is in use (set DASHBOARD_PORT to a free port, or off)` : e?.message ?? String(e)
        stakewatchLogger('dashboard').warn(`dashboard not started: ${reason}`)
    }
}
