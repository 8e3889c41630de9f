/**
 * The GraphQL API: @subsquid/graphql-server's schema and database context (entities, squidStatus, custom
 * resolvers under lib/server-extension, the pool with `statement_timeout`), served by our own HTTP layer
 * so that every limit of `flags.ts` applies and every error answer is JSON with a one-line message.
 *
 *   node lib/api/server.js [--max-depth 6 ...]      (GQL_PORT, DB_*, optional DB_API_USER / DB_API_PASS)
 *
 * @subsquid/graphql-server 4.11.0 (pinned) builds the same schema and context in `Server`, but then runs an
 * Express app we cannot reach (HTML error pages for bad bodies, stack traces in errors, no depth limit);
 * so we take those two parts of it and serve them ourselves.
 */
import http from 'http'
import {createLogger} from '@subsquid/logger'
import {PluginDefinition} from '@subsquid/apollo-server-core'
import {ApolloServer} from '@subsquid/apollo-server-express'
import {Server} from '@subsquid/graphql-server/lib/server'
import {setupGraphiqlConsole} from '@subsquid/openreader/lib/server'
import {openreaderExecute} from '@subsquid/openreader/lib/util/execute'
import express from 'express'
import {GraphQLSchema} from 'graphql'
import type {Pool} from 'pg'
import {ConfigError, loadApiConfig} from '../config'
import {ApiFlagError, ApiLimits, parseApiFlags} from './flags'
import {bodyErrorMessage, formatApiError, httpErrorBody, oneLine, queryCostRule} from './limits'

const log = createLogger('sqd:graphql-server')

/** The parts of graphql-server's Server we use (private in its typings, stable in the pinned 4.11.0). */
interface ServerParts {
    schema(): Promise<GraphQLSchema>
    context(): Promise<() => {openreader: {close?(): Promise<void>}}>
    createPgPool(options?: unknown): Promise<Pool>
    disposals: (() => Promise<void>)[]
}

export interface RunningApi {
    port: number
    close(): Promise<void>
}

export async function startApi(limits: ApiLimits, port: number): Promise<RunningApi> {
    let parts = new Server({
        log,
        // 0 = off, as graphql-server treats a missing option
        maxResponseNodes: limits.maxResponseSize || undefined,
        sqlStatementTimeout: limits.sqlStatementTimeoutMs || undefined,
        maxRootFields: limits.maxRootFields || undefined,
    }) as unknown as ServerParts
    // an idle connection the database drops (restart, pg_terminate_backend, shutdown) is an 'error' event
    // on the pool; unhandled, it would end the whole API with a dump of the client object
    let createPgPool = parts.createPgPool.bind(parts)
    parts.createPgPool = async (options) => {
        let pool = await createPgPool(options)
        pool.on('error', (e) => log.warn(`a database connection was closed: ${oneLine(e.message)}; the next request opens a new one`))
        return pool
    }
    let schema = await parts.schema()
    let context = await parts.context()
    let dispose = async () => {
        for (let d of [...parts.disposals].reverse()) await d().catch((e) => log.error(oneLine(String(e?.message ?? e))))
    }

    let app = express()
    app.disable('x-powered-by')
    let apollo = new ApolloServer({
        schema,
        context,
        debug: false, // no stack traces in error answers
        introspection: true, // GraphiQL needs it
        stopOnTerminationSignals: false,
        allowBatchedHttpRequests: false,
        cache: 'bounded',
        validationRules: [queryCostRule(limits)],
        formatError: formatApiError(schema, limits) as any,
        executor: async (req) =>
            openreaderExecute(
                {
                    schema,
                    document: req.document,
                    rootValue: {},
                    contextValue: req.context,
                    variableValues: req.request.variables,
                    operationName: req.operationName,
                },
                {maxRootFields: limits.maxRootFields || undefined}
            ) as any,
        plugins: [closeOpenreaderContext],
    })
    await apollo.start()

    setupGraphiqlConsole(app)
    app.use('/graphql', jsonErrorAnswers)
    apollo.applyMiddleware({app: app as any, path: '/graphql', bodyParserConfig: {limit: limits.maxRequestSizeKb * 1024}})
    app.use((req, res) => {
        res.status(404).json(httpErrorBody(`nothing at ${req.method} ${req.path}: the GraphQL API is at /graphql`, 'NOT_FOUND'))
    })
    app.use((err: any, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        let {status, message, code} = bodyErrorMessage(err, limits)
        if (status >= 500) log.error(oneLine(String(err?.stack ?? err)))
        if (res.headersSent) return res.end()
        res.status(status).json(httpErrorBody(message, code))
    })

    let server = http.createServer(app)
    try {
        await new Promise<void>((resolve, reject) => {
            server.once('error', reject)
            server.listen(port, () => resolve())
        })
    } catch (e: any) {
        await apollo.stop().catch(() => {})
        await dispose()
        if (e?.code == 'EADDRINUSE') throw new ConfigError('GQL_PORT', 'a free port (this one is in use)', String(port))
        throw e
    }
    return {
        port: (server.address() as {port: number}).port,
        async close() {
            // stop taking requests, let running ones finish (5 s at most), then release the pool
            let closed = new Promise((resolve) => server.close(resolve))
            server.closeIdleConnections()
            let timer = setTimeout(() => server.closeAllConnections(), 5000)
            await closed
            clearTimeout(timer)
            await apollo.stop().catch(() => {})
            await dispose()
        },
    }
}

/** openreader keeps one read-only transaction per request; end it when the answer is sent. */
const closeOpenreaderContext: PluginDefinition = {
    async requestDidStart() {
        return {
            async willSendResponse(req: any) {
                await req.context.openreader.close?.()
            },
        }
    },
}

/**
 * Apollo answers some HTTP-level problems (no query, wrong method, bad content type) with a plain-text
 * body; wrap those in the JSON error shape so a client always gets JSON.
 */
function jsonErrorAnswers(_req: express.Request, res: express.Response, next: express.NextFunction): void {
    let send = res.send.bind(res)
    res.send = (body?: any) => {
        let type = String(res.getHeader('content-type') ?? '')
        if (res.statusCode >= 400 && typeof body == 'string' && !type.includes('json')) {
            res.type('application/json')
            return send(JSON.stringify(httpErrorBody(body, res.statusCode == 405 ? 'METHOD_NOT_ALLOWED' : 'BAD_REQUEST')))
        }
        return send(body)
    }
    next()
}

if (require.main === module) {
    let fail = (message: string, code: number) => {
        process.stderr.write(`stakewatch api: ${message}\n`)
        process.exit(code)
    }
    let limits: ApiLimits
    let config: ReturnType<typeof loadApiConfig>
    try {
        limits = parseApiFlags(process.argv.slice(2))
        config = loadApiConfig()
    } catch (e) {
        if (e instanceof ApiFlagError || e instanceof ConfigError) fail(e.message, 2)
        throw e
    }
    // the API connects as the read-only role when one is given (see README "Run with your own PostgreSQL"),
    // named in pg_stat_activity
    Object.assign(process.env, config.dbEnv)
    process.env.PGAPPNAME ||= 'stakewatch-api'
    startApi(limits!, config!.port).then(
        (api) => {
            log.info(`listening on port ${api.port}`)
            let stop = () => {
                process.off('SIGINT', stop)
                process.off('SIGTERM', stop)
                api.close().then(
                    () => process.exit(0),
                    (e) => fail(oneLine(String(e?.message ?? e)), 1)
                )
            }
            process.on('SIGINT', stop)
            process.on('SIGTERM', stop)
        },
        (e) => fail(oneLine(String(e?.message ?? e)), e instanceof ConfigError ? 2 : 1)
    )
}
