// Generators of module "matrices" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import matrixVector from "./matrix-vector";
import transformBasisVectors from "./transform-basis-vectors";
import geometricTransform from "./geometric-transform";

export const skills: Generator[] = [matrixVector, transformBasisVectors, geometricTransform];
