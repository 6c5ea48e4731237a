/** At most `max` characters of free text on one line: a listing's description as a page's meta description. */
export function summarize(text: string | null | undefined, max = 120): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
