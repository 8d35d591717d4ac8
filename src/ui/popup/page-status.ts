/**
 * What the popup can say about a tab before it shows any hits: whether the
 * page can be scanned at all, and whether the settings turn highlighting off.
 */
import type { Result } from '../../messaging/messages';
import type { PageReport } from '../../core/types';
import { hostMatches, isSiteDenied, type Settings } from '../../storage/settings';

export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'report'; report: PageReport }
  | { kind: 'unscannable'; message: string }
  | { kind: 'paused'; message: string }
  | { kind: 'off'; message: string }
  | { kind: 'off-for-site'; message: string; site: string }
  /** Paused on this page only, by the keyboard command. */
  | { kind: 'paused-page'; message: string };

/** Pages no extension may script: the browsers' own pages and their add-on stores. */
const STORE_PAGES = [
  /^https:\/\/chrome\.google\.com\/webstore\b/,
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons\b/,
];

export function isBrowserPage(url: string | undefined): boolean {
  if (!url) return true;
  if (STORE_PAGES.some((pattern) => pattern.test(url))) return true;
  return !/^(https?|file):/i.test(url);
}

/** The host a site toggle acts on: '' for browser pages and pages without one. */
export function hostOf(url: string | undefined): string {
  if (isBrowserPage(url)) return '';
  try {
    return new URL(url!).hostname;
  } catch {
    return ''; // not a URL: no site toggle
  }
}

export const MESSAGES = {
  browserPage: 'This page cannot be scanned (browser page)',
  noAnswer: 'This page cannot be scanned (it did not answer: reload it to scan it)',
  paused: 'Highlighting is paused everywhere',
  off: 'Highlighting is off everywhere',
  offForSite: 'Highlighting is off for this site',
  pausedPage: 'Highlighting is paused on this page',
} as const;

/**
 * The settings come first: when highlighting is off, the page's answer is
 * stale or missing anyway. A browser page is named as such; a web page that
 * does not answer was loaded before the extension (or forbids scripts).
 */
export function pageStatus(url: string | undefined, settings: Settings, report: Result<PageReport> | undefined): PageStatus {
  if (url !== undefined && isBrowserPage(url)) return { kind: 'unscannable', message: MESSAGES.browserPage };
  if (settings.paused) return { kind: 'paused', message: MESSAGES.paused };
  if (!settings.enabled) return { kind: 'off', message: MESSAGES.off };
  const host = hostOf(url ?? (report?.ok ? report.value.url : undefined));
  if (host && isSiteDenied(settings, host)) return { kind: 'off-for-site', message: MESSAGES.offForSite, site: host };
  if (report === undefined) return { kind: 'loading' };
  if (!report.ok) return { kind: 'unscannable', message: url === undefined ? MESSAGES.browserPage : MESSAGES.noAnswer };
  if (report.value.state === 'paused') return { kind: 'paused-page', message: MESSAGES.pausedPage };
  return { kind: 'report', report: report.value };
}

/**
 * The settings after turning highlighting on or off for a host, in either
 * site mode: in `deny` mode the host leaves or joins `deniedSites`, in
 * `allow` mode it joins or leaves `allowedSites`. Turning a site off or on
 * removes every pattern that matches the host, so the switch always wins.
 */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const site = host.toLowerCase().replace(/^www\./, '');
  const without = (patterns: string[]) => patterns.filter((pattern) => !hostMatches(host, pattern));
  const adding = (patterns: string[]) => (patterns.includes(site) ? patterns : [...patterns, site]);
  if (settings.siteMode === 'allow') {
    return { ...settings, allowedSites: on ? adding(settings.allowedSites) : without(settings.allowedSites) };
  }
  return { ...settings, deniedSites: on ? without(settings.deniedSites) : adding(settings.deniedSites) };
}
