/**
 * Notices a new address on the same page (pushState, replaceState, back and
 * forward, a new hash) without telling the page anything: WXT's watcher
 * dispatched an event named after the extension on the page's window. With
 * the Navigation API the browser says when the current entry changes; without
 * it, the address is compared once a second. A page that sends the event
 * itself only makes the watcher compare the address again.
 */
const POLL_MS = 1_000;

/**
 * Returns what attaches the listener for one round (document.open() erases
 * it: the session attaches it again). `onChange` runs when the address
 * differs from the last one seen.
 */
export function watchLocation(lifetime: AbortSignal, onChange: () => void): (round: AbortSignal) => void {
  let last = location.href;
  const look = () => {
    const now = location.href;
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener !== 'function') {
    const timer = setInterval(look, POLL_MS);
    lifetime.addEventListener('abort', () => clearInterval(timer), { once: true });
    return () => {};
  }
  return (round) => navigation.addEventListener('currententrychange', look, { signal: round });
}
