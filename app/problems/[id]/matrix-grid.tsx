"use client";
import { useState } from "react";

/** A rows × cols grid of entry boxes that writes the matrix into the answer as [[a, b], [c, d]]. */
export function MatrixGrid({ rows, cols, onChange }: { rows: number; cols: number; onChange: (text: string) => void }) {
  const [cells, setCells] = useState<string[][]>(() => Array.from({ length: rows }, () => Array<string>(cols).fill("")));
  function set(r: number, c: number, value: string) {
    const next = cells.map((row) => [...row]);
    next[r][c] = value;
    setCells(next);
    onChange(`[${next.map((row) => `[${row.map((v) => v.trim() || "?").join(", ")}]`).join(", ")}]`);
  }
  return (
    <div role="group" aria-label={`Matrix entries, ${rows} rows by ${cols} columns`} className="grid-input" style={{ gridTemplateColumns: `repeat(${cols}, auto)` }}>
      {cells.map((row, r) =>
        row.map((v, c) => (
          <input key={`${r}-${c}`} aria-label={`Row ${r + 1}, column ${c + 1}`} value={v} autoComplete="off" onChange={(e) => set(r, c, e.target.value)} />
        )),
      )}
    </div>
  );
}
