"use client";
// The article and its facts. Checked in the browser with the API's own schema, so a mistake is
// named beside its field before anything is sent.
import { articleInput, fieldErrorsOf, type ArticleInput, type FieldErrors } from "@rti/api/schemas";
import { useState, type FormEvent } from "react";

const ZONES = ["UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Kyiv", "Europe/Moscow", "Asia/Jerusalem", "Asia/Tehran", "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo", "America/New_York", "America/Sao_Paulo", "Africa/Lagos"];

const today = () => new Date().toISOString().slice(0, 10);

export function ArticleForm({ busy, onFind }: { busy: boolean; onFind: (article: ArticleInput) => void }) {
  const [errors, setErrors] = useState<FieldErrors>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const optional = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const parsed = articleInput.safeParse({
      text: String(form.get("text") ?? ""),
      publishedAt: String(form.get("publishedAt") ?? ""),
      timeZone: optional("timeZone"),
      url: optional("url"),
      publisher: optional("publisher"),
    });
    if (!parsed.success) {
      const found = fieldErrorsOf(parsed.error);
      setErrors(found);
      document.getElementById(`article-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setErrors({});
    onFind(parsed.data);
  }

  const described = (name: string, hint = true) =>
    [hint ? `article-${name}-hint` : null, errors[name] ? `article-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const error = (name: string) =>
    errors[name] && (
      <p className="error" id={`article-${name}-error`}>
        {errors[name][0]}
      </p>
    );

  return (
    <form className="form article-form" onSubmit={onSubmit} noValidate aria-label="Article">
      <div className="field">
        <label htmlFor="article-text">Article text</label>
        <textarea id="article-text" name="text" rows={12} aria-invalid={errors.text ? true : undefined} aria-describedby={described("text")} />
        <p className="hint" id="article-text-hint">
          The whole article as published, headline included if it helps.
        </p>
        {error("text")}
      </div>
      <div className="article-facts">
        <div className="field">
          <label htmlFor="article-publishedAt">Published on</label>
          <input id="article-publishedAt" name="publishedAt" type="date" defaultValue={today()} aria-invalid={errors.publishedAt ? true : undefined} aria-describedby={described("publishedAt")} />
          <p className="hint" id="article-publishedAt-hint">
            Relative dates count from this day.
          </p>
          {error("publishedAt")}
        </div>
        <div className="field">
          <label htmlFor="article-timeZone">Publisher’s time zone (optional)</label>
          <input id="article-timeZone" name="timeZone" list="article-zones" autoComplete="off" placeholder="e.g. Europe/Moscow" aria-invalid={errors.timeZone ? true : undefined} aria-describedby={described("timeZone")} />
          <datalist id="article-zones">
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <p className="hint" id="article-timeZone-hint">
            Where “yesterday” was said, when known.
          </p>
          {error("timeZone")}
        </div>
        <div className="field">
          <label htmlFor="article-url">Article address</label>
          <input id="article-url" name="url" type="url" inputMode="url" placeholder="https://" aria-invalid={errors.url ? true : undefined} aria-describedby={described("url")} />
          <p className="hint" id="article-url-hint">
            Drafts cite it as their source; needed to accept a candidate.
          </p>
          {error("url")}
        </div>
        <div className="field">
          <label htmlFor="article-publisher">Publisher (optional)</label>
          <input id="article-publisher" name="publisher" placeholder="e.g. Reuters" aria-invalid={errors.publisher ? true : undefined} aria-describedby={described("publisher", false)} />
          {error("publisher")}
        </div>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Reading the article…" : "Find events"}
      </button>
    </form>
  );
}
