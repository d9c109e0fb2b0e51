import { z } from "zod";
import { TEMPLATE_COLUMNS, TEMPLATE_FILE_NAME, templateCsv } from "../../domain/imports/template";
import { publicProcedure } from "../../trpc";

/** The CSV template with three example rows, to download, and what each of its columns means. */
export const template = publicProcedure
  .output(
    z.object({
      fileName: z.string(),
      csv: z.string().meta({ description: "The file's text: the header line and the example rows." }),
      columns: z.array(z.object({ name: z.string(), required: z.boolean(), description: z.string() })),
    }),
  )
  .query(() => ({ fileName: TEMPLATE_FILE_NAME, csv: templateCsv(), columns: TEMPLATE_COLUMNS.map((c) => ({ ...c })) }));
