import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/**
 * The upper end of a low/high pair: valid when either end is missing, or when it is not below
 * the property named `lowProperty` ("quantityHigh must not be less than quantityLow").
 */
export function IsNotLessThan(lowProperty: string, options: ValidationOptions = {}) {
  return (target: object, propertyName: string): void => {
    registerDecorator({
      name: 'isNotLessThan',
      target: target.constructor,
      propertyName,
      constraints: [lowProperty],
      options: {
        message: `${propertyName} must not be less than ${lowProperty}`,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const low = (args.object as Record<string, unknown>)[lowProperty];
          return typeof value !== 'number' || typeof low !== 'number' || value >= low;
        },
      },
    });
  };
}
