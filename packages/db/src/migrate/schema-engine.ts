// Prisma's schema engine compiled to WebAssembly, used only to turn one Prisma schema into
// another as SQL. The Rust engine binary behind `prisma migrate` cannot be downloaded on our
// machines, and the wasm engine's introspection of live databases fails, so a diff between
// two datamodels is all we ask of it.
import { readFile } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

export interface DiffOptions {
  /** Datamodel the database is at; null for an empty database. */
  from: string | null;
  /** Datamodel to migrate to. */
  to: string;
  /** Any reachable PostgreSQL: the engine connects on creation even though a diff never queries it. */
  databaseUrl: string;
}

// The package entry imports the .wasm file as an ES module, which Node 20 refuses, so we
// instantiate it against the JS glue ourselves. Once per process: wasm-bindgen keeps global
// state in the glue module and fails when it is initialised twice.
let engineClass: Promise<typeof SchemaEngine> | undefined;

function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmUrl = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

const SCHEMA_PATH = "schema.prisma";

/** SQL taking a database from `from` to `to`; '' when the two datamodels need no change. */
export async function diffSchemas(opts: DiffOptions): Promise<string> {
  const Engine = await loadEngineClass();
  // Our own pool, so we can close the connection the engine opens: freeing the engine does not.
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
    const engine = await Engine.new({ datamodels: undefined }, () => {}, adapter);
    try {
      const result = await engine.diff({
        from: opts.from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: opts.from }] },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: opts.to }] },
        script: true,
        // With exitCode the engine reports a non-empty diff as 2; otherwise "no change" would
        // only show as the script "-- This is an empty migration.".
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
