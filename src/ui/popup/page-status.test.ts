import { describe, expect, test } from 'vitest';
import type { Result } from '../../messaging/messages';
import type { PageReport } from '../../core/types';
import { defaultSettings, type Settings } from '../../storage/settings';
import { isBrowserPage, MESSAGES, pageStatus, withSite } from './page-status';
import { testReport } from '../../../tests/support/test-report';

const ok = (report: PageReport): Result<PageReport> => ({ ok: true, value: report });
const noAnswer: Result<PageReport> = { ok: false, error: 'Could not establish connection. Receiving end does not exist.' };
const settings = (extra: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...extra });

test.each([
  ['chrome://extensions/', true],
  ['about:blank', true],
  ['edge://settings', true],
  ['moz-extension://abc/popup.html', true],
  ['view-source:https://example.org/', true],
  ['https://chromewebstore.google.com/detail/x', true],
  ['https://chrome.google.com/webstore/category/extensions', true],
  ['https://addons.mozilla.org/en-US/firefox/', true],
  [undefined, true],
  ['https://example.org/news', false],
  ['http://127.0.0.1:8080/a.html', false],
  ['file:///home/me/a.html', false],
])('isBrowserPage(%s) = %s', (url, expected) => {
  expect(isBrowserPage(url)).toBe(expected);
});

describe('pageStatus', () => {
  const url = 'https://www.example.org/news';
  test.each<[string, string | undefined, Partial<Settings>, Result<PageReport> | undefined, string, string?]>([
    ['a browser page', 'chrome://settings', {}, noAnswer, 'unscannable', MESSAGES.browserPage],
    ['the web store, even if it answered', 'https://chromewebstore.google.com/x', {}, ok(testReport([])), 'unscannable', MESSAGES.browserPage],
    ['a web page that does not answer', url, {}, noAnswer, 'unscannable', MESSAGES.noAnswer],
    ['no URL and no answer', undefined, {}, noAnswer, 'unscannable', MESSAGES.browserPage],
    ['paused', url, { enabled: false, paused: true }, ok(testReport([])), 'paused', MESSAGES.paused],
    ['off everywhere', url, { enabled: false }, ok(testReport([])), 'off', MESSAGES.off],
    ['off for the site', url, { deniedSites: ['example.org'] }, ok(testReport([])), 'off-for-site', MESSAGES.offForSite],
    ['not on the allow list', url, { siteMode: 'allow', allowedSites: ['other.org'] }, ok(testReport([])), 'off-for-site', MESSAGES.offForSite],
    ['on the allow list', url, { siteMode: 'allow', allowedSites: ['example.org'] }, ok(testReport([])), 'report'],
    ['paused on the page by the keyboard', url, {}, ok(testReport([], { state: 'paused' })), 'paused-page', MESSAGES.pausedPage],
    ['waiting for the page', url, {}, undefined, 'loading'],
    ['a report', url, {}, ok(testReport([])), 'report'],
    ['a report without a URL from the browser', undefined, {}, ok(testReport([])), 'report'],
  ])('%s', (_name, pageUrl, extra, report, kind, message) => {
    const status = pageStatus(pageUrl, settings(extra), report);
    expect(status.kind).toBe(kind);
    if (message) expect(status).toMatchObject({ message });
  });
});

describe('withSite', () => {
  test.each<[string, Partial<Settings>, boolean, Partial<Settings>]>([
    ['deny mode, off: adds the host without www', { deniedSites: ['a.org'] }, false, { deniedSites: ['a.org', 'example.org'] }],
    ['deny mode, off twice: no duplicate', { deniedSites: ['example.org'] }, false, { deniedSites: ['example.org'] }],
    ['deny mode, on: removes every matching pattern', { deniedSites: ['example.org', '*.example.org', 'a.org'] }, true, { deniedSites: ['a.org'] }],
    ['allow mode, on: adds the host', { siteMode: 'allow', allowedSites: ['a.org'] }, true, { allowedSites: ['a.org', 'example.org'] }],
    ['allow mode, off: removes matching patterns', { siteMode: 'allow', allowedSites: ['example.org', 'a.org'] }, false, { allowedSites: ['a.org'] }],
  ])('%s', (_name, extra, on, expected) => {
    expect(withSite(settings(extra), 'www.example.org', on)).toMatchObject(expected);
  });
});
