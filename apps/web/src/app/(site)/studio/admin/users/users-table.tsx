"use client";
import { ROLES, type RoleName } from "@rti/auth/roles";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";

export function UsersTable({ viewerId }: { viewerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: users } = useSuspenseQuery(trpc.admin.users.queryOptions());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const setRoles = useMutation(
    trpc.admin.setRoles.mutationOptions({
      onSuccess: (_data, vars) => {
        const who = users.find((u) => u.id === vars.userId)?.name ?? "User";
        setMessage({ ok: true, text: `${who} now has: ${vars.roles.join(", ") || "no roles"}.` });
        return queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
      },
      onError: (error) => setMessage({ ok: false, text: apiProblem(error).message }),
    }),
  );

  function toggle(userId: string, held: RoleName[], role: RoleName) {
    const roles = held.includes(role) ? held.filter((r) => r !== role) : [...held, role];
    setRoles.mutate({ userId, roles });
  }

  return (
    <>
      <div aria-live="polite">{message && <p className={message.ok ? "success" : "alert"} role={message.ok ? "status" : "alert"}>{message.text}</p>}</div>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">People with accounts and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              {ROLES.map((r) => (
                <th scope="col" key={r}>
                  {r}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                {ROLES.map((r) => (
                  <td key={r}>
                    <input
                      type="checkbox"
                      aria-label={`${r} role for ${u.name}`}
                      checked={u.roles.includes(r)}
                      // Admins keep their own admin role, so the studio always has one.
                      disabled={setRoles.isPending || (u.id === viewerId && r === "admin")}
                      onChange={() => toggle(u.id, u.roles, r)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
