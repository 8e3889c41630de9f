import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {DashboardServer, startDashboardServer} from '../../src/dashboard/server'
import {freePort} from '../../src/devnet/ports'

// The dashboard's small HTTP server on loopback: a stand-in GraphQL API and RPC node (plain HTTP servers) on
// one side, plain HTTP requests on the other.

function listen(handler: http.RequestListener): Promise<{url: string; close: () => Promise<void>; bodies: string[]}> {
    let bodies: string[] = []
    let server = http.createServer((req, res) => {
        let chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', () => {
            bodies.push(Buffer.concat(chunks).toString())
            handler(req, res)
        })
    })
    return new Promise((resolve) =>
        server.listen(0, '127.0.0.1', () =>
            resolve({url: `http://127.0.0.1:${(server.address() as any).port}`, bodies, close: () => new Promise((r) => server.close(() => r()))})
        )
    )
}

/** A raw request (the path as written, not normalised the way fetch would). */
function raw(port: number, method: string, pathname: string, body?: string): Promise<{status: number; headers: http.IncomingHttpHeaders; body: string}> {
    return new Promise((resolve, reject) => {
        let req = http.request({host: '127.0.0.1', port, method, path: pathname, agent: false, headers: body ? {'content-type': 'application/json'} : {}}, (res) => {
            let chunks: Buffer[] = []
            res.on('data', (c) => chunks.push(c))
            res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString()}))
        })
        req.on('error', reject)
        req.end(body)
    })
}

describe('the dashboard server', () => {
    let dir: string
    let api: Awaited<ReturnType<typeof listen>>
    let rpc: Awaited<ReturnType<typeof listen>>
    let server: DashboardServer

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-dashboard-'))
        fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>page</title>')
        fs.mkdirSync(path.join(dir, 'assets'))
        fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)')
        fs.writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret')
        api = await listen((req, res) => {
            res.writeHead(200, {'content-type': 'application/json'})
            res.end(JSON.stringify({data: {echo: api.bodies[api.bodies.length - 1]}}))
        })
        rpc = await listen((req, res) => {
            res.writeHead(200, {'content-type': 'application/json'})
            res.end(JSON.stringify({jsonrpc: '2.0', id: 1, result: '0x1f4'}))
        })
        server = await startDashboardServer({port: 0, host: '127.0.0.1', graphqlUrl: `${api.url}/graphql`, rpcUrl: rpc.url, firstBlock: 7, publicDir: dir})
    })
    afterAll(async () => {
        await server?.close()
        await api?.close()
        await rpc?.close()
        fs.rmSync(dir, {recursive: true, force: true})
        fs.rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), {force: true})
    })

    it('serves the page and its assets, with a same-origin content security policy', async () => {
        let page = await raw(server.port, 'GET', '/')
        expect(page.status).toBe(200)
        expect(page.body).toContain('<title>page</title>')
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
        expect(page.headers['content-security-policy']).toContain("connect-src 'self'")
        expect(page.headers['cache-control']).toBe('no-cache')
        let asset = await raw(server.port, 'GET', '/assets/index-abc.js')
        expect(asset).toMatchObject({status: 200, body: 'console.log(1)'})
        expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
        expect(asset.headers['cache-control']).toContain('immutable')
        expect((await raw(server.port, 'GET', '/nope.js')).status).toBe(404)
    })

    it('never serves a file outside the bundle directory', async () => {
        let secret = `${path.basename(dir)}-secret.txt`
        for (let p of [`/../${secret}`, `/%2e%2e/${secret}`, `/..%2f${secret}`, '/%E0%A4%A']) {
            let res = await raw(server.port, 'GET', p)
            expect(res.status, p).toBeGreaterThanOrEqual(400)
            expect(res.body, p).not.toContain('secret')
        }
        expect((await raw(server.port, 'DELETE', '/')).status).toBe(405)
    })

    it('forwards POST /graphql to the API as sent, and answers 502 in GraphQL shape when the API is down', async () => {
        let query = JSON.stringify({query: '{ squidStatus { height } }'})
        let res = await raw(server.port, 'POST', '/graphql', query)
        expect(res.status).toBe(200)
        expect(JSON.parse(res.body)).toEqual({data: {echo: query}})

        let dead = await freePort()
        let orphan = await startDashboardServer({port: 0, host: '127.0.0.1', graphqlUrl: `http://127.0.0.1:${dead}/graphql`, firstBlock: 0, publicDir: dir})
        try {
            let down = await raw(orphan.port, 'POST', '/graphql', query)
            expect(down.status).toBe(502)
            let body = JSON.parse(down.body)
            expect(body.errors[0].extensions.code).toBe('API_UNREACHABLE')
            expect(body.errors[0].message).toBe(`the GraphQL API at http://127.0.0.1:${dead}/graphql does not answer (ECONNREFUSED)`)
        } finally {
            await orphan.close()
        }
        let big = await raw(server.port, 'POST', '/graphql', JSON.stringify({query: 'x'.repeat(300 * 1024)}))
        expect(big.status).toBe(413)
        expect(api.bodies.some((b) => b.length > 256 * 1024)).toBe(false) // never forwarded
    })

    it('GET /chain-head: the node’s eth_blockNumber and the first indexed block; a node that does not answer is a reason, never its URL', async () => {
        let res = await raw(server.port, 'GET', '/chain-head')
        expect(JSON.parse(res.body)).toEqual({head: 500, firstBlock: 7})
        expect(JSON.parse(rpc.bodies[rpc.bodies.length - 1])).toMatchObject({method: 'eth_blockNumber', params: []})

        let dead = await freePort()
        let blind = await startDashboardServer({port: 0, host: '127.0.0.1', graphqlUrl: `${api.url}/graphql`, rpcUrl: `http://127.0.0.1:${dead}/v3/SECRETKEY`, firstBlock: 0, publicDir: dir})
        let ws = await startDashboardServer({port: 0, host: '127.0.0.1', graphqlUrl: `${api.url}/graphql`, rpcUrl: 'wss://node.example/ws', firstBlock: 0, publicDir: dir})
        try {
            let head = JSON.parse((await raw(blind.port, 'GET', '/chain-head')).body)
            expect(head).toMatchObject({head: null, firstBlock: 0})
            expect(head.error).toContain('the RPC endpoint does not answer')
            expect(head.error).not.toContain('SECRETKEY')
            expect(JSON.parse((await raw(ws.port, 'GET', '/chain-head')).body)).toEqual({head: null, firstBlock: 0, error: 'the chain head needs an http(s) RPC endpoint'})
        } finally {
            await blind.close()
            await ws.close()
        }
    })

    it('refuses to start without the built page, saying how to build it', async () => {
        let empty = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-dashboard-empty-'))
        try {
            await expect(startDashboardServer({port: 0, graphqlUrl: 'http://127.0.0.1:1/graphql', firstBlock: 0, publicDir: empty})).rejects.toThrow(/is not built .* run npm run build/)
        } finally {
            fs.rmSync(empty, {recursive: true, force: true})
        }
    })
})
