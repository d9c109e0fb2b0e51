// The editors of the load benchmark: each in a loop drafts an event, saves a change to one of the
// contested drafts (re-reading and redoing it when someone else saved first, as the studio's
// conflict panel has a person do), submits its draft, and approves one another editor submitted.
// Every write goes through the REST API with the editor's own key.

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}

export class Editors {
  private stopped = false;
  private readonly submitted: { id: string; revision: number; editor: number }[] = [];
  /** Per contested draft, the marks whose saves the server accepted. */
  private readonly saved = new Map<string, string[]>();
  readonly result = { ok: 0, conflicts: 0, errors: [] as string[], latencies: {} as Record<string, number[]> };

  constructor(
    private readonly base: string,
    private readonly keys: string[],
  ) {}

  private async call(editor: number, op: string, method: string, path: string, body?: unknown, ifMatch?: number) {
    const started = performance.now();
    try {
      const response = await fetch(`${this.base}/api/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.keys[editor]}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...(ifMatch === undefined ? {} : { "If-Match": `"${ifMatch}"` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await response.json().catch(() => null)) as { id: string; revision: number; summary?: string } | null;
      return { status: response.status, json, failure: response.ok ? undefined : JSON.stringify(json) };
    } catch (error) {
      // No answer at all (the connection closed or refused): an error like any other, kept with its cause.
      const cause = (error as Error & { cause?: Error }).cause;
      return { status: 0, json: null, failure: `${(error as Error).message}${cause ? ` (${cause.message})` : ""}` };
    } finally {
      (this.result.latencies[op] ??= []).push(performance.now() - started);
    }
  }

  private expect(op: string, got: { status: number; failure?: string }, want: number) {
    if (got.status === want) {
      this.result.ok++;
      return true;
    }
    this.result.errors.push(`${op}: ${got.status || "no answer"}, expected ${want}: ${got.failure?.slice(0, 200)}`);
    return false;
  }

  private draft(editor: number, title: string) {
    return this.call(editor, "draft (POST /events)", "POST", "/events", {
      source: "RUS",
      target: "UKR",
      date: "2024-05-01",
      code: "042",
      title,
      sources: [{ url: "https://example.org/load-benchmark" }],
    });
  }

  async draftContested(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await this.draft(0, `Contested draft ${i}`);
      if (r.status !== 201 || !r.json) throw new Error(`Drafting a contested event answered ${r.status}`);
      ids.push(r.json.id);
      this.saved.set(r.json.id, []);
    }
    return ids;
  }

  /** Appends a mark to a contested draft's summary on top of the revision just read, as an editor's form does. */
  private async saveContested(editor: number, mark: string) {
    const ids = [...this.saved.keys()];
    const id = ids[Math.floor(Math.random() * ids.length)]!;
    for (;;) {
      const read = await this.call(editor, "read (GET /events/{id}?view=working)", "GET", `/events/${id}?view=working`);
      if (!this.expect("read", read, 200) || !read.json) return;
      const summary = `${read.json.summary ?? ""} ${mark}`.trim();
      const save = await this.call(editor, "save (PATCH /events/{id})", "PATCH", `/events/${id}`, { summary }, read.json.revision);
      if (save.status === 409) {
        this.result.conflicts++;
        continue;
      }
      if (this.expect("save", save, 200)) this.saved.get(id)!.push(mark);
      return;
    }
  }

  private async loop(editor: number) {
    for (let round = 0; !this.stopped; round++) {
      const mark = `e${editor}.${round}`;
      const own = await this.draft(editor, `Load benchmark event ${mark}`);
      if (!this.expect("draft", own, 201) || !own.json) continue;
      await this.saveContested(editor, mark);
      const submit = await this.call(editor, "submit (POST /events/{id}/submit)", "POST", `/events/${own.json.id}/submit`, undefined, own.json.revision);
      if (this.expect("submit", submit, 200) && submit.json) this.submitted.push({ id: own.json.id, revision: submit.json.revision, editor });
      const i = this.submitted.findIndex((s) => s.editor !== editor);
      if (i < 0) continue;
      const [theirs] = this.submitted.splice(i, 1);
      const review = await this.call(editor, "review (POST /events/{id}/reviews)", "POST", `/events/${theirs!.id}/reviews`, { revision: theirs!.revision, decision: "approve", comment: "Checked against the source." });
      this.expect("review", review, 200);
    }
  }

  work(): Promise<unknown> {
    return Promise.all(this.keys.map((_, i) => this.loop(i)));
  }

  async stop(working: Promise<unknown>) {
    this.stopped = true;
    await working;
    return this.result;
  }

  /** Every accepted save is in the draft's final summary, and each made exactly one revision. */
  async lostUpdates(ids: string[]): Promise<string[]> {
    const problems: string[] = [];
    for (const id of ids) {
      const { json } = await this.call(0, "check", "GET", `/events/${id}?view=working`);
      const marks = new Set((json?.summary ?? "").split(" ").filter(Boolean));
      const saved = this.saved.get(id)!;
      const missing = saved.filter((m) => !marks.has(m));
      if (missing.length) problems.push(`${id}: saves ${missing.join(", ")} are missing from the summary`);
      if (json?.revision !== saved.length + 1) problems.push(`${id}: revision ${json?.revision}, expected ${saved.length + 1} after ${saved.length} saves`);
    }
    return problems;
  }
}
