// Imports of event files, for the studio. The upload itself is the route POST /api/v1/imports
// (rest/import-upload.ts): a file is no tRPC input.
import { approveAll } from "./approve-all";
import { cancel } from "./cancel";
import { confirm } from "./confirm";
import { dyads } from "./dyads";
import { formats } from "./formats";
import { get } from "./get";
import { list } from "./list";
import { skipped } from "./skipped";
import { template } from "./template";

export const importRouter = { list, get, confirm, cancel, skipped, dyads, approveAll, template, formats };
