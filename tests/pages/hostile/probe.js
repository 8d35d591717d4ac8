// Loaded first by every hostile fixture (a classic script, so it runs before
// the page's own code and long before the content script). Records what the
// page sees: errors, long tasks and dialogs; and keeps the real page APIs it
// needs to read the extension's highlights, before the page breaks them.
(function probe() {
  'use strict';
  const errors = [];
  const alerts = [];
  const longTasks = [];
  addEventListener('error', (event) => errors.push(String(event.message || event.error)));
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  for (const name of ['alert', 'confirm', 'prompt']) {
    const original = window[name];
    window[name] = function (...args) {
      alerts.push(`${name}(${args.map(String).join(', ')})`);
      return original && name === 'prompt' ? null : undefined;
    };
  }
  // No Long Tasks API in Firefox: there the test uses the content script's own slice times.
  longTasks.supported = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  if (longTasks.supported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
    }).observe({ type: 'longtask', buffered: true });
  }

  // The real APIs, kept before any page code can replace them.
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  const registryEntries = registry && Object.getPrototypeOf(registry).entries;
  const highlightValues = typeof Highlight === 'function' ? Highlight.prototype.values : undefined;
  // A range's boundary getters, found on its prototype chain (engines put them on AbstractRange or on each kind).
  const getDescriptor = Object.getOwnPropertyDescriptor;
  const getPrototypeOf = Object.getPrototypeOf;
  const getterOf = (proto, name) => {
    for (let p = proto; p; p = getPrototypeOf(p)) {
      const descriptor = getDescriptor(p, name);
      if (descriptor && descriptor.get) return descriptor.get;
    }
    throw new Error(`no getter ${name}`);
  };
  const boundaries = new Map();
  for (const Kind of [Range, typeof StaticRange === 'function' ? StaticRange : null]) {
    if (!Kind) continue;
    const proto = Kind.prototype;
    boundaries.set(proto, ['startContainer', 'startOffset', 'endContainer', 'endOffset'].map((name) => getterOf(proto, name)));
  }
  const boundaryOf = (range) => {
    const [sc, so, ec, eo] = boundaries.get(getPrototypeOf(range));
    return [sc.call(range), so.call(range), ec.call(range), eo.call(range)];
  };
  const createRange = Document.prototype.createRange;
  const setStart = Range.prototype.setStart;
  const setEnd = Range.prototype.setEnd;
  const rangeText = Range.prototype.toString;
  const closest = Element.prototype.closest;
  const getRootNode = Node.prototype.getRootNode;
  const parentElement = Object.getOwnPropertyDescriptor(Node.prototype, 'parentElement').get;
  const hostOf = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'host').get;
  const idOf = Object.getOwnPropertyDescriptor(Element.prototype, 'id').get;
  const isShadowRoot = (node) => node instanceof ShadowRoot;

  /** Every range in a highlight whose name starts with "rhetoric-lens": its group, text and nearest id. */
  function highlights() {
    const out = [];
    if (!registryEntries) return out;
    for (const [name, highlight] of registryEntries.call(registry)) {
      if (!name.startsWith('rhetoric-lens')) continue;
      for (const range of highlightValues.call(highlight)) {
        const [start, startAt, end, endAt] = boundaryOf(range);
        const real = createRange.call(document);
        let text = '';
        try {
          setStart.call(real, start, startAt);
          setEnd.call(real, end, endAt);
          text = rangeText.call(real);
        } catch (error) {
          text = `<unreadable range: ${error}>`;
        }
        const parent = start.nodeType === 1 ? start : parentElement.call(start);
        const withId = parent && closest.call(parent, '[id]');
        const root = getRootNode.call(start);
        out.push({ name, group: name.slice('rhetoric-lens-'.length), text, id: withId ? idOf.call(withId) : isShadowRoot(root) ? idOf.call(hostOf.call(root)) : '' });
      }
    }
    return out;
  }

  const rectOf = Range.prototype.getBoundingClientRect;
  const getElementById = Document.prototype.getElementById;
  const firstChild = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild').get;
  const scrollIntoView = Element.prototype.scrollIntoView;

  /** The viewport centre of `word` in the first text node of the element with `id`, measured with the real APIs. */
  function pointOf(id, word) {
    const element = getElementById.call(document, id);
    const text = firstChild.call(element);
    const at = text.data.indexOf(word);
    if (at < 0) throw new Error(`"${word}" is not in #${id}`);
    scrollIntoView.call(element, { block: 'center' });
    const range = createRange.call(document);
    setStart.call(range, text, at);
    setEnd.call(range, text, at + word.length);
    const box = rectOf.call(range);
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  window.__probe = { errors, alerts, longTasks, highlights, pointOf, loadedAt: performance.now() };
})();
