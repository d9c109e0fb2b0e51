// End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { StartupError } from "./fail";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(log: (msg: string) => void): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    throw new StartupError(
      `Chromium is not installed at ${CHROMIUM}; install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  log("Chromium is missing; installing Debian's chromium package with apt-get …");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (!existsSync(CHROMIUM)) throw new StartupError(`apt-get finished but ${CHROMIUM} is still missing; install Chromium by hand.`);
  return CHROMIUM;
}
