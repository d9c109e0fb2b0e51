// The public Atom 1.0 feed: one entry per published release and one per correction, so readers
// learn of new editions and of fixes to earlier events.
import { changelogSummary } from "~/components/release/changelog-summary";
import { correctionsUpTo, releaseRef, releasesUpTo } from "~/lib/published";

// Built per request, because a release can be published at any time; its entries come only from
// published releases, so they are cached under the latest release's id (lib/published).
export const dynamic = "force-dynamic";

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

function entryXml(e: Entry) {
  return `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`;
}

export async function GET(request: Request) {
  const origin = new URL(request.url).origin;
  const latest = await releaseRef();
  const [releases, corrections] = latest ? await Promise.all([releasesUpTo(latest), correctionsUpTo(latest)]) : [[], []];

  const entries: Entry[] = [
    ...releases.map((r) => ({
      id: `${origin}/releases/${r.number}`,
      title: `Release R${r.number}`,
      updated: r.publishedAt ?? r.createdAt,
      link: `${origin}/releases/${r.number}`,
      summary: `${r.notes}\n\n${changelogSummary(r.changes)}.`,
    })),
    ...corrections.map((c) => ({
      // An event can be corrected again in a later release: the release number keeps ids unique.
      id: `${origin}/corrections#R${c.release.number}-${c.eventId}`,
      title: `Correction: ${c.title}`,
      updated: c.release.publishedAt,
      link: `${origin}/corrections`,
      summary: `${c.kind === "retracted" ? "Retracted" : "Changed"} in R${c.release.number} (${c.dyad}, event of ${c.date}).${c.reason ? ` ${c.reason}` : ""}`,
    })),
  ].sort((a, b) => b.updated.localeCompare(a.updated));
  // An empty feed still needs an <updated>: the epoch says "nothing yet" without inventing a date.
  const updated = entries[0]?.updated ?? new Date(0).toISOString();

  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${origin}/feed.xml`)}</id>
  <title>Relations Tension Index: releases and corrections</title>
  <updated>${updated}</updated>
  <author><name>Relations Tension Index</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/releases`)}"/>
${entries.map(entryXml).join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
