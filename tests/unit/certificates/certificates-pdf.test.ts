import { PDFDocument, PDFName, PDFDict, PDFString, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { certificatePdf, printableText } from "@/lib/certificates/pdf";
import jsQR from "jsqr";
import { readPdfRectangles } from "../../helpers/certificates-pdf-text";
import { readPdfTextLines } from "../../helpers/pdfjs-text";

const facts = {
  code: "7K3MZQ4N8P2RTV6W9XY0ABCDEF", credential: "linear-algebra" as const, holderName: "Zoë Łukasiewicz 王", issuerName: "Basis Test",
  issuedAt: new Date("2026-06-01T10:00:00Z"), skillTitles: ["a", "b", "c"], revocation: null,
};
const url = "https://basis.example.org/verify/7K3M-ZQ4N-8P2R-TV6W-9XY0-ABCD-EF";

describe("certificate PDF", () => {
  it("has one page carrying the verification URL as text and as a link", async () => {
    const bytes = await certificatePdf(facts, url);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const lines = await readPdfTextLines(bytes);
    expect(lines).toContain(`Verify at ${url}`);
    // Noto Sans has no CJK glyphs: that character falls back to "?", the Latin ones print exactly.
    expect(lines).toContain("Zoë Łukasiewicz ?");
    expect(lines.join("\n")).toContain("7K3M-ZQ4N-8P2R-TV6W-9XY0-ABCD-EF");
    const annots = doc.getPage(0).node.Annots()!;
    const link = doc.context.lookup(annots.get(0), PDFDict);
    const action = link.lookup(PDFName.of("A"), PDFDict);
    expect(action.lookup(PDFName.of("URI"), PDFString).decodeText()).toBe(url);
  });

  it("draws a QR code that an independent reader (jsQR) decodes to the verification URL", async () => {
    const doc = await PDFDocument.load(await certificatePdf(facts, url));
    // The QR modules are the small equal squares; the page border is one large rectangle.
    const squares = readPdfRectangles(doc).filter((r) => r.w < 20 && Math.abs(r.w - r.h) < 1e-6);
    const cell = squares[0].w;
    const left = Math.min(...squares.map((q) => q.x));
    const top = Math.max(...squares.map((q) => q.y + q.h));
    const n = Math.round((Math.max(...squares.map((q) => q.x + q.w)) - left) / cell);
    // Raster: 4 px per module and a 4-module quiet zone, white background, black modules.
    const px = 4, quiet = 4, size = (n + 2 * quiet) * px;
    const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
    for (const q of squares) {
      const col = Math.round((q.x - left) / cell) + quiet, row = Math.round((top - q.y - q.h) / cell) + quiet;
      for (let dy = 0; dy < px; dy++) for (let dx = 0; dx < px; dx++) {
        const i = ((row * px + dy) * size + col * px + dx) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
    }
    expect(jsQR(rgba, size, size)?.data).toBe(url);
  });

  it.each(["Zoë Łukasiewicz", "Σοφία Παπαδοπούλου", "Юлия Ковалёва", "Nguyễn Thị Ánh"])(
    "prints the holder name %s exactly, on one page (read back by pdf.js)",
    async (holderName) => {
      const bytes = await certificatePdf({ ...facts, holderName }, url);
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
      const lines = await readPdfTextLines(bytes);
      expect(lines).toContain(holderName);
      expect(lines).toContain(`Verify at ${url}`);
    },
  );

  it("embeds only a subset of the font, so the PDF stays small", async () => {
    const bytes = await certificatePdf({ ...facts, holderName: "Σοφία Παπαδοπούλου" }, url);
    // The two Noto Sans files are ~600 kB each; the subsets of a few dozen glyphs are a few kB.
    expect(bytes.length).toBeLessThan(40_000);
  });

  it("keeps what the font can print and degrades the rest to plain letters or ?", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    expect(printableText("Zoë Łukasz Ștefan 李", font)).toBe("Zoë Lukasz Stefan ?");
  });
});
