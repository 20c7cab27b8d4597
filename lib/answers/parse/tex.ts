// LaTeX for the structures of the answer language (shared by the parser's preview and format).

export const vectorTex = (entries: string[], column: boolean): string =>
  column
    ? `\\begin{pmatrix} ${entries.join(" \\\\ ")} \\end{pmatrix}`
    : `\\left( ${entries.join(",\\ ")} \\right)`;

export const matrixTex = (rows: string[][]): string =>
  `\\begin{bmatrix} ${rows.map((r) => r.join(" & ")).join(" \\\\ ")} \\end{bmatrix}`;

export const setTex = (items: string[]): string =>
  items.length === 0 ? "\\varnothing" : `\\left\\{ ${items.join(",\\ ")} \\right\\}`;

export const wordTex = (word: string): string => `\\text{${word.replace(/[\\{}$&#^_%~]/g, "")}}`;

export const partsTex = (parts: [string, string][]): string =>
  parts.map(([name, tex]) => `${name.length > 1 ? `\\mathrm{${name}}` : name} = ${tex}`).join(",\\quad ");
