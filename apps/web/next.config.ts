import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@rti/api", "@rti/auth", "@rti/db", "@rti/engine", "@rti/extract"],
  // node-postgres is a server library with optional native parts: load it, don't bundle it.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Lets several development servers run side by side (NEXT_DIST_DIR=.next-a npm run dev).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default config;
