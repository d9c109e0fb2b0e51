"use client";
// The assistant's page: the article form, then the article with its evidence marked beside the
// candidates it yielded. Nothing is saved until an editor accepts a candidate.
import type { RouterOutputs } from "@rti/api";
import type { ArticleInput } from "@rti/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { ArticleForm } from "./article-form";
import { ArticleText, markedRanges, type Marked } from "./article-text";
import { CandidateCard } from "./candidate-card";

export type Candidate = RouterOutputs["assistant"]["extract"]["candidates"][number];

/** The id of the mark holding candidate `n`'s sentence (marks take their first candidate's number). */
const anchorOf = (marks: Marked[], n: number) => {
  const mark = marks.find((m) => m.numbers.includes(n));
  return mark ? `evidence-${mark.numbers[0]}` : null;
};

export function Assistant() {
  const trpc = useTRPC();
  // `run` tells results apart, so a new search never inherits a card's saved or dropped state.
  const [result, setResult] = useState<{ run: number; article: ArticleInput; candidates: Candidate[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const extract = useMutation(trpc.assistant.extract.mutationOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  const marks = result ? markedRanges(result.candidates.map((c) => c.evidence)) : [];

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  async function find(article: ArticleInput) {
    setFailure(null);
    try {
      const { candidates } = await extract.mutateAsync(article);
      setResult((previous) => ({ run: (previous?.run ?? 0) + 1, article, candidates }));
    } catch (error) {
      setFailure(apiProblem(error).message);
    }
  }

  return (
    <>
      <ArticleForm busy={extract.isPending} onFind={(article) => void find(article)} />
      {failure && (
        <p className="alert" role="alert">
          {failure}
        </p>
      )}
      {result && (
        <section className="assistant-result" aria-labelledby="candidates-heading">
          <h2 id="candidates-heading" ref={heading} tabIndex={-1}>
            {result.candidates.length === 0
              ? "No events found"
              : `${result.candidates.length} candidate event${result.candidates.length === 1 ? "" : "s"}`}
          </h2>
          {result.candidates.length === 0 ? (
            <p className="empty">
              The assistant found no action between two countries it knows in this article. Domestic news and
              commentary often have none; if you see one, record it with <a href="/studio/events/new">New event</a>.
            </p>
          ) : (
            <div className="assistant-columns">
              <ArticleText text={result.article.text} marks={marks} active={active} />
              <ol className="candidates">
                {result.candidates.map((c, i) => (
                  <CandidateCard
                    key={`${result.run}-${i}-${c.source}-${c.target}-${c.code}`}
                    number={i + 1}
                    candidate={c}
                    article={result.article}
                    evidenceAnchor={anchorOf(marks, i + 1)}
                    onFocusChange={setActive}
                  />
                ))}
              </ol>
            </div>
          )}
        </section>
      )}
    </>
  );
}
