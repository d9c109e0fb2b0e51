import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { KeysTable } from "./keys-table";
import { NewKeyForm } from "./new-key-form";
import "~/components/studio/event-view/event-view.css";
import "./keys.css";

export const metadata: Metadata = { title: "API keys" };

export default async function KeysPage() {
  const viewer = await requireViewer("/studio/keys");
  await getQueryClient().prefetchQuery(trpc.apiKey.list.queryOptions());
  const roles = viewer.roles.length ? `your roles (now ${viewer.roles.join(", ")})` : "your roles (you have none now, so it can only read)";
  return (
    <HydrateClient>
      <h1>API keys</h1>
      <p className="lede">
        A key lets a program use the <Link href="/api/docs">REST API</Link> as you, with {roles}: a role you gain or lose
        applies to your keys at once. Send it as <code>Authorization: Bearer rti_…</code>. Revoke a key you no longer use.
      </p>
      <h2>Make a key</h2>
      <NewKeyForm />
      <h2>Your keys</h2>
      <KeysTable />
    </HydrateClient>
  );
}
