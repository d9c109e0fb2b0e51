"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiProblem, type ApiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { ActionError } from "./action-feedback";
import type { EventActionProps } from "./action-props";

/** Sends the head revision to review, naming the revision the editor saw (stale → conflict). */
export function SubmitControl({
  event,
  onDone,
  onReload,
}: EventActionProps) {
  const trpc = useTRPC();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = useMutation(trpc.event.submit.mutationOptions());

  function send() {
    setProblem(null);
    submit.mutate(
      { id: event.id, baseRevision: event.headNumber },
      {
        onSuccess: (detail) => onDone(detail, `Revision ${detail.headNumber} is submitted; a reviewer will decide on it.`),
        onError: (error) => setProblem(apiProblem(error)),
      },
    );
  }

  return (
    <>
      <button type="button" className="button" onClick={send} disabled={submit.isPending}>
        Submit for review
      </button>
      <ActionError problem={problem} onReload={onReload} onClear={() => setProblem(null)} />
    </>
  );
}
