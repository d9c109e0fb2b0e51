// Runs in every test worker before its test file: point the app's code at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "test-only-secret-of-at-least-32-characters";
process.env.BETTER_AUTH_URL ??= "http://localhost:3000";
