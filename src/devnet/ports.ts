import net from 'net'

/** A TCP port free on loopback right now (the OS picks it). */
export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        let server = net.createServer()
        server.unref()
        server.on('error', reject)
        server.listen(0, '127.0.0.1', () => {
            let port = (server.address() as net.AddressInfo).port
            server.close(() => resolve(port))
        })
    })
}
