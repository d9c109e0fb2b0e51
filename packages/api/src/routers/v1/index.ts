// The public REST API's procedures (/api/v1, rest/handler.ts), also callable over tRPC as v1.*.
import { explain } from "./dyads/explain";
import { list as dyads } from "./dyads/list";
import { series } from "./dyads/series";
import { get as event } from "./events/get";
import { list as events } from "./events/list";
import { get as methodology } from "./methodology/get";
import { get as release } from "./releases/get";
import { latest as latestRelease } from "./releases/latest";
import { list as releases } from "./releases/list";

export const v1Router = {
  dyads: { list: dyads, series, explain },
  events: { list: events, get: event },
  // `latest` before `get`: the first route that matches a path serves it.
  releases: { list: releases, latest: latestRelease, get: release },
  methodology: { get: methodology },
};
