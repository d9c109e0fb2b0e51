// A request whose Host names no host is the client's mistake: 400 with a sentence, not a 500
// (apps/web/server/main.ts refuses it before Next, which would fail on it).
import http from "node:http";
import { expect, test } from "@playwright/test";

function getWithHost(baseURL: string, host: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: "/", headers: { host } }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

test("a Host header that names no host is refused with 400", async ({ baseURL }) => {
  for (const host of ["a b", "[::1", "exa mple.org:80"]) {
    const answer = await getWithHost(baseURL!, host);
    expect(answer.status, host).toBe(400);
    expect(answer.body).toContain("Host header");
  }
});
