"use client";
// Drafting a release computes every dyad's series on the server, which takes seconds on a big
// database: the form says so while it works, and opens the draft when it is ready.
import { createReleaseInput, fieldErrorsOf, type FieldErrors } from "@rti/api/schemas";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextareaField } from "~/components/studio/event-view/textarea-field";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";

export function NewReleaseForm({ today }: { today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: methodologies } = useSuspenseQuery(trpc.methodology.list.queryOptions());
  const { data: published } = useSuspenseQuery(trpc.release.list.queryOptions());
  // Keep the latest release's methodology unless the publisher deliberately picks another.
  const defaultVersion = published[0]?.methodology.version ?? methodologies[0]?.version;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(trpc.release.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = createReleaseInput.safeParse({
      asOf: form.get("asOf"),
      methodologyVersion: Number(form.get("methodologyVersion")),
      notes: form.get("notes"),
    });
    setProblem(null);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    try {
      const release = await create.mutateAsync(parsed.data);
      queryClient.setQueryData(trpc.release.draft.queryKey({ id: release.id }), release);
      void queryClient.invalidateQueries({ queryKey: trpc.release.drafts.queryKey() });
      router.push(`/studio/releases/${release.id}`);
    } catch (error) {
      const p = apiProblem(error);
      setErrors(p.fieldErrors);
      setProblem(p.message);
    }
  }

  const error = (name: string) =>
    errors[name] ? (
      <p className="error" id={`release-${name}-error`}>
        {errors[name]?.[0]}
      </p>
    ) : null;
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `release-${name}-hint` : null, errors[name] ? `release-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  // The mutation stays pending while the router opens the draft, so the form cannot be sent twice.
  const busy = create.isPending || create.isSuccess;

  return (
    <form className="form release-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {problem ? (
        <p className="alert" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="release-asOf">Cut-off date</label>
        <p className="hint" id="release-asOf-hint">
          Approved events dated on or before this day (UTC) count. It cannot be in the future.
        </p>
        <input
          id="release-asOf"
          name="asOf"
          type="date"
          defaultValue={today}
          max={today}
          required
          aria-invalid={errors.asOf ? true : undefined}
          aria-describedby={describedBy("asOf", true)}
        />
        {error("asOf")}
      </div>
      <div className="field">
        <label htmlFor="release-methodologyVersion">Methodology version</label>
        <select
          id="release-methodologyVersion"
          name="methodologyVersion"
          defaultValue={defaultVersion}
          aria-invalid={errors.methodologyVersion ? true : undefined}
          aria-describedby={describedBy("methodologyVersion")}
        >
          {methodologies.map((m) => (
            <option key={m.version} value={m.version}>
              {m.name} (version {m.version}: half-life {m.halfLifeDays} days, scale {m.scale})
            </option>
          ))}
        </select>
        {error("methodologyVersion")}
      </div>
      <TextareaField
        label="Notes"
        name="notes"
        hint="Required. What this release contains or corrects, in a sentence or two; shown with the release in public."
        error={errors.notes?.[0] ?? null}
        required
        maxLength={4000}
      />
      <div role="status">
        {busy ? (
          <div className="release-progress">
            <p>Computing the index for every dyad…</p>
            <progress aria-label="Computing the index for every dyad" />
            <span className="muted">This can take a little while on a large database. The draft opens when it is ready.</span>
          </div>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Drafting…" : "Create draft"}
      </button>
    </form>
  );
}
