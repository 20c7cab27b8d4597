import { PDFDocument, PDFName, PDFDict, PDFString, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { certificatePdf, winAnsiSafe } from "@/lib/certificates/pdf";
import { readPdfText } from "../../helpers/certificates-pdf-text";

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
    const text = readPdfText(doc);
    expect(text).toContain(`Verify at ${url}`);
    expect(text).toContain("Zoë Lukasiewicz ?");
    expect(text).toContain("7K3M-ZQ4N-8P2R-TV6W-9XY0-ABCD-EF");
    const annots = doc.getPage(0).node.Annots()!;
    const link = doc.context.lookup(annots.get(0), PDFDict);
    const action = link.lookup(PDFName.of("A"), PDFDict);
    expect(action.lookup(PDFName.of("URI"), PDFString).decodeText()).toBe(url);
  });

  it("keeps accents WinAnsi can print and replaces what it cannot", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    expect(winAnsiSafe("Zoë Łukasz Ștefan 李", font)).toBe("Zoë Lukasz Stefan ?");
  });
});
