// Every law file under laws/<course>/<module>.ts, merged into one skill id → law map.
/// <reference types="vite/client" />
import type { Law, Laws } from "./laws/types";

const files = import.meta.glob<{ laws: Laws }>("./laws/*/*.ts", { eager: true });

export const laws: ReadonlyMap<string, Law> = new Map(
  Object.values(files).flatMap((file) => Object.entries(file.laws)),
);
