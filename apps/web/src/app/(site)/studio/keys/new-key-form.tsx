"use client";
// Making a key. The key is in the answer to this one request only (the server keeps its hash),
// so it is shown here once, with a way to copy it.
import { createApiKeyInput, fieldErrorsOf, type FieldErrors } from "@rti/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";

export function NewKeyForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [made, setMade] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const create = useMutation(trpc.apiKey.create.mutationOptions());
  const madeHeading = useRef<HTMLHeadingElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  // The new key takes focus when it appears, so its warning is read out first.
  useEffect(() => {
    if (made) madeHeading.current?.focus();
  }, [made]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const parsed = createApiKeyInput.safeParse({ name: new FormData(formEl).get("name") });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setFailure(null);
    try {
      const key = await create.mutateAsync(parsed.data);
      setCopied(null);
      setMade({ name: key.name, key: key.key });
      formEl.reset();
      await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
    } catch (error) {
      const problem = apiProblem(error);
      setErrors(problem.fieldErrors);
      setFailure(problem.message);
    }
  }

  async function copy(key: string) {
    try {
      await navigator.clipboard.writeText(key);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }

  function done() {
    setMade(null);
    nameInput.current?.focus();
  }

  if (made) {
    return (
      <section className="key-made" aria-labelledby="key-made-heading">
        <h3 id="key-made-heading" ref={madeHeading} tabIndex={-1}>
          Your new key “{made.name}”
        </h3>
        <p className="key-warning">Copy it now: you will not see it again.</p>
        <p className="hint">Only a fingerprint of it is kept. If you lose it, revoke it and make another.</p>
        <label htmlFor="new-key-value">API key</label>
        <input id="new-key-value" className="key-value" readOnly value={made.key} onFocus={(e) => e.currentTarget.select()} />
        <div className="actions">
          <button type="button" className="button" onClick={() => void copy(made.key)}>
            Copy key
          </button>
          <button type="button" className="button secondary" onClick={done}>
            Done
          </button>
          <span role="status">{copied === "yes" ? "Copied." : copied === "no" ? "Could not copy: select the key and copy it with your keyboard." : ""}</span>
        </div>
      </section>
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {failure && (
        <p className="alert" role="alert">
          {failure}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-key-name">Name</label>
        <input
          id="new-key-name"
          name="name"
          ref={nameInput}
          autoComplete="off"
          maxLength={100}
          aria-invalid={!!errors.name}
          aria-describedby={`new-key-name-hint${errors.name ? " new-key-name-error" : ""}`}
        />
        <p className="hint" id="new-key-name-hint">
          What will use it, e.g. “Newsroom nightly import”.
        </p>
        {errors.name && (
          <p className="error" id="new-key-name-error">
            {errors.name.join(" ")}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? "Making…" : "Make key"}
      </button>
    </form>
  );
}
