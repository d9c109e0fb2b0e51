import { corrections } from "./corrections";
import { create } from "./create";
import { discard } from "./discard";
import { draft } from "./draft";
import { draftSeries } from "./draft-series";
import { drafts } from "./drafts";
import { dyads } from "./dyads";
import { events } from "./events";
import { explain } from "./explain";
import { get } from "./get";
import { latest } from "./latest";
import { list } from "./list";
import { newestEvents } from "./newest-events";
import { publish } from "./publish";
import { series } from "./series";

export const releaseRouter = { list, get, latest, dyads, series, events, newestEvents, explain, corrections, drafts, draft, draftSeries, create, publish, discard };
