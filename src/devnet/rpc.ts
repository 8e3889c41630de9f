/** A minimal JSON-RPC client over HTTP (fetch), enough to drive anvil. */
export class JsonRpc {
    private nextId = 1

    constructor(readonly url: string) {}

    async call<T = any>(method: string, params: unknown[] = []): Promise<T> {
        let res = await fetch(this.url, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify({jsonrpc: '2.0', id: this.nextId++, method, params}),
        })
        let body: any = await res.json()
        if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`)
        return body.result as T
    }

    async blockNumber(): Promise<number> {
        return Number(await this.call<string>('eth_blockNumber'))
    }
}
