"use client";
// One candidate: what the assistant read, with the choices an editor makes most often (the code
// among those it considered, the day, the title, who acted on whom) right here, and the full
// event form one link away. Accepting drafts it, citing the article with the sentence as quote.
import { LIMITS, type ArticleInput } from "@rti/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useReference } from "~/components/studio/event-form/use-reference";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import type { Candidate } from "./assistant";

const certaintyWord = (c: number) => (c >= 0.85 ? "sure" : c >= 0.6 ? "fairly sure" : "unsure");

/** What the draft cites: the article, with the candidate's sentence (cut to the quote limit). */
function sourceOf(article: ArticleInput, quote: string) {
  return {
    url: article.url!,
    publisher: article.publisher,
    publishedAt: article.publishedAt.slice(0, 10),
    quote: quote.length > LIMITS.quote ? `${quote.slice(0, LIMITS.quote - 1)}…` : quote,
  };
}

export function CandidateCard({
  number,
  candidate,
  article,
  evidenceAnchor,
  onFocusChange,
}: {
  number: number;
  candidate: Candidate;
  article: ArticleInput;
  /** The id of the mark of its sentence in the article, when marked. */
  evidenceAnchor: string | null;
  onFocusChange: (n: number | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { actors } = useReference();
  const [source, setSource] = useState(candidate.source);
  const [target, setTarget] = useState(candidate.target);
  const [code, setCode] = useState(candidate.code);
  const [date, setDate] = useState(candidate.date);
  const [title, setTitle] = useState(candidate.title);
  const [state, setState] = useState<{ kind: "open" } | { kind: "dropped" } | { kind: "saved"; id: string } | { kind: "failed"; message: string }>({ kind: "open" });
  const create = useMutation(trpc.event.create.mutationOptions());
  const id = (name: string) => `candidate-${number}-${name}`;
  const nameOf = (actor: string) => actors.find((a) => a.code === actor)?.name ?? actor;
  const options = [{ code: candidate.code, name: candidate.codeName, intensity: candidate.intensity }, ...candidate.alternatives];

  async function accept() {
    try {
      const event = await create.mutateAsync({
        event: { source, target, date, datePrecision: candidate.datePrecision, code, title, sources: [sourceOf(article, candidate.evidence.text)] },
        changeNote: "Drafted with the article assistant.",
      });
      setState({ kind: "saved", id: event.id });
      void queryClient.invalidateQueries({ queryKey: trpc.event.pathKey() });
    } catch (error) {
      setState({ kind: "failed", message: apiProblem(error).message });
    }
  }

  const prefill = { source, target, date, datePrecision: candidate.datePrecision, code, title, ...(article.url ? sourceOf(article, candidate.evidence.text) : {}) };
  // Fields the article does not have (its publisher) stay out of the address, not "undefined".
  const fullForm = new URLSearchParams(Object.entries(prefill).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

  if (state.kind === "dropped") {
    return (
      <li className="candidate dropped">
        <p>
          Candidate {number} dropped.{" "}
          <button type="button" className="link-button" onClick={() => setState({ kind: "open" })}>
            Undo
          </button>
        </p>
      </li>
    );
  }

  return (
    <li className="candidate" onFocus={() => onFocusChange(number)} onMouseEnter={() => onFocusChange(number)} onMouseLeave={() => onFocusChange(null)}>
      <fieldset disabled={state.kind === "saved" || create.isPending}>
        <legend>
          <span className="candidate-number">{number}</span> {nameOf(source)} → {nameOf(target)}
        </legend>
        <blockquote className="evidence">
          {evidenceAnchor ? <a href={`#${evidenceAnchor}`}>“{candidate.evidence.text}”</a> : <>“{candidate.evidence.text}”</>}
        </blockquote>
        {candidate.existing.length > 0 && (
          <div className="notice" role="note">
            Probably recorded already (same pair, day and kind of event):{" "}
            {candidate.existing.map((e, i) => (
              <span key={e.id}>
                {i > 0 && ", "}
                <Link href={`/studio/events/${e.id}`}>{e.title}</Link> ({e.status.replace("_", " ")})
              </span>
            ))}
          </div>
        )}
        <div className="candidate-grid">
          <div className="field">
            <label htmlFor={id("date")}>Day</label>
            <input id={id("date")} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-describedby={id("date-hint")} />
            <p className="hint" id={id("date-hint")}>
              {candidate.dateText ? `From “${candidate.dateText}”` : "No date in the sentence: the publication day"} ({certaintyWord(candidate.certainty)})
              {candidate.datePrecision === "month" ? "; only the month is known" : ""}.
            </p>
          </div>
          <div className="field">
            <span className="label" id={id("actors")}>
              Who acted on whom
            </span>
            <p role="group" aria-labelledby={id("actors")}>
              <strong>{nameOf(source)}</strong> ({source}) → <strong>{nameOf(target)}</strong> ({target}){" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setSource(target);
                  setTarget(source);
                }}
              >
                Swap
              </button>
            </p>
          </div>
        </div>
        <fieldset className="code-choice">
          <legend>Kind of event (CAMEO code and intensity)</legend>
          {options.map((o, i) => (
            <label key={o.code}>
              <input type="radio" name={id("code")} value={o.code} checked={code === o.code} onChange={() => setCode(o.code)} />
              <code>{o.code}</code> {o.name} <span className="muted">({o.intensity > 0 ? "+" : ""}{o.intensity})</span>
              {i === 0 && <span className="muted"> — suggested</span>}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={id("title")}>Title</label>
          <input id={id("title")} value={title} maxLength={LIMITS.title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        {state.kind === "saved" ? (
          <p className="success" role="status">
            Saved as a draft: <Link href={`/studio/events/${state.id}`}>{title}</Link>. Submit it for review from its page.
          </p>
        ) : (
          <>
            {state.kind === "failed" && (
              <p className="alert" role="alert">
                {state.message}
              </p>
            )}
            {!article.url && <p className="hint">Give the article’s address above to accept candidates: drafts cite it.</p>}
            <div className="actions">
              <button type="button" className="button" disabled={!article.url} onClick={() => void accept()}>
                {create.isPending ? "Saving…" : "Accept as draft"}
              </button>
              <Link className="button secondary" href={`/studio/events/new?${fullForm}`} target="_blank">
                Edit in the full form<span className="visually-hidden"> (opens in a new tab)</span>
              </Link>
              <button type="button" className="button secondary" onClick={() => setState({ kind: "dropped" })}>
                Drop
              </button>
            </div>
          </>
        )}
      </fieldset>
    </li>
  );
}
