// The certificate's fonts: Noto Sans Regular and Bold (SIL OFL 1.1, from @expo-google-fonts/noto-sans),
// which cover Latin, Greek and Cyrillic, embedded subset so a PDF carries only the glyphs it draws.
import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;

/**
 * pdf-lib asks fontkit to parse the font file on every embedFont; parsing Noto Sans (and its
 * layout tables, read lazily and kept on the parsed font) costs ~80 ms, so the parsed fonts are
 * kept once per process, keyed by the bytes they came from. Subsets are still made per document.
 * Text layout (GSUB shaping) was then half the build time: pdf-lib lays each string out twice
 * (measure, draw) and most strings recur in every certificate, so recent layouts are kept too.
 * pdf-lib only reads the glyphs of a layout, never changes them, so sharing them is safe.
 */
type FontkitFont = ReturnType<Fontkit["create"]>;
const LAYOUTS_KEPT = 512;
const parsed = new WeakMap<Uint8Array, FontkitFont>();

function withLayoutCache(font: FontkitFont): FontkitFont {
  const layout = font.layout.bind(font);
  const recent = new Map<string, ReturnType<FontkitFont["layout"]>>();
  font.layout = (text, features) => {
    const key = `${JSON.stringify(features ?? null)}\u0000${text}`;
    let run = recent.get(key);
    if (run) recent.delete(key);
    else run = layout(text, features);
    recent.set(key, run);
    if (recent.size > LAYOUTS_KEPT) recent.delete(recent.keys().next().value as string);
    return run;
  };
  return font;
}

const cachingFontkit: Fontkit = {
  create(bytes, postscriptName) {
    let font = parsed.get(bytes);
    if (!font) parsed.set(bytes, (font = withLayoutCache(fontkit.create(bytes, postscriptName))));
    return font;
  },
};

export async function embedCertificateFonts(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  // Literal paths inside the calls, so Next's file tracing copies just these two files into a
  // standalone build (a path held in a variable makes it trace the whole project).
  fontBytes ??= {
    regular: readFileSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf")),
    bold: readFileSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf")),
  };
  doc.registerFontkit(cachingFontkit);
  // ccmp would split precomposed letters such as "ị" into base + mark glyphs, and pdf-lib's
  // ToUnicode map has no character for the mark, so copied text lost it; names are NFC anyway.
  const options = { subset: true, features: { ccmp: false } };
  const [regular, bold] = await Promise.all([
    doc.embedFont(fontBytes.regular, options),
    doc.embedFont(fontBytes.bold, options),
  ]);
  return { regular, bold };
}
