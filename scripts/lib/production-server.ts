// The production server exactly as `npm start` runs it (scripts/start.ts: migrations, seed,
// interrupted imports marked failed, build if needed, then apps/web/server/main.ts) for the
// benchmarks and the fault suite: in a process group of its own, so it can be killed whole as a
// crash or an OOM killer would, and measured whole (start.ts and the web server).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { ROOT } from "./build";

export interface ProductionServer {
  url: string;
  /** The process group's id (start.ts's launcher; the web server runs inside the group). */
  pid: number;
  /** Whether the process started has not exited. */
  alive(): boolean;
  /** The lines the server printed that report an uncaught exception or unhandled rejection. */
  uncaught(): string[];
  /** The last 40 lines it printed, for a report when it died. */
  lastLines(): string[];
  /** Resident memory of every process in the group, in bytes. */
  rssBytes(): number;
  /** Sends `signal` to the whole process group and waits until every process of it is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** SIGTERM, then SIGKILL if it lingers: for clean-up. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl: string;
  port: number;
  /** More environment for start.ts (SEED_DEMO, rate limits, RTI_DATA_DIR…). */
  env?: Record<string, string>;
  /** Each line the server prints; dropped by default. */
  onLine?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET /api/health's status code (null when nothing answers). */
export const healthStatus = (baseUrl: string) =>
  fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) }).then(
    (r) => r.status,
    () => null,
  );

/**
 * The live processes of group `pgid`, from Linux's /proc: a killed process whose parent died too
 * may stay a zombie (Z) until init reaps it, and signal 0 would still find it.
 */
function groupMembers(pgid: number): number[] {
  return readdirSync("/proc").flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      // After the command name in parentheses (which may hold spaces): state, ppid, pgrp.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const [state, , group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(group) === pgid && state !== "Z" ? [Number(name)] : [];
    } catch {
      return []; // ended while we looked
    }
  });
}

function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0; // gone meanwhile
  }
}

/** Starts the server and resolves once /api/health answers 200 (up to 15 minutes: start.ts may build first). */
export async function startProductionServer({ databaseUrl, port, env = {}, onLine = () => {} }: ServerOptions): Promise<ProductionServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ...env },
  });
  const pid = child.pid!;
  const uncaught: string[] = [];
  const last: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      onLine(line);
      if (last.push(line) > 40) last.shift();
      // Next.js logs these and carries on, but each is an error nothing in the app handled.
      if (/uncaughtException|unhandledRejection/.test(line)) uncaught.push(line);
    });
  }
  let exit: string | null = null;
  child.once("exit", (code, signal) => (exit = signal ?? `code ${code}`));

  const server: ProductionServer = {
    url,
    pid,
    alive: () => exit === null,
    uncaught: () => [...uncaught],
    lastLines: () => [...last],
    rssBytes: () => groupMembers(pid).reduce((sum, member) => sum + rssOf(member), 0),
    async kill(signal) {
      try {
        process.kill(-pid, signal);
      } catch {
        // The group has already ended.
      }
      for (let waited = 0; groupMembers(pid).length > 0; waited += 100) {
        if (waited > 30_000) throw new Error(`The server's process group ${pid} is still there 30 s after ${signal}.`);
        await sleep(100);
      }
    },
    async stop() {
      await server.kill("SIGTERM").catch(() => server.kill("SIGKILL"));
    },
  };

  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (exit !== null) {
      await server.stop();
      throw new Error(`The production server exited (${exit}) before /api/health answered; see its output.`);
    }
    if ((await healthStatus(url)) === 200) return server;
    await sleep(500);
  }
  await server.stop();
  throw new Error("The production server did not answer /api/health with 200 within 15 minutes; see its output.");
}
