// `npm run db:migrate`: applies the pending prisma/migrations to the database at DATABASE_URL.
import { parseDatabaseUrl, redactUrl } from "../config";
import { applyMigrations } from "../migrate/apply";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set; set it to the PostgreSQL database to migrate, e.g. postgresql://user:password@host:5432/rti.");
  process.exit(1);
}

try {
  parseDatabaseUrl(url);
  const { applied, latest } = await applyMigrations(url, { log: console.log });
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${redactUrl(url)}; now at ${latest}.`
      : `${redactUrl(url)} is up to date (at ${latest ?? "no migrations"}).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
