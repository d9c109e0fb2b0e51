// Configuration problems end the program with one sentence naming the problem and the fix.
export class StartupError extends Error {
  override name = "StartupError";
}

export function exitWithSentence(error: unknown): never {
  const known = error instanceof Error && (error.name === "StartupError" || error.name === "ConfigError");
  if (known) {
    console.error(`\n✖ ${error.message}\n`);
  } else {
    console.error("\n✖ Unexpected failure while starting; details follow.\n", error);
  }
  process.exit(1);
}
