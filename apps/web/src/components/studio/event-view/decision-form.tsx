"use client";
// A reviewer's decision on the revision in review. Used on the event page and in the review
// queue. Four eyes: the author of the revision is told another reviewer must decide (the API
// refuses anyway, and its message is shown if it does).
import type { ReviewDecision as Decision } from "@rti/api";
import { LIMITS, reviewInput } from "@rti/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { headRevision } from "~/components/studio/event-form/form-values";
import { apiProblem, type ApiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { ActionError } from "./action-feedback";
import { TextareaField } from "./textarea-field";
import type { EventActionProps } from "./action-props";

const BUTTONS: { decision: Decision; label: string; className: string }[] = [
  { decision: "approve", label: "Approve", className: "button" },
  { decision: "request_changes", label: "Request changes", className: "button secondary" },
  { decision: "reject", label: "Reject", className: "button secondary danger" },
];

const DONE: Record<Decision, (n: number) => string> = {
  approve: (n) => `Revision ${n} approved: it is now in force.`,
  request_changes: (n) => `Changes requested on revision ${n}; it went back to its author.`,
  reject: (n) => `Revision ${n} rejected.`,
};

export function DecisionForm({
  event,
  viewerId,
  onDone,
  onReload,
}: EventActionProps & { viewerId: string }) {
  const trpc = useTRPC();
  const field = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const review = useMutation(trpc.event.review.mutationOptions());
  const revision = event.headNumber;
  const head = headRevision(event);

  if (head.author.id === viewerId) {
    return <p className="notice">You wrote this revision, so another reviewer must decide on it.</p>;
  }

  function decide(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const decision = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as Decision;
    const checked = reviewInput.shape.comment.safeParse(comment);
    setProblem(null);
    if (!checked.success) {
      setCommentError(checked.error.issues[0]?.message ?? "Say why, in a comment.");
      field.current?.focus();
      return;
    }
    setCommentError(null);
    review.mutate(
      { id: event.id, revision, decision, comment: checked.data },
      {
        onSuccess: (detail) => onDone(detail, DONE[decision](revision)),
        onError: (error) => {
          const p = apiProblem(error);
          setCommentError(p.fieldErrors.comment?.[0] ?? null);
          setProblem(p);
        },
      },
    );
  }

  return (
    <form
      className="form decision-form"
      onSubmit={decide}
      noValidate
      aria-label={`Decision on revision ${revision} of “${head.title}”`}
    >
      <TextareaField
        ref={field}
        label="Comment"
        hint="Required. Say why; the author reads it with your decision."
        error={commentError}
        name="comment"
        required
        maxLength={LIMITS.note}
        value={comment}
        onChange={(e) => {
          setComment(e.target.value);
          setCommentError(null);
        }}
      />
      <ActionError problem={problem} onReload={onReload} onClear={() => setProblem(null)} />
      <div className="actions">
        {BUTTONS.map((b) => (
          <button key={b.decision} type="submit" name="decision" value={b.decision} className={b.className} disabled={review.isPending}>
            {b.label}
          </button>
        ))}
      </div>
    </form>
  );
}
