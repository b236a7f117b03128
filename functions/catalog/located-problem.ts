/** A catalog problem placed in a file, as the CLI prints it and the admin API returns it. */
import type { CatalogProblem } from '../core/catalog-checks';

export interface LocatedProblem extends Omit<CatalogProblem, 'subject'> {
  /** Absolute path of the file. */
  file: string;
  /** 1-based; absent when the file could not be parsed far enough to place the pointer. */
  line?: number;
  column?: number;
}
