// The REST API's procedures (/api/v1, rest/handler.ts), also callable over tRPC as v1.*: public
// reads, and writes under an API key's owner.
import { explain } from "./dyads/explain";
import { list as dyads } from "./dyads/list";
import { series } from "./dyads/series";
import { create as createEvent } from "./events/create";
import { get as event } from "./events/get";
import { list as events } from "./events/list";
import { review } from "./events/review";
import { submit } from "./events/submit";
import { update as updateEvent } from "./events/update";
import { approve as approveImport } from "./imports/approve";
import { cancel as cancelImport } from "./imports/cancel";
import { confirm as confirmImport } from "./imports/confirm";
import { get as importJob } from "./imports/get";
import { skipped as skippedRows } from "./imports/skipped";
import { get as methodology } from "./methodology/get";
import { create as createRelease } from "./releases/create";
import { get as release } from "./releases/get";
import { latest as latestRelease } from "./releases/latest";
import { list as releases } from "./releases/list";
import { publish } from "./releases/publish";

export const v1Router = {
  dyads: { list: dyads, series, explain },
  events: { list: events, get: event, create: createEvent, update: updateEvent, submit, review },
  // `latest` before `get`: the first route that matches a path serves it.
  releases: { list: releases, latest: latestRelease, get: release, create: createRelease, publish },
  methodology: { get: methodology },
  // POST /imports (the upload) is a route of its own: rest/import-upload.ts.
  imports: { get: importJob, confirm: confirmImport, cancel: cancelImport, skipped: skippedRows, approve: approveImport },
};
