/**
 * Calendar dates as the market's users live them: China Standard Time (UTC+8, no daylight
 * saving). Dates travel as YYYY-MM-DD; the search index holds them as epoch seconds.
 */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** Today's date (YYYY-MM-DD) in China. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD → epoch seconds at the last second of that day in China. */
export function endOfDayInChina(date: string): number {
  return Math.floor(new Date(`${date}T23:59:59+08:00`).getTime() / 1000);
}

/** Epoch seconds → the date (YYYY-MM-DD) it falls on in China. */
export function dateInChina(epochSeconds: number): string {
  return todayInChina(new Date(epochSeconds * 1000));
}
