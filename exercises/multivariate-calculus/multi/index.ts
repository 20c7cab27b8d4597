// Generators of module "multi" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import partialDerivatives from "./partial-derivatives";
import totalDerivative from "./total-derivative";
import jacobianVector from "./jacobian-vector";
import jacobianMatrix from "./jacobian-matrix";
import hessian from "./hessian";

export const skills: Generator[] = [partialDerivatives, totalDerivative, jacobianVector, jacobianMatrix, hessian];
