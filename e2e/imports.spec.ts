import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures";

const FILE = path.resolve(import.meta.dirname, "../packages/db/data/gdelt/gdelt1-georgia-mar2012.csv");

/** One CSV line's fields: quoted ("…", "" for a quote) or bare, as GDELT writes them. */
function fields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'));
}

/** superjson's wrapping of a public tRPC query's answer. */
async function publicQuery<T>(baseURL: string, procedure: string): Promise<T> {
  const response = await fetch(`${baseURL}/api/trpc/${procedure}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test("an editor imports a GDELT 1.0 file, watches it finish, and the events per pair match the file", async ({ browser, baseURL }) => {
  // The independent count: rows naming two different countries the index knows, with a known code.
  const actors = await publicQuery<{ code: string; kind: string }[]>(baseURL!, "reference.actors");
  const codes = new Set((await publicQuery<{ code: string }[]>(baseURL!, "reference.cameoCodes")).map((c) => c.code));
  const countries = new Set(actors.filter((a) => a.kind === "country").map((a) => a.code));
  const [header, ...lines] = readFileSync(FILE, "utf8").split("\n").filter(Boolean);
  const columns = fields(header!);
  const at = (name: string) => columns.indexOf(name);
  const expected = new Map<string, number>();
  for (const line of lines) {
    const row = fields(line);
    const [a, b, code] = [row[at("Actor1CountryCode")]!, row[at("Actor2CountryCode")]!, row[at("EventCode")]!];
    if (a === b || !countries.has(a) || !countries.has(b) || !codes.has(code)) continue;
    const slug = [a, b].sort().join("-").toLowerCase();
    expected.set(slug, (expected.get(slug) ?? 0) + 1);
  }

  const editor = await pageAs(browser, "editor", "/studio/imports");
  await editor.getByLabel("File", { exact: true }).setInputFiles(FILE);
  await editor.getByRole("radio", { name: /GDELT 1\.0/ }).check();
  await editor.getByRole("button", { name: "Upload and preview" }).click();
  await expect(editor).toHaveURL(/\/studio\/imports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(editor.getByRole("heading", { name: "Check the preview" })).toBeVisible();
  await expect(editor.getByRole("region", { name: "Which column feeds which field" })).toContainText("Actor1CountryCode");

  await editor.getByRole("button", { name: "Import the whole file" }).click();
  // The progress bar shows while it runs, then the outcome replaces it.
  const done = editor.getByRole("status").filter({ hasText: /Imported [\d,]+ events as drafts/ });
  await expect(done.or(editor.getByRole("progressbar"))).toBeVisible();
  await expect(done).toBeVisible({ timeout: 120_000 });
  const total = [...expected.values()].reduce((s, n) => s + n, 0);
  await expect(done).toContainText(`Imported ${total.toLocaleString("en")} events`);

  const table = editor.getByRole("region", { name: "Events this import created, by pair" });
  await expect(table.locator("tbody tr")).toHaveCount(expected.size);
  const shown = new Map<string, number>();
  for (const row of await table.locator("tbody tr").all()) {
    shown.set((await row.getAttribute("data-dyad"))!, Number((await row.locator("td").innerText()).replace(/,/g, "")));
  }
  expect(shown).toEqual(expected);
  // Every skipped row can be downloaded with its reason.
  await expect(editor.getByRole("link", { name: "Download every skipped row (CSV)" })).toBeVisible();
});
