/**
 * Administrative division codes (行政区划代码, GB/T 2260): six digits, the first two a province.
 * The structure is checked; the full national list changes every year and is not shipped.
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export function isValidRegionCode(input: string): boolean {
  return /^\d{6}$/.test(input) && PROVINCES.has(input.slice(0, 2));
}
