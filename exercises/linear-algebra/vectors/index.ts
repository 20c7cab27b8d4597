// Generators of module "vectors" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import modulus from "./modulus";
import dot from "./dot";
import dotProperties from "./dot-properties";
import angle from "./angle";
import orthogonalTest from "./orthogonal-test";
import scalarProjection from "./scalar-projection";
import vectorProjection from "./vector-projection";
import changeBasisOrthogonal from "./change-basis-orthogonal";
import linearIndependence from "./linear-independence";
import basisCheck from "./basis-check";

export const skills: Generator[] = [
  modulus,
  dot,
  dotProperties,
  angle,
  orthogonalTest,
  scalarProjection,
  vectorProjection,
  changeBasisOrthogonal,
  linearIndependence,
  basisCheck,
];
