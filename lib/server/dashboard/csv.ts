// CSV as RFC 4180 says (CRLF rows, fields with , " CR or LF quoted, quotes doubled), UTF-8, ISO 8601
// dates, and safe to open in a spreadsheet: text starting with = + - @ (or tab/CR, which some
// spreadsheets skip before a formula) gets a leading apostrophe so it is never run as a formula.
// Streamed: rows are pulled batch by batch from an async source, never collected first.
export type CsvValue = string | number | boolean | Date | null | undefined | readonly string[];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else {
    text = typeof value === "string" ? value : value.join("; ");
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A byte stream of the header and then every batch; the next batch is fetched only when read. */
export function csvStream(header: readonly string[], batches: AsyncIterable<readonly (readonly CsvValue[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(header)));
        return;
      }
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
      } catch (error) {
        console.error("[dashboard] CSV export failed mid-stream:", error);
        controller.error(new Error("The export stopped because of a server error; please try again."));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Response headers for a CSV download named `filename`. */
export function csvHeaders(filename: string): HeadersInit {
  return {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    "cache-control": "no-store",
  };
}
