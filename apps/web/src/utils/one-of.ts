/**
 * A string from a form or the address bar as one of an enumeration's values, or `undefined`
 * (the filter is then left out of the request): the generated api types accept only the values.
 */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}
