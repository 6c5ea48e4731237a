// China's administrative divisions (GB/T 2260) with their names: validation, full names,
// search prefixes, cascader levels and the roll-up of figures kept per place.
export {
  findRegion,
  isRegionCode,
  REGION_DATA_YEAR,
  regionName,
  regionOptions,
  regionPath,
  regionPrefixes,
  regionSearchPrefix,
  rollUpRegions,
  type Region,
  type RegionLevel,
  type RegionOption,
  type RegionRollup,
} from './regions.js';
