"use client";
// Withdrawing an approved event: the reviewer gives a reason (it appears in the public
// corrections feed) and confirms, because a retraction cannot be undone.
import { LIMITS, retractInput } from "@rti/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { apiProblem, type ApiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { ActionError } from "./action-feedback";
import { TextareaField } from "./textarea-field";
import type { EventActionProps } from "./action-props";

export function RetractControl({
  event,
  onDone,
  onReload,
}: EventActionProps) {
  const trpc = useTRPC();
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const retract = useMutation(trpc.event.retract.mutationOptions());

  function cancel() {
    setOpen(false);
    setReasonError(null);
    setProblem(null);
    // Back to where the keyboard user started, once the button is rendered again.
    requestAnimationFrame(() => opener.current?.focus());
  }

  function confirm(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const checked = retractInput.shape.reason.safeParse(reason);
    setProblem(null);
    if (!checked.success) {
      setReasonError(checked.error.issues[0]?.message ?? "Give the reason for the retraction.");
      field.current?.focus();
      return;
    }
    setReasonError(null);
    retract.mutate(
      { id: event.id, baseRevision: event.headNumber, reason: checked.data },
      {
        onSuccess: (detail) => onDone(detail, "The event is retracted. The reason will appear in the corrections feed."),
        onError: (error) => {
          const p = apiProblem(error);
          setReasonError(p.fieldErrors.reason?.[0] ?? null);
          setProblem(p);
        },
      },
    );
  }

  if (!open) {
    return (
      <button ref={opener} type="button" className="button secondary danger" onClick={() => setOpen(true)}>
        Retract
      </button>
    );
  }

  return (
    <form className="form retract-form" onSubmit={confirm} noValidate aria-label="Retract this event">
      <TextareaField
        ref={field}
        label="Reason for retraction"
        hint="Required. The index stops using this event, and the reason is shown publicly in the corrections feed. This cannot be undone."
        error={reasonError}
        name="reason"
        required
        // The reviewer just asked for this form, so the cursor belongs in it.
        autoFocus
        maxLength={LIMITS.note}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setReasonError(null);
        }}
      />
      <ActionError problem={problem} onReload={onReload} onClear={() => setProblem(null)} />
      <div className="actions">
        <button type="submit" className="button danger" disabled={retract.isPending}>
          Confirm retraction
        </button>
        <button type="button" className="button secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
