// The database the export and import commands work on: DATABASE_URL, or else the embedded one
// that `npm start` keeps in RTI_DATA_DIR (.rti-data), opened here while `npm start` is stopped.
import { existsSync } from "node:fs";
import path from "node:path";
import { assertReachable } from "../reachable";
import { ConfigError, redactUrl } from "../config";
import { startEmbeddedPostgres } from "../embedded";
import { repoRoot } from "../migrate/files";

export interface CliDatabase {
  url: string;
  /** For messages: the redacted URL or the embedded database's folder. */
  label: string;
  close(): Promise<void>;
}

/** `mustExist`: the export needs data to read, the import makes the embedded database when there is none. */
export async function openCliDatabase(opts: { mustExist: boolean }): Promise<CliDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await assertReachable(url);
    return { url, label: redactUrl(url), close: async () => {} };
  }
  const dataDir = path.resolve(repoRoot(), process.env.RTI_DATA_DIR ?? ".rti-data", "pglite");
  const relative = path.relative(process.cwd(), dataDir);
  const shown = relative.startsWith("..") ? dataDir : relative;
  if (opts.mustExist && !existsSync(dataDir)) {
    throw new ConfigError(`There is no embedded database in ${shown}: set DATABASE_URL, or run \`npm start\` once to make it.`);
  }
  // PGlite writes this file while a process has the folder open and removes it on close. Two
  // processes on one folder would corrupt it, so while `npm start` runs (or after it was killed
  // without closing), refuse.
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new ConfigError(
      `The embedded database in ${shown} is open in another process (is \`npm start\` running?): stop it first. If nothing uses it, it was not closed cleanly; start and stop \`npm start\` once.`,
    );
  }
  const embedded = await startEmbeddedPostgres({ dataDir });
  return { url: embedded.url, label: `the embedded database in ${shown}`, close: () => embedded.stop() };
}

/**
 * The file a command names (its first argument), resolved from where npm was run (npm runs
 * scripts in the package's folder); "-" for standard input or output. Without one, `usage` and exit.
 */
export function fileArgument(usage: string): string {
  const given = process.argv[2];
  if (!given) {
    console.error(usage);
    process.exit(1);
  }
  return given === "-" ? given : path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
}
