import net from 'net'

export interface PortWanted {
    port: number
    /** the setting that chose it, named in the message */
    variable: string
    /** what would listen there, for the message ("the GraphQL API") */
    what: string
}

/** A port that is taken: the message names the variable to change. */
export class PortTakenError extends Error {
    constructor(readonly wanted: PortWanted, code: string) {
        super(
            code == 'EACCES'
                ? `${wanted.variable}=${wanted.port} cannot be used (${code}: ports below 1024 need root) for ${wanted.what}: set ${wanted.variable} to another port`
                : `${wanted.variable}=${wanted.port} is taken (another program listens on it), needed for ${wanted.what}: stop that program or set ${wanted.variable} to a free port`
        )
    }
}

/**
 * Checks, before anything is started, that each port can be listened on (on every interface, as the GraphQL
 * server and the metrics server do; loopback listeners count too). Port 0 (any free port) is skipped.
 * Throws PortTakenError for the first port taken.
 */
export async function checkPortsFree(wanted: PortWanted[]): Promise<void> {
    for (let w of wanted) {
        if (w.port == 0) continue
        let code = await tryListen(w.port)
        if (code) throw new PortTakenError(w, code)
    }
}

function tryListen(port: number): Promise<string | undefined> {
    return new Promise((resolve) => {
        let server = net.createServer()
        server.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'EADDRINUSE'))
        server.listen({port, exclusive: true}, () => server.close(() => resolve(undefined)))
    })
}
