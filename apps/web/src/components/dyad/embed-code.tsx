"use client";

import { useState } from "react";

/** The iframe that shows this view on another site, ready to copy. */
export function EmbedCode({ src, title }: { src: string; title: string }) {
  const code = `<iframe src="${src}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <div className="embed-code">
      <label htmlFor="embed-code">Embed this chart on your site</label>
      <textarea id="embed-code" readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button secondary" onClick={() => void copy()}>
        Copy embed code
      </button>{" "}
      <span role="status">{copied === "yes" ? "Copied." : copied === "no" ? "Select the code and copy it with your keyboard." : ""}</span>
    </div>
  );
}
