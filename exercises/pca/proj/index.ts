// Generators of module "proj" (pca): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import ontoLine from "./onto-line";
import projectionMatrixLine from "./projection-matrix-line";
import ontoSubspace from "./onto-subspace";
import reconstructionError from "./reconstruction-error";

export const skills: Generator[] = [ontoLine, projectionMatrixLine, ontoSubspace, reconstructionError];
