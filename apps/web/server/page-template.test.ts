import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageTemplate, template } from "./page-template";

const joined = (parts: Buffer[]) => Buffer.concat(parts);

const OLD = "Old+/nonce==";
const kept = (html: string, nonce?: string) => PageTemplate.from(Buffer.from(template(html, nonce)));

describe("PageTemplate", () => {
  const html = `<script nonce="${OLD}">a</script><p>Côte d’Ivoire – 東京 🌍</p><link nonce="${OLD}"><i>${OLD}</i>`;

  it("gives back the rendered page with a new nonce in every place of the old, around characters of any width", () => {
    const page = kept(html, OLD);
    expect(joined(page.withNonce("NEW123")).toString()).toBe(html.replaceAll(OLD, "NEW123"));
    expect(joined(page.withNonce("other")).toString()).toBe(html.replaceAll(OLD, "other"));
  });

  it("gives the same page gzip-compressed, which a standard decoder reads back whole", () => {
    const page = kept(html, OLD);
    for (const nonce of ["NEW123", "a-much-longer-nonce-than-before"]) {
      const gzipped = joined(page.gzipWithNonce(nonce));
      expect(gzipped.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      expect(gunzipSync(gzipped).toString()).toBe(html.replaceAll(OLD, nonce));
    }
  });

  it("handles nonces at the very start and end, side by side, and a page without any", () => {
    const edges = `${OLD}${OLD}<p>middle</p>${OLD}`;
    expect(gunzipSync(joined(kept(edges, OLD).gzipWithNonce("N"))).toString()).toBe("NN<p>middle</p>N");
    expect(joined(kept(edges, OLD).withNonce("N")).toString()).toBe("NN<p>middle</p>N");
    const plain = "<p>no scripts</p>";
    expect(gunzipSync(joined(kept(plain).gzipWithNonce("N"))).toString()).toBe(plain);
  });

  it("compresses a large page with a script every few hundred rows, as Next streams one, to a fraction of its size", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>${i}</td><td>row ${i % 97}</td></tr>${i % 500 === 0 ? `<script nonce="${OLD}">push(${i})</script>` : ""}`).join("");
    const page = kept(rows, OLD);
    const gzipped = joined(page.gzipWithNonce("fresh"));
    expect(gunzipSync(gzipped).toString()).toBe(rows.replaceAll(OLD, "fresh"));
    expect(gzipped.length).toBeLessThan(rows.length / 4);
  });
});
