// Every line the fault suite prints, so a run reads as the story of what it broke and saw.
// Written straight to stdout: Vitest would head each console.log with the test file's name.
export const print = (line: string) => void process.stdout.write(`${line}\n`);
export const log = (message: string) => print(`[faults] ${message}`);
