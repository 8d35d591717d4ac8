/**
 * One MutationObserver for the page and its open shadow roots. The callback
 * only queues records and asks for a run later; the work happens in idle
 * time, in chunks, never inside the callback.
 */

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // What can show or hide text: the `hidden` attribute, <details open>, editors, and class or style changes.
  attributeFilter: ['hidden', 'open', 'contenteditable', 'class', 'style'],
};

export class MutationWatcher {
  readonly #observer: MutationObserver;
  #queue: MutationRecord[] = [];
  readonly #observed = new WeakSet<Node>();
  #notified = false;

  /** `onQueued` is called once when records arrive after the last `take`. */
  constructor(private readonly onQueued: () => void) {
    this.#observer = new MutationObserver((records) => this.#enqueue(records));
  }

  observe(root: Node): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer.observe(root, OPTIONS);
  }

  get pending(): number {
    return this.#queue.length;
  }

  /** Takes up to `max` queued records (and any the observer holds but has not delivered). */
  take(max = Infinity): MutationRecord[] {
    this.#enqueue(this.#observer.takeRecords(), false);
    if (this.#queue.length <= max) {
      const all = this.#queue;
      this.#queue = [];
      this.#notified = false;
      return all;
    }
    return this.#queue.splice(0, max);
  }

  /** Runs DOM writes of our own (the fallback's marks) without queueing the records they cause. */
  ignoring(write: () => void): void {
    this.#enqueue(this.#observer.takeRecords());
    try {
      write();
    } finally {
      this.#observer.takeRecords();
    }
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#queue = [];
  }

  #enqueue(records: MutationRecord[], notify = true) {
    if (records.length === 0) return;
    for (const record of records) this.#queue.push(record);
    if (notify && !this.#notified) {
      this.#notified = true;
      this.onQueued();
    }
  }
}
