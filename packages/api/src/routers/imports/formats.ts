import { z } from "zod";
import { FORMAT_INFO, IMPORT_FORMATS, MAX_UPLOAD_BYTES } from "../../domain/imports/formats";
import { REST_ENDPOINT } from "../../rest/meta";
import { publicProcedure } from "../../trpc";

/** The file formats an upload may name, for the upload form's choice, and the largest file it takes. */
export const formats = publicProcedure
  .output(
    z.object({
      maxBytes: z.number().int(),
      uploadUrl: z.string().meta({ description: "Where to POST the file: ?format=<id>&name=<file name>, the file itself as the body." }),
      formats: z.array(z.object({ id: z.enum(IMPORT_FORMATS), label: z.string(), description: z.string(), extensions: z.array(z.string()) })),
    }),
  )
  .query(() => ({
    maxBytes: MAX_UPLOAD_BYTES,
    uploadUrl: `${REST_ENDPOINT}/imports`,
    formats: IMPORT_FORMATS.map((id) => ({ id, ...FORMAT_INFO[id] })),
  }));
