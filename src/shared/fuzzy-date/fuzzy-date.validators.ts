import { registerDecorator, type ValidationArguments } from 'class-validator';

import { parsePartialDate } from './fuzzy-date';

const FORM = 'a date of the form YYYY, YYYY-MM or YYYY-MM-DD (a real day: no 2023-02-30)';

function register(
  target: object,
  propertyName: string,
  name: string,
  message: (args: ValidationArguments) => string,
  validate: (value: unknown, object: Record<string, unknown>) => boolean,
): void {
  registerDecorator({
    name,
    target: target.constructor,
    propertyName,
    options: { message },
    validator: { validate: (value, args) => validate(value, (args?.object ?? {}) as never) },
  });
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', a real date; the form is the precision. */
export function IsPartialDate() {
  return (target: object, propertyName: string): void =>
    register(
      target,
      propertyName,
      'isPartialDate',
      () => `${propertyName} must be ${FORM}`,
      (value) => typeof value === 'string' && parsePartialDate(value) !== null,
    );
}

/** The end of a range may not finish before its start begins ("2024-05" to "2024" is fine). */
export function IsNotBeforeFrom() {
  return (target: object, propertyName: string): void =>
    register(
      target,
      propertyName,
      'isNotBeforeFrom',
      (args) =>
        `${propertyName}: the range ends (${String(args.value)}) before it starts (${String((args.object as { from?: unknown }).from)})`,
      (value, object) => {
        const from = typeof object.from === 'string' ? parsePartialDate(object.from) : null;
        const to = typeof value === 'string' ? parsePartialDate(value) : null;
        // A malformed from or to is reported by IsPartialDate.
        return !from || !to || to.last >= from.first;
      },
    );
}

/** `ongoing` ("since 2015") and an end date exclude each other. */
export function IsNotOngoingWithEnd() {
  return (target: object, propertyName: string): void =>
    register(
      target,
      propertyName,
      'isNotOngoingWithEnd',
      () => `${propertyName}: an ongoing date has no end; give either to or ongoing, not both`,
      (value, object) => value !== true || object.to == null,
    );
}
