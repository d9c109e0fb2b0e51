// `npm run db:generate`: writes the Prisma client to packages/db/src/generated/prisma, unless
// it was already generated from this schema.prisma by this Prisma version (so `npm test` and
// `npm start` don't pay for it every time).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { readSchema, repoRoot, sha256 } from "../migrate/files";

const require = createRequire(import.meta.url);
const root = repoRoot();
const outputDir = path.join(root, "packages", "db", "src", "generated", "prisma");
const stampFile = path.join(outputDir, ".generated-from");
const prismaVersion = (require("prisma/package.json") as { version: string }).version;
const stamp = `${sha256(await readSchema(root))} prisma@${prismaVersion}\n`;

if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
  const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      // The CLI refuses to start without a schema engine binary, which cannot be downloaded
      // here; `generate` never runs it, so any existing executable will do.
      PRISMA_SCHEMA_ENGINE_BINARY: schemaEngineStub(),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      // No version check or telemetry request to checkpoint.prisma.io.
      CHECKPOINT_DISABLE: "1",
    },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? `${result.error.message}\n` : ""}`);
    console.error("prisma generate failed.");
    process.exit(result.status || 1);
  }
  writeFileSync(stampFile, stamp);
  console.log("Prisma client generated");
}

function schemaEngineStub(): string {
  if (existsSync("/bin/false")) return "/bin/false";
  const win = process.platform === "win32";
  const stub = path.join(os.tmpdir(), win ? "rti-schema-engine-stub.cmd" : "rti-schema-engine-stub");
  writeFileSync(stub, win ? "@exit /b 1\r\n" : "#!/bin/sh\nexit 1\n", { mode: 0o755 });
  return stub;
}
