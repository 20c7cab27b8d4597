// Multi-part answers: `L = [[1, 0], [2, 1]], U = [[1, 2], [0, 3]]`, one part per line,
// or parts separated by `;` or `,` at bracket depth 0.
import type { Expect, ParseOptions, Value } from "../types";
import type { Read } from "./items";
import type { Reader } from "./lists";
import { fail, isOpener, trimSpan } from "./source";
import { partsTex } from "./tex";

interface PartStart { name: string; nameStart: number; eq: number }

const NAME_BEFORE = /([A-Za-z][A-Za-z0-9_]*)\s*$/;

export const looksLikeParts = (text: string): boolean => /^\s*[A-Za-z][A-Za-z0-9_]*\s*=(?!=)/.test(text);

function partStarts(r: Reader, s: number, e: number): PartStart[] {
  const { text } = r.src;
  const out: PartStart[] = [];
  for (let k = s; k < e; k++) {
    if (isOpener(text[k])) { k = r.match[k]; continue; }
    if (text[k] !== "=") continue;
    const m = NAME_BEFORE.exec(text.slice(s, k));
    if (!m) fail(r.src, k, "expected a part name before '=' at column {col}");
    const nameStart = s + m.index;
    const before = text.slice(s, nameStart).replace(/[ \t]+$/, "");
    if (before && !/[,;\n]$/.test(before)) fail(r.src, nameStart, "separate the parts with a new line or ';' (column {col})");
    out.push({ name: m[1], nameStart, eq: k });
  }
  return out;
}

export function readParts(
  r: Reader, s: number, e: number, opts: ParseOptions,
  readPart: (expect: Expect | undefined, s: number, e: number) => Read,
): Read {
  const starts = partStarts(r, s, e);
  if (starts.length === 0 || starts[0].nameStart !== s) {
    fail(r.src, s, "write each part as name = value, e.g. L = [[1, 0], [2, 1]] (column {col})");
  }
  const declared = opts.parts ? Object.keys(opts.parts) : null;
  const parts: Record<string, Value> = {};
  const texs: [string, () => string][] = [];
  starts.forEach((p, j) => {
    const name = declared ? declared.find((d) => d.toLowerCase() === p.name.toLowerCase()) : p.name;
    if (!name) fail(r.src, p.nameStart, `unknown part '${p.name}' — this answer has parts ${declared!.join(", ")} (column {col})`);
    if (name in parts) fail(r.src, p.nameStart, `part '${name}' is given twice (column {col})`);
    let end = e;
    if (j + 1 < starts.length) {
      end = starts[j + 1].nameStart;
      while (/[ \t]/.test(r.src.text[end - 1])) end--;
      end -= 1; // the separator before the next part's name
    }
    const [vs, ve] = trimSpan(r.src.text, p.eq + 1, end);
    if (vs === ve) fail(r.src, p.eq, `part '${name}' has no value after '=' (column {col})`);
    const read = readPart(opts.parts?.[name], vs, ve);
    parts[name] = read.value;
    texs.push([name, read.tex]);
  });
  const absent = declared?.filter((d) => !(d in parts)) ?? [];
  if (absent.length > 0) fail(r.src, e, `missing part '${absent[0]}': add ${absent[0]} = … (column {col})`);
  return { value: { kind: "parts", parts }, tex: () => partsTex(texs.map(([name, tex]) => [name, tex()])) };
}
