/**
 * A throwaway PostgreSQL server for tests: Debian's binaries (installed with apt-get when missing
 * and we are root), a cluster in a temp dir, listening on 127.0.0.1 at a free port with its unix
 * socket in the same temp dir. Only the server this helper started is ever stopped (pg_ctl -D on
 * its own data dir).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../../devnet/free-port.js";

export interface TestPostgres {
  /** postgresql://postgres@127.0.0.1:PORT/DB */
  url: string;
  port: number;
  dir: string;
  /** Stops the server (data kept); `start()` brings it back on the same port. */
  stop(): void;
  start(): void;
  /** Stops the server and removes its directory. */
  destroy(): void;
  query<T extends pg.QueryResultRow = any>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Directory holding initdb and pg_ctl, newest version first; undefined if none is installed. */
export function findPgBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const bin = join(root, v, "bin");
      if (existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl"))) return bin;
    }
  }
  return undefined;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Installs Debian's postgresql when missing (root only). Returns the bin dir or undefined. */
export function ensurePostgresInstalled(): string | undefined {
  const found = findPgBin();
  if (found || !isRoot()) return found;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "ignore", env, timeout: 300_000 });
  if (install().status !== 0) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore", env, timeout: 300_000 });
    install();
  }
  return findPgBin();
}

/** Runs a PostgreSQL program as the cluster's owner (postgres when we are root: initdb refuses root). */
function runAs(user: string | undefined, bin: string, args: string[]): void {
  if (user) execFileSync("runuser", ["-u", user, "--", bin, ...args], { stdio: "pipe", timeout: 120_000 });
  else execFileSync(bin, args, { stdio: "pipe", timeout: 120_000 });
}

export async function startTestPostgres(database = "pogcs"): Promise<TestPostgres> {
  const bin = ensurePostgresInstalled();
  if (!bin) throw new Error("PostgreSQL binaries not found and cannot be installed (not root)");
  const dir = mkdtempSync(join(tmpdir(), "pogcs-pg-"));
  const data = join(dir, "data");
  let owner: string | undefined;
  if (isRoot()) {
    owner = "postgres";
    const uid = Number(execFileSync("id", ["-u", owner]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", owner]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const pgCtl = join(bin, "pg_ctl");
  runAs(owner, join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-locale"]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => runAs(owner, pgCtl, ["-D", data, "-l", join(dir, "server.log"), "-o", opts, "-w", "-t", "60", "start"]);
  const stop = () => runAs(owner, pgCtl, ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
  start();
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = `postgresql://postgres@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    port,
    dir,
    stop() {
      stop();
      stopped = true;
    },
    start() {
      start();
      stopped = false;
    },
    destroy() {
      try {
        if (!stopped) stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async query(sql, params) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query(sql, params)).rows;
      } finally {
        await c.end();
      }
    },
  };
}

/** Whether this process may run the PostgreSQL test here: binaries present, or root to install them. */
export function canHavePostgres(): boolean {
  return findPgBin() !== undefined || isRoot();
}
