import fs from 'fs'
import http from 'http'
import path from 'path'

/**
 * The dashboard's own small HTTP server: the page bundle (built by vite into lib/dashboard/public), POST /graphql
 * proxied to the GraphQL API (so the page is same-origin with its API wherever both run), and GET /chain-head:
 * the node's latest block, which the API does not know, for the "still syncing" progress bar. The page reads
 * everything else from the public GraphQL API.
 */
export interface DashboardServerOptions {
    port: number
    /** the GraphQL API the page queries, e.g. http://127.0.0.1:4350/graphql */
    graphqlUrl: string
    /** an http(s) Ethereum JSON-RPC endpoint asked for eth_blockNumber; never shown to the page */
    rpcUrl?: string
    /** the first block the processor indexes (the progress bar's 0 %) */
    firstBlock: number
    /** the built page (default: lib/dashboard/public next to this file) */
    publicDir?: string
    host?: string
}

export interface DashboardServer {
    url: string
    port: number
    close(): Promise<void>
}

export interface ChainHead {
    /** latest block of the node; null when it cannot be asked (the reason is in `error`) */
    head: number | null
    firstBlock: number
    error?: string
}

export const PUBLIC_DIR = path.resolve(__dirname, 'public')
const MAX_QUERY_BYTES = 256 * 1024
const HEAD_CACHE_MS = 1_000
const UPSTREAM_TIMEOUT_MS = 30_000
const RPC_TIMEOUT_MS = 4_000

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.json': 'application/json',
}

export async function startDashboardServer(options: DashboardServerOptions): Promise<DashboardServer> {
    let publicDir = options.publicDir ?? PUBLIC_DIR
    if (!fs.existsSync(path.join(publicDir, 'index.html'))) {
        throw new Error(`the dashboard page is not built (${path.join(publicDir, 'index.html')} is missing): run npm run build`)
    }
    let chainHead = cachedChainHead(options.rpcUrl, options.firstBlock)
    let server = http.createServer((req, res) => {
        let url = new URL(req.url ?? '/', 'http://dashboard')
        if (req.method == 'POST' && url.pathname == '/graphql') return void proxyGraphql(req, res, options.graphqlUrl)
        if (req.method == 'GET' && url.pathname == '/chain-head') {
            return void chainHead().then((h) => send(res, 200, 'application/json', JSON.stringify(h), {'cache-control': 'no-store'}))
        }
        if (req.method == 'GET' || req.method == 'HEAD') return serveFile(res, publicDir, url.pathname, req.method == 'HEAD')
        send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', {allow: 'GET, HEAD, POST'})
    })
    server.keepAliveTimeout = 5_000
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port, options.host, () => {
            server.off('error', reject)
            resolve()
        })
    })
    let port = (server.address() as {port: number}).port
    return {
        port,
        url: `http://localhost:${port}/`,
        close: () =>
            new Promise((resolve) => {
                server.close(() => resolve())
                server.closeAllConnections()
            }),
    }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
    res.writeHead(status, {'content-type': type, 'content-length': Buffer.byteLength(body), 'x-content-type-options': 'nosniff', ...headers})
    res.end(body)
}

function serveFile(res: http.ServerResponse, publicDir: string, pathname: string, headOnly: boolean) {
    let rel: string
    try {
        rel = pathname == '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
    } catch {
        return send(res, 400, 'text/plain; charset=utf-8', 'bad path\n')
    }
    let file = path.resolve(publicDir, rel)
    // nothing outside the bundle directory, whatever the path says
    if (!file.startsWith(publicDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return send(res, 404, 'text/plain; charset=utf-8', 'not found\n')
    }
    let body = fs.readFileSync(file)
    // hashed asset names change with their content; index.html must always be fresh
    let cache = rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': cache,
        'x-content-type-options': 'nosniff',
        // the page loads its own bundle and talks to its own origin only
        'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'",
    })
    res.end(headOnly ? undefined : body)
}

/** Forwards the page's GraphQL request; an API that does not answer is a 502 with a GraphQL-shaped error body. */
function proxyGraphql(req: http.IncomingMessage, res: http.ServerResponse, graphqlUrl: string) {
    let chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
        size += c.length
        if (size <= MAX_QUERY_BYTES) chunks.push(c)
        else if (!res.headersSent) {
            // answer at once, read the rest into nothing, then close: no buffering of an oversized body
            send(res, 413, 'application/json', JSON.stringify({errors: [{message: `query larger than ${MAX_QUERY_BYTES} bytes`}]}), {connection: 'close'})
        }
    })
    req.on('end', async () => {
        if (res.headersSent) return
        try {
            let upstream = await fetch(graphqlUrl, {
                method: 'POST',
                headers: {'content-type': 'application/json', accept: 'application/json'},
                body: Buffer.concat(chunks),
                signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
            })
            let body = Buffer.from(await upstream.arrayBuffer())
            send(res, upstream.status, upstream.headers.get('content-type') ?? 'application/json', body, {'cache-control': 'no-store'})
        } catch (e: any) {
            let message = `the GraphQL API at ${graphqlUrl} does not answer (${e?.cause?.code ?? e?.name ?? 'error'})`
            send(res, 502, 'application/json', JSON.stringify({errors: [{message, extensions: {code: 'API_UNREACHABLE'}}]}))
        }
    })
}

/** eth_blockNumber of the node, asked at most every few seconds whatever the number of open pages. */
function cachedChainHead(rpcUrl: string | undefined, firstBlock: number): () => Promise<ChainHead> {
    let last: {at: number; value: Promise<ChainHead>} | undefined
    return () => {
        if (last == null || Date.now() - last.at > HEAD_CACHE_MS) last = {at: Date.now(), value: askHead(rpcUrl, firstBlock)}
        return last.value
    }
}

async function askHead(rpcUrl: string | undefined, firstBlock: number): Promise<ChainHead> {
    if (rpcUrl == null || !/^https?:/.test(rpcUrl)) return {head: null, firstBlock, error: 'the chain head needs an http(s) RPC endpoint'}
    try {
        let res = await fetch(rpcUrl, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify({jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: []}),
            signal: AbortSignal.timeout(RPC_TIMEOUT_MS),
        })
        let body: any = await res.json()
        if (typeof body?.result != 'string') throw new Error(body?.error?.message ?? `HTTP ${res.status}`)
        return {head: Number(BigInt(body.result)), firstBlock}
    } catch (e: any) {
        // the URL may carry an API key: the reason only, never the URL
        return {head: null, firstBlock, error: `the RPC endpoint does not answer (${e?.cause?.code ?? e?.message ?? e})`}
    }
}
