// Generators of module "matrices" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import matrixVector from "./matrix-vector";
import transformBasisVectors from "./transform-basis-vectors";
import geometricTransform from "./geometric-transform";
import multiply from "./multiply";
import composition from "./composition";
import determinant2x2 from "./determinant-2x2";
import determinant3x3 from "./determinant-3x3";

export const skills: Generator[] = [matrixVector, transformBasisVectors, geometricTransform, multiply, composition, determinant2x2, determinant3x3];
