// Generators of module "mappings" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import einsteinSummation from "./einstein-summation";
import nonSquare from "./non-square";
import changeBasisMatrix from "./change-basis-matrix";
import transformInBasis from "./transform-in-basis";
import orthogonalMatrix from "./orthogonal-matrix";
import gramSchmidt from "./gram-schmidt";
import reflectionPlane from "./reflection-plane";

export const skills: Generator[] = [
  einsteinSummation,
  nonSquare,
  changeBasisMatrix,
  transformInBasis,
  orthogonalMatrix,
  gramSchmidt,
  reflectionPlane,
];
