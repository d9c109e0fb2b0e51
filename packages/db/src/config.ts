// Reads and checks the database URL once, so a malformed one fails with a sentence, not a
// stack trace from deep inside the driver.
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a valid URL ("${raw}"); use the form postgresql://user:password@host:5432/database.`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      `DATABASE_URL must start with postgresql:// (got "${url.protocol}//"); use the form postgresql://user:password@host:5432/database.`,
    );
  }
  if (!url.hostname) throw new ConfigError("DATABASE_URL names no host; use the form postgresql://user:password@host:5432/database.");
  return url;
}

export function databaseUrl(): string {
  const raw = process.env.DATABASE_URL;
  if (!raw) {
    throw new ConfigError("DATABASE_URL is not set; `npm start` sets it for the embedded database, or set it to your PostgreSQL.");
  }
  parseDatabaseUrl(raw);
  return raw;
}

/** The URL without its password, for logs and messages. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparseable URL)";
  }
}
