"use client";
// Publishing and discarding a draft. Both ask first: a published release can never change, and a
// discarded draft is gone.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { apiProblem, type ApiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import type { Release } from "./types";

type Step = "idle" | "publish" | "discard";

export function ReleaseActions({ release, onPublished }: { release: Release; onPublished: (published: Release) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [step, setStep] = useState<Step>("idle");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // Someone published meanwhile: this draft's changelog is out of date and it can only be discarded.
  const [stale, setStale] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const publishButton = useRef<HTMLButtonElement>(null);
  const discardButton = useRef<HTMLButtonElement>(null);
  // The next number if nothing else is published first; the API refuses otherwise.
  const next = (release.changelog.previous?.number ?? 0) + 1;

  const refreshLists = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.release.drafts.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.release.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.release.latest.queryKey() }),
    ]);
  const failed = (error: unknown) => {
    const p = apiProblem(error);
    setStep("idle");
    setProblem(p);
    if (p.code === "CONFLICT") setStale(true);
  };
  const publish = useMutation(
    trpc.release.publish.mutationOptions({
      onSuccess: (published) => {
        queryClient.setQueryData(trpc.release.draft.queryKey({ id: release.id }), published);
        void refreshLists();
        onPublished(published);
      },
      onError: failed,
    }),
  );
  const discard = useMutation(
    trpc.release.discard.mutationOptions({
      onSuccess: async () => {
        await refreshLists();
        router.push("/studio/releases");
      },
      onError: failed,
    }),
  );

  // The question takes focus when it appears, so it is read out before its buttons.
  useEffect(() => {
    if (step !== "idle") question.current?.focus();
  }, [step]);

  function cancel() {
    const back = step === "publish" ? publishButton : discardButton;
    setStep("idle");
    requestAnimationFrame(() => back.current?.focus());
  }

  const busy = publish.isPending || discard.isPending || discard.isSuccess;

  return (
    <section className="release-actions" aria-label="Publish or discard">
      {problem ? (
        <div className="alert" role="alert">
          <p>{problem.message}</p>
          {problem.code === "CONFLICT" ? (
            <p>
              <Link href="/studio/releases">Make a new draft</Link> on the releases page.
            </p>
          ) : null}
        </div>
      ) : null}
      {step === "idle" ? (
        <div className="actions">
          {stale ? null : (
            <button
              ref={publishButton}
              type="button"
              className="button"
              onClick={() => {
                setProblem(null);
                setStep("publish");
              }}
            >
              Publish as R{next}
            </button>
          )}
          <button
            ref={discardButton}
            type="button"
            className="button secondary danger"
            onClick={() => {
              if (!stale) setProblem(null);
              setStep("discard");
            }}
          >
            Discard draft
          </button>
        </div>
      ) : (
        <div className="release-confirm" role="group" aria-labelledby="release-confirm-question">
          <p id="release-confirm-question" ref={question} tabIndex={-1}>
            {step === "publish"
              ? "Publish? Published releases can never be changed."
              : "Discard this draft? Its computed series are deleted; nothing public changes."}
          </p>
          <div className="actions">
            {step === "publish" ? (
              <button type="button" className="button" disabled={busy} onClick={() => publish.mutate({ id: release.id })}>
                {publish.isPending ? "Publishing…" : "Publish now"}
              </button>
            ) : (
              <button type="button" className="button danger" disabled={busy} onClick={() => discard.mutate({ id: release.id })}>
                {busy ? "Discarding…" : "Discard now"}
              </button>
            )}
            <button type="button" className="button secondary" disabled={busy} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
