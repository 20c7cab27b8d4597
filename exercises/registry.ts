// id → Generator for every skill module, built once at import. Skill files register by being
// listed in their module's index.ts (exercises/<course>/<module>/index.ts); this file only joins
// the courses and refuses duplicates or ids the curriculum does not know.
import { curriculum } from "./curriculum";
import { skills as linearAlgebra } from "./linear-algebra";
import { skills as multivariateCalculus } from "./multivariate-calculus";
import { skills as pca } from "./pca";
import type { Generator } from "./types";

export const generators: readonly Generator[] = [...linearAlgebra, ...multivariateCalculus, ...pca];

function build(list: readonly Generator[]): ReadonlyMap<string, Generator> {
  const map = new Map<string, Generator>();
  for (const g of list) {
    if (map.has(g.id)) throw new Error(`registry: ${g.id} is registered twice`);
    if (!curriculum.byId.has(g.id)) throw new Error(`registry: ${g.id} is not a curriculum skill id`);
    map.set(g.id, g);
  }
  return map;
}

export const registry: ReadonlyMap<string, Generator> = build(generators);

export function getGenerator(id: string): Generator | undefined {
  return registry.get(id);
}
