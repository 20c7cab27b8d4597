// Reads a PDF's text with Mozilla's pdf.js, a reader independent of pdf-lib that wrote it: glyphs
// are mapped back to characters through the embedded fonts' ToUnicode maps, as viewers do.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of every page, one entry per drawn line (empty runs dropped). */
export async function readPdfTextLines(bytes: Uint8Array): Promise<string[]> {
  // A plain Uint8Array copy: pdf.js refuses Node Buffers (which a fetched body is) and may detach what it is given.
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item && item.str.trim()) lines.push(item.str);
  }
  await pdf.destroy();
  return lines;
}
