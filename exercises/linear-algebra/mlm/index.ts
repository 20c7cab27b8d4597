// Generators of module "mlm" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import norms from "./norms";
import hadamard from "./hadamard";
import transpose from "./transpose";
import matrixTypes from "./matrix-types";
import trace from "./trace";
import rank from "./rank";
import lu from "./lu";
import qr from "./qr";
import cholesky from "./cholesky";
import eigendecomposition from "./eigendecomposition";
import svd from "./svd";
import pseudoinverse from "./pseudoinverse";
import lowRank from "./low-rank";

export const skills: Generator[] = [
  norms,
  hadamard,
  transpose,
  matrixTypes,
  trace,
  rank,
  lu,
  qr,
  cholesky,
  eigendecomposition,
  svd,
  pseudoinverse,
  lowRank,
];
