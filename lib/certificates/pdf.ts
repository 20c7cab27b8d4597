// The certificate as a one-page A4 landscape PDF (pdf-lib): title, holder, credential, date,
// issuer, code, and the verification URL as text, as a link and as a QR code (qrcode). Pure.
import {
  PDFDocument, PDFName, PDFString, fill, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingRgbColor,
  type PDFFont, type PDFPage,
} from "pdf-lib";
import QRCode from "qrcode";
import { formatCode } from "./code";
import { formatIssueDate, type CertificateFacts } from "./credential";
import { CREDENTIAL_TITLES } from "./eligibility";
import { embedCertificateFonts } from "./pdf-fonts";

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const INK = rgb(0.12, 0.23, 0.37);

/**
 * Noto Sans prints Latin, Greek and Cyrillic names exactly. A character it lacks (CJK, Arabic,
 * Devanagari, emoji…) is printed without its accents if that helps, else as "?", so a name never
 * breaks the PDF; the verify page, the PDF's title and the credential always carry the exact name.
 */
/** Latin letters with a stroke have no Unicode decomposition; these are their plain forms. */
const STROKED: Record<string, string> = { "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ŧ": "T", "ŧ": "t" };

const charsets = new WeakMap<PDFFont, Set<number>>();

export function printableText(text: string, font: PDFFont): string {
  let supported = charsets.get(font);
  if (!supported) charsets.set(font, (supported = new Set(font.getCharacterSet())));
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (supported.has(ch.codePointAt(0)!)) out += ch;
    else {
      const plain = STROKED[ch] ?? ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += [...plain].every((c) => supported.has(c.codePointAt(0)!)) && plain ? plain : "?";
    }
  }
  return out;
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number): void {
  const safe = printableText(text, font);
  // Width is linear in size, so one text layout (the costly part with an embedded font) serves
  // every size tried. Long names shrink to fit the page width rather than run off it.
  const unitWidth = font.widthOfTextAtSize(safe, 1);
  let s = size;
  while (s > 8 && unitWidth * s > page.getWidth() - 120) s -= 1;
  page.drawText(safe, { x: (page.getWidth() - unitWidth * s) / 2, y, size: s, font, color: INK });
}

function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = side / modules.size;
  // Raw "re" operators filled once: page.drawRectangle per module (or one SVG path) took most of
  // the PDF's build time.
  const squares = [];
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) squares.push(rectangle(x + c * cell, y + side - (r + 1) * cell, cell, cell));
  }
  page.pushOperators(pushGraphicsState(), setFillingRgbColor(0, 0, 0), ...squares, fill(), popGraphicsState());
}

function linkAnnotation(doc: PDFDocument, page: PDFPage, url: string, rect: [number, number, number, number]): void {
  const annot = doc.context.register(doc.context.obj({
    Type: "Annot", Subtype: "Link", Rect: rect, Border: [0, 0, 0],
    A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
  }));
  page.node.set(PDFName.of("Annots"), doc.context.obj([annot]));
}

export async function certificatePdf(facts: CertificateFacts, verifyUrl: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const title = CREDENTIAL_TITLES[facts.credential];
  doc.setTitle(`${title}: ${facts.holderName}`);
  doc.setAuthor(facts.issuerName);
  doc.setSubject(`Verify at ${verifyUrl}`);
  doc.setCreationDate(facts.issuedAt);
  const page = doc.addPage(A4_LANDSCAPE);
  const { regular, bold } = await embedCertificateFonts(doc);
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: INK, borderWidth: 3 });
  centred(page, "Certificate", height - 100, regular, 20);
  centred(page, title, height - 140, bold, 24);
  centred(page, "awarded to", height - 185, regular, 14);
  centred(page, facts.holderName, height - 225, bold, 30);
  centred(page, `Issued ${formatIssueDate(facts.issuedAt)} by ${facts.issuerName}`, height - 265, regular, 13);
  centred(page, `${facts.skillTitles.length} skills covered`, height - 287, regular, 12);
  if (facts.revocation) centred(page, `REVOKED ${formatIssueDate(facts.revocation.revokedAt)}: ${facts.revocation.reason}`, height - 312, bold, 13);
  const qrSide = 120;
  drawQr(page, verifyUrl, (width - qrSide) / 2, 110, qrSide);
  centred(page, `Certificate code ${formatCode(facts.code)}`, 88, regular, 11);
  centred(page, `Verify at ${verifyUrl}`, 66, regular, 11);
  linkAnnotation(doc, page, verifyUrl, [60, 60, width - 60, 110 + qrSide]);
  return doc.save();
}
