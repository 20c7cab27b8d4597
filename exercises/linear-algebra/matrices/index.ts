// Generators of module "matrices" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import matrixVector from "./matrix-vector";
import transformBasisVectors from "./transform-basis-vectors";
import geometricTransform from "./geometric-transform";
import multiply from "./multiply";
import composition from "./composition";
import solveElimination from "./solve-elimination";
import determinant2x2 from "./determinant-2x2";
import determinant3x3 from "./determinant-3x3";
import determinantArea from "./determinant-area";
import inverse2x2 from "./inverse-2x2";
import inverse3x3 from "./inverse-3x3";
import solveWithInverse from "./solve-with-inverse";
import singular from "./singular";

export const skills: Generator[] = [
  matrixVector,
  transformBasisVectors,
  geometricTransform,
  multiply,
  composition,
  solveElimination,
  determinant2x2,
  determinant3x3,
  determinantArea,
  inverse2x2,
  inverse3x3,
  solveWithInverse,
  singular,
];
