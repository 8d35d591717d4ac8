import type { Matcher } from '../../src/core/matcher';

/** Selections longer than this are not a phrase: they are cut before scanning. */
const MAX_SELECTION = 2000;

/** The entry a selection names: its first hit (the longest where several start together), if any. */
export function entryForSelection(text: string, matcher: Matcher): string | undefined {
  const { hits } = matcher.scan(text.slice(0, MAX_SELECTION));
  const first = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first ? matcher.entries[first.entry].id : undefined;
}
