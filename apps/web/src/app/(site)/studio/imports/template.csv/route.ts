// The project's CSV template, with example rows, as a file to start from.
import { TEMPLATE_FILE_NAME, templateCsv } from "@rti/api/imports";

export function GET() {
  return new Response(templateCsv(), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${TEMPLATE_FILE_NAME}"` },
  });
}
