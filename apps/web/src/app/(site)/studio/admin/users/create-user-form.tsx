"use client";
import { createUserInput, fieldErrorsOf, type FieldErrors } from "@rti/api/schemas";
import { ROLES, ROLE_DESCRIPTIONS, type RoleName } from "@rti/auth/roles";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";

export function CreateUserForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const create = useMutation(trpc.admin.createUser.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const parsed = createUserInput.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      roles: ROLES.filter((r) => form.get(`role-${r}`) === "on"),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    try {
      const user = await create.mutateAsync(parsed.data);
      setNotice({ ok: true, text: `Account made for ${user.name}. Give them their password through a safe channel.` });
      formEl.reset();
      await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
    } catch (error) {
      const problem = apiProblem(error);
      setErrors(problem.fieldErrors);
      setNotice({ ok: false, text: problem.message });
    }
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="error" id={`${name}-error`}>
        {errors[name]?.join(" ")}
      </p>
    ) : null;
  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined);

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {notice && (
        <p className={notice.ok ? "success" : "alert"} role={notice.ok ? "status" : "alert"}>
          {notice.text}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-user-name">Name</label>
        <input id="new-user-name" name="name" autoComplete="off" aria-invalid={!!errors.name} aria-describedby={describedBy("name")} />
        {fieldError("name")}
      </div>
      <div className="field">
        <label htmlFor="new-user-email">Email</label>
        <input id="new-user-email" name="email" type="email" autoComplete="off" aria-invalid={!!errors.email} aria-describedby={describedBy("email")} />
        {fieldError("email")}
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Initial password</label>
        <input
          id="new-user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          aria-describedby={`new-user-password-hint ${describedBy("password") ?? ""}`}
        />
        <p className="hint" id="new-user-password-hint">
          At least 10 characters.
        </p>
        {fieldError("password")}
      </div>
      <fieldset className="field">
        <legend>Roles</legend>
        {ROLES.map((r: RoleName) => (
          <label key={r} style={{ fontWeight: 400 }}>
            <input type="checkbox" name={`role-${r}`} /> <strong>{r}</strong> — {ROLE_DESCRIPTIONS[r]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add person"}
      </button>
    </form>
  );
}
