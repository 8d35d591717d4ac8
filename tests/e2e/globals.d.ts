/**
 * Code that tests evaluate inside the extension's service worker or pages
 * uses the `chrome` namespace, which the project's own code never touches
 * (it imports `browser` from wxt/browser).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
