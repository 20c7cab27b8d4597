// Generators of module "taylor" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import maclaurin from "./maclaurin";
import taylorPoint from "./taylor-point";
import linearisation from "./linearisation";
import multivariate from "./multivariate";

export const skills: Generator[] = [maclaurin, taylorPoint, linearisation, multivariate];
