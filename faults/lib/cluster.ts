// A PostgreSQL cluster of the test's own, made with the machine's server programs in a temporary
// folder, that the test may crash and restart (the machine's shared server must never be).
// PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { log } from "./log";
import { freePortIn } from "./ports";

const run = promisify(execFile);

export interface PrivateCluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres, trust authentication. */
  url: string;
  /** `pg_ctl restart -m immediate`: every backend killed mid-work, crash recovery on the way up. */
  crashRestart(): Promise<void>;
  /** Stops the cluster and removes its folder. */
  remove(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
function serverBinDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // No pg_config on PATH; look where Debian and Ubuntu install the server.
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, "bin")));
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
  if (!found) {
    throw new Error(
      "The fault tests need PostgreSQL's server programs (initdb and pg_ctl) to run a cluster they may restart, and found none (neither via pg_config --bindir nor in /usr/lib/postgresql/*/bin): install the PostgreSQL server (Debian/Ubuntu: apt-get install postgresql).",
    );
  }
  return found;
}

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = serverBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "rti-faults-pg-"));
  if (asRoot) {
    const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()));
    chownSync(dir, uid!, gid!);
  }
  const pg = (program: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]) : run(path.join(bin, program), args);
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  // -l every time: a postmaster without a log file keeps pg_ctl's output pipe open, and the
  // promise of the command would never settle.
  const pgCtl = (...args: string[]) => pg("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "120", ...args]);

  let started = false;
  try {
    await pg("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const port = await freePortIn(55400, 55499);
    // Sockets in the cluster's own folder; TCP on 127.0.0.1 only.
    await pgCtl("start", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`);
    started = true;
    log(`private PostgreSQL cluster (${bin}) on port ${port}, data in ${data}`);
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      async crashRestart() {
        // restart reuses the options the postmaster was started with (postmaster.opts).
        await pgCtl("restart", "-m", "immediate");
      },
      async remove() {
        await pgCtl("stop", "-m", "immediate").catch((error: unknown) => log(`could not stop the private cluster: ${String(error)}`));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (started) await pgCtl("stop", "-m", "immediate").catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
