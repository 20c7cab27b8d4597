// Reads what a pdf-lib document draws: inflates each page's content streams and decodes the hex
// strings of its Tj operators (pdf-lib writes standard-font text as WinAnsi hex) and its rectangles.
import { inflateSync } from "node:zlib";
import { PDFArray, PDFRawStream, type PDFDocument, type PDFObject } from "pdf-lib";

function streams(doc: PDFDocument, obj: PDFObject | undefined): PDFRawStream[] {
  const o = obj ? doc.context.lookup(obj) : undefined;
  if (o instanceof PDFRawStream) return [o];
  if (o instanceof PDFArray) return o.asArray().flatMap((x) => streams(doc, x));
  return [];
}

function contents(doc: PDFDocument): string[] {
  return doc.getPages().flatMap((page) => streams(doc, page.node.Contents()).map((s) => {
    const raw = Buffer.from(s.getContents());
    return (s.dict.toString().includes("FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
  }));
}

export function readPdfText(doc: PDFDocument): string {
  const out: string[] = [];
  for (const content of contents(doc)) {
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(m[1], "hex").toString("latin1"));
  }
  return out.join("\n");
}

/** Every `x y w h re` rectangle the pages draw, in PDF units (y up). */
export function readPdfRectangles(doc: PDFDocument): { x: number; y: number; w: number; h: number }[] {
  const num = "(-?[0-9.]+)";
  const re = new RegExp(`${num}\\s+${num}\\s+${num}\\s+${num}\\s+re\\b`, "g");
  return contents(doc).flatMap((c) => [...c.matchAll(re)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) })));
}
