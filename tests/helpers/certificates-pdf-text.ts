// Reads the text a pdf-lib document draws: inflates each page's content streams and decodes the
// hex strings of its Tj operators (pdf-lib writes standard-font text as WinAnsi hex).
import { inflateSync } from "node:zlib";
import { PDFArray, PDFRawStream, type PDFDocument, type PDFObject } from "pdf-lib";

function streams(doc: PDFDocument, obj: PDFObject | undefined): PDFRawStream[] {
  const o = obj ? doc.context.lookup(obj) : undefined;
  if (o instanceof PDFRawStream) return [o];
  if (o instanceof PDFArray) return o.asArray().flatMap((x) => streams(doc, x));
  return [];
}

export function readPdfText(doc: PDFDocument): string {
  const out: string[] = [];
  for (const page of doc.getPages()) {
    for (const s of streams(doc, page.node.Contents())) {
      const raw = Buffer.from(s.getContents());
      const content = (s.dict.toString().includes("FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
      for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(m[1], "hex").toString("latin1"));
    }
  }
  return out.join("\n");
}
