import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * An email address. validator's isEmail throws (URIError) on a lone UTF-16 surrogate instead of
 * answering false, which would become a 500; such a string is simply not an address.
 */
export function IsEmailAddress(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !LONE_SURROGATE.test(value) && isEmail(value),
        defaultMessage: () => '$property must be a valid email address',
      },
    },
    validationOptions,
  );
}
