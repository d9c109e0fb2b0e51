import type { Metadata } from "next";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { CreateUserForm } from "./create-user-form";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users and roles" };

export default async function UsersPage() {
  const viewer = await requireViewer("/studio/admin/users", "admin");
  await getQueryClient().prefetchQuery(trpc.admin.users.queryOptions());
  return (
    <HydrateClient>
      <h1>Users and roles</h1>
      <p className="lede">
        Roles take effect on the person&apos;s next request. Editors draft events, reviewers decide on other people&apos;s
        revisions, publishers release the index, admins manage people and settings.
      </p>
      <UsersTable viewerId={viewer.id} />
      <h2>Add a person</h2>
      <CreateUserForm />
    </HydrateClient>
  );
}
