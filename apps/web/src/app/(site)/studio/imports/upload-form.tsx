"use client";
// Choosing a file and its format, and sending it: the upload reports its own progress (a file
// can be 100 MB), then the import's page takes over with the preview.
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

export interface FormatChoice {
  value: string;
  label: string;
  description: string;
}

interface Upload {
  sent: number;
  total: number;
}

/** POSTs the file as the request body; XMLHttpRequest because fetch cannot report upload progress. */
function send(file: File, format: string, onProgress: (u: Upload) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/imports?${new URLSearchParams({ format, name: file.name })}`);
    // The upload route takes text/csv, text/tab-separated-values or octet-stream; browsers label CSV files inconsistently.
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: reported by status below
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted: check the connection and try again."));
    xhr.send(file);
  });
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export function UploadForm({ formats, maxBytes }: { formats: FormatChoice[]; maxBytes: number }) {
  const router = useRouter();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);

  function refuse(message: string) {
    setUpload(null);
    setProblem(message);
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const format = String(form.get("format") ?? "");
    if (!(file instanceof File) || file.size === 0) return refuse(file instanceof File && file.name ? `${file.name} is empty.` : "Choose a file to import.");
    if (file.size > maxBytes) return refuse(`${file.name} is ${megabytes(file.size)}; a file can be at most ${megabytes(maxBytes)}. Split it and import the parts.`);
    setProblem(null);
    setUpload({ sent: 0, total: file.size });
    try {
      const { status, body } = await send(file, format, setUpload);
      const job = body as { id?: string; error?: { message?: string } } | null;
      if (status === 201 && job?.id) return router.push(`/studio/imports/${job.id}`);
      refuse(job?.error?.message ?? `The server refused the file (HTTP ${status}).`);
    } catch (error) {
      refuse((error as Error).message);
    }
  }

  return (
    <form className="form upload-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Upload a file to import">
      {problem && (
        <p className="alert" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </p>
      )}
      <div className="field">
        <label htmlFor="import-file">File</label>
        <input id="import-file" name="file" type="file" accept=".csv,.tsv,.txt,.CSV,text/csv,text/tab-separated-values" aria-describedby="import-file-hint" />
        <p className="hint" id="import-file-hint">
          Up to {megabytes(maxBytes)}. Nothing is imported until you have checked the preview.
        </p>
      </div>
      <fieldset className="format-choice">
        <legend>Format</legend>
        {formats.map((f, i) => (
          <label key={f.value}>
            <input type="radio" name="format" value={f.value} defaultChecked={i === 0} aria-describedby={`format-${f.value}-hint`} />
            <span>
              <strong>{f.label}</strong>
              <span className="hint" id={`format-${f.value}-hint`}>
                {f.description}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {upload ? (
        <div className="upload-progress">
          <label htmlFor="upload-progress">Uploading</label>
          <progress id="upload-progress" max={upload.total} value={upload.sent} />
          <p>
            {megabytes(upload.sent)} of {megabytes(upload.total)} sent
            {upload.sent >= upload.total ? "; checking the file…" : ""}
          </p>
        </div>
      ) : (
        <button type="submit" className="button">
          Upload and preview
        </button>
      )}
      {/* Always there, so screen readers hear it change; it speaks every tenth of the way, not every event. */}
      <p className="visually-hidden" role="status">
        {upload ? (upload.sent >= upload.total ? "Uploaded; checking the file." : `Uploading: ${Math.floor((upload.sent / upload.total) * 10) * 10}% sent.`) : ""}
      </p>
    </form>
  );
}
