/**
 * The error every needs calculation throws when its input cannot give a meaningful figure
 * (no available working days, allowances that eat all the time, a norm without units per staff…).
 * `field` names the input at fault, so a caller can point the planner at it (e.g. a 422 problem with the field).
 */
export class CalcInputError extends Error {
  /** The input at fault, e.g. `workingDaysPerYear`, `categoryAllowances`, `unitsPerStaff`, `pins`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'CalcInputError';
    this.field = field;
  }
}

/** Throws a CalcInputError for `field` unless `value` is a finite number. */
export function requireFinite(field: string, value: number, what = field): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CalcInputError(field, `${what} must be a finite number (got ${String(value)})`);
}

/** Throws a CalcInputError for `field` unless `value` is a finite number ≥ 0. */
export function requireNonNegative(field: string, value: number, what = field): void {
  requireFinite(field, value, what);
  if (value < 0) throw new CalcInputError(field, `${what} must not be negative (got ${value})`);
}

/** Throws a CalcInputError for `field` unless `value` is a finite number > 0. */
export function requirePositive(field: string, value: number, what = field): void {
  requireFinite(field, value, what);
  if (value <= 0) throw new CalcInputError(field, `${what} must be greater than 0 (got ${value})`);
}
