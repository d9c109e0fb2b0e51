"use client";
// The event's discussion: anyone signed in can read and add to it.
import type { EventDetail } from "@rti/api";
import { commentInput, LIMITS } from "@rti/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { apiProblem, type ApiProblem } from "~/lib/errors";
import { formatTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { ActionError, ActionStatus } from "./action-feedback";
import { TextareaField } from "./textarea-field";
import { useApplyEvent } from "./use-apply-event";

export function CommentThread({ event }: { event: EventDetail }) {
  const trpc = useTRPC();
  const apply = useApplyEvent();
  const field = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState("");
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [posted, setPosted] = useState<string | null>(null);
  const post = useMutation(trpc.event.comment.mutationOptions());

  function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const checked = commentInput.shape.body.safeParse(body);
    setProblem(null);
    setPosted(null);
    if (!checked.success) {
      setBodyError(checked.error.issues[0]?.message ?? "Write a comment.");
      field.current?.focus();
      return;
    }
    setBodyError(null);
    post.mutate(
      { id: event.id, body: checked.data },
      {
        onSuccess: (detail) => {
          apply(detail);
          setBody("");
          setPosted("Comment posted.");
        },
        onError: (error) => {
          const p = apiProblem(error);
          setBodyError(p.fieldErrors.body?.[0] ?? null);
          setProblem(p);
        },
      },
    );
  }

  return (
    <>
      {event.comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className="comment-list">
          {event.comments.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                <strong>{c.author.name}</strong> · <time dateTime={c.createdAt}>{formatTimestamp(c.createdAt)}</time>
                {c.revisionNumber !== null ? ` · on revision ${c.revisionNumber}` : null}
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="form comment-form" onSubmit={send} noValidate>
        <TextareaField
          ref={field}
          label="Add a comment"
          error={bodyError}
          name="body"
          required
          maxLength={LIMITS.note}
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            setBodyError(null);
          }}
        />
        <ActionError problem={problem} />
        <button type="submit" className="button" disabled={post.isPending}>
          Post comment
        </button>
      </form>
      <ActionStatus message={posted} />
    </>
  );
}
