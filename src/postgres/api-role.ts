import pg from 'pg'

/**
 * The read-only role the GraphQL API connects as (DB_API_USER / DB_API_PASS): it may read every table of
 * the squid (`public`, and `squid_processor` for squidStatus), including tables the processor creates
 * later, and nothing else; its sessions are read-only by default too. README "Run with your own PostgreSQL"
 * gives the same grants as SQL for a database you run; `npm start` applies these on the embedded one.
 */
export function apiRoleSql(role: string, password: string, database: string, owner: string): string[] {
    let r = ident(role)
    return [
        `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN CREATE ROLE ${r} LOGIN; END IF; END $$`,
        `ALTER ROLE ${r} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${literal(password)}`,
        `ALTER ROLE ${r} SET default_transaction_read_only = on`,
        `GRANT CONNECT ON DATABASE ${ident(database)} TO ${r}`,
        `CREATE SCHEMA IF NOT EXISTS squid_processor AUTHORIZATION ${ident(owner)}`,
        `GRANT USAGE ON SCHEMA public, squid_processor TO ${r}`,
        `GRANT SELECT ON ALL TABLES IN SCHEMA public, squid_processor TO ${r}`,
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public, squid_processor GRANT SELECT ON TABLES TO ${r}`,
    ]
}

/** Creates (or updates) the API role, connected as the owner of the squid's tables. */
export async function ensureApiRole(
    connection: {host: string; port: number; database: string; user: string; password: string},
    role: {user: string; pass: string}
): Promise<void> {
    let client = new pg.Client(connection)
    await client.connect()
    try {
        for (let sql of apiRoleSql(role.user, role.pass, connection.database, connection.user)) await client.query(sql)
    } finally {
        await client.end()
    }
}

function ident(name: string): string {
    return `"${name.replace(/"/g, '""')}"`
}

function literal(text: string): string {
    return `'${text.replace(/'/g, "''")}'`
}
