// Generators of module "stats" (pca): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import mean from "./mean";
import variance from "./variance";
import covarianceMatrix from "./covariance-matrix";
import linearTransform from "./linear-transform";

export const skills: Generator[] = [mean, variance, covarianceMatrix, linearTransform];
