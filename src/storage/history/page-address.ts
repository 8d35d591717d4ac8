/**
 * How the history names a page: its URL without the fragment (a reload or an
 * in-page jump is the same page), and its site (the host without "www.").
 */

/** The URL a page is stored under: the fragment removed, so "#comments" does not make a second record. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** "www.example.com" → "example.com"; '' for URLs without a host. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return ''; // not a URL at all: no site to group it under
  }
}

/** Whether a stored URL is safe to open from a link: only web and file pages, never `javascript:` or `data:`. */
export function isOpenableUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:' || protocol === 'file:';
  } catch {
    return false; // unparsable: do not link it
  }
}

/**
 * `text` cut to at most `max` UTF-16 code units, never between the halves of
 * a surrogate pair, ending in `mark` (an ellipsis) when it was cut. Every
 * text a page controls goes through it before it is stored.
 */
export function boundedText(text: string, max: number, mark = '…'): string {
  if (text.length <= max) return text;
  let end = max - mark.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + mark;
}
