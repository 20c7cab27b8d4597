import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow, csvStream, type CsvValue } from "@/lib/server/dashboard/csv";

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function* batches(list: CsvValue[][][]): AsyncGenerator<CsvValue[][]> {
  for (const b of list) yield b;
}

/** A reference RFC 4180 reader (quoted fields, doubled quotes, CRLF records), written separately from csv.ts. */
function readCsv(input: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { record.push(field); field = ""; }
    else if (c === "\r" && input[i + 1] === "\n") { record.push(field); records.push(record); record = []; field = ""; i++; }
    else field += c;
  }
  return records;
}

describe("csvCell", () => {
  it("quotes fields holding a comma, quote, CR or LF and doubles the quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("defuses text that a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-3")).toBe("'-3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
    expect(csvCell(-3)).toBe("-3");
  });

  it("writes dates as ISO 8601 UTC, booleans as words, lists joined, nulls empty", () => {
    expect(csvCell(new Date(Date.UTC(2026, 2, 10, 12, 0, 0)))).toBe("2026-03-10T12:00:00.000Z");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(["a", "b"])).toBe("a; b");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("round-trips any text that does not start a formula through an RFC 4180 reader", () => {
    fc.assert(fc.property(fc.array(fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)), { minLength: 1, maxLength: 6 }), (fields) => {
      expect(readCsv(csvRow(fields))).toEqual([fields]);
    }));
  });
});

describe("csvStream", () => {
  it("an empty source gives the header row only", async () => {
    expect(await text(csvStream(["user_id", "name"], batches([])))).toBe("user_id,name\r\n");
  });

  it("writes the header then every batch in order, as UTF-8", async () => {
    const out = await text(csvStream(["name", "answer"], batches([[["Zoë", "(1, 2)"]], [["Ann", "=7"], ["Bo", 'a "b"']]])));
    expect(out).toBe('name,answer\r\nZoë,"(1, 2)"\r\nAnn,\'=7\r\nBo,"a ""b"""\r\n');
  });

  it("pulls the next batch only when the reader asks for it", async () => {
    let produced = 0;
    async function* counting(): AsyncGenerator<CsvValue[][]> {
      for (let i = 0; i < 100; i++) { produced++; yield [[i]]; }
    }
    const reader = csvStream(["n"], counting()).getReader();
    await reader.read();
    await reader.read();
    expect(produced).toBe(1);
    await reader.cancel();
  });
});
