/**
 * The filing date a validation runs at, for the formats that depend on it (a personal ID's birth
 * year must not be in the future). Ajv passes no context to format functions, so the core sets
 * the date around each synchronous validation instead; JavaScript runs one validation at a time,
 * so the scope cannot leak into another request.
 */
let scoped: string | undefined;

/** Runs `validate` with `date` (YYYY-MM-DD) as the filing date seen by the formats. */
export function atFilingDate<T>(date: string, validate: () => T): T {
  const outer = scoped;
  scoped = date;
  try {
    return validate();
  } finally {
    scoped = outer;
  }
}

/** The filing date of the running validation, if the caller gave one. */
export function currentFilingDate(): string | undefined {
  return scoped;
}
