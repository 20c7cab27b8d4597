// Reads exercises/curriculum.json into the scheduler's graph (bench and tests share this reader).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { indexGraph, type GraphIndex } from "../../lib/scheduling";

export function loadCurriculumGraph(): GraphIndex {
  const path = fileURLToPath(new URL("../../exercises/curriculum.json", import.meta.url));
  const result = indexGraph({ skills: JSON.parse(readFileSync(path, "utf8")) });
  if (!result.ok) throw new Error(`exercises/curriculum.json: ${result.message}`);
  return result.graph;
}
