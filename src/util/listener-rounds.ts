/**
 * Listeners attached in rounds, each round with its own signal. A new round
 * first ends the last one, then attaches everything afresh: listeners the
 * browser erased (document.open() does) come back, and ones that survived
 * are not doubled. The lifetime's signal ends every round.
 */
export class ListenerRounds {
  #round: AbortController | null = null;

  constructor(
    private readonly lifetime: AbortSignal,
    private readonly attach: (signal: AbortSignal) => void,
  ) {}

  /** Ends the last round's listeners and attaches them again; nothing once the lifetime is over. */
  next(): void {
    this.#round?.abort();
    this.#round = null;
    if (this.lifetime.aborted) return;
    const round = (this.#round = new AbortController());
    // Ends with the lifetime; the listener itself goes with the round, so rounds do not pile up on the lifetime.
    this.lifetime.addEventListener('abort', () => round.abort(), { once: true, signal: round.signal });
    this.attach(round.signal);
  }
}
