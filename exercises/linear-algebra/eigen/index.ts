// Generators of module "eigen" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import verifyEigenvector from "./verify-eigenvector";
import geometric from "./geometric";
import characteristicPolynomial from "./characteristic-polynomial";
import eigenvalues2x2 from "./eigenvalues-2x2";
import eigenvectors2x2 from "./eigenvectors-2x2";
import eigenvalues3x3 from "./eigenvalues-3x3";
import diagonalise from "./diagonalise";
import matrixPower from "./matrix-power";
import pagerank from "./pagerank";

export const skills: Generator[] = [
  verifyEigenvector,
  geometric,
  characteristicPolynomial,
  eigenvalues2x2,
  eigenvectors2x2,
  eigenvalues3x3,
  diagonalise,
  matrixPower,
  pagerank,
];
