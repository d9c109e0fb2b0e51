// Prisma CLI configuration. Only `prisma generate` runs here: migrations are made and
// applied by packages/db (the Rust schema engine cannot be downloaded on our machines).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
});
