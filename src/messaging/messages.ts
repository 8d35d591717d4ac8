/**
 * The one typed protocol between the extension's contexts, both ways: each
 * message kind with its request and its reply, in `Protocol`. One `send`
 * and one `handle` are written against it, so no call site casts a reply,
 * and a handler map that misses a kind does not compile. Replies are values
 * (`Result`), never exceptions thrown across contexts: a missing receiver, a
 * closed context or a timeout becomes a failed `Result` in `send`.
 */
import type { PageReport, PageState } from '../core/types';
import type { ScanStats } from '../dom/page-lens';
import type { RelatedPassage } from '../storage/history/related-passages';

export type { PageHit, PageReport, PageState } from '../core/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Every message kind: who sends it to whom, what it carries, and what the answer holds. */
export interface Protocol {
  /** popup → content (top frame): the page's report. */
  'report:get': { request: {}; reply: PageReport };
  /** content → background: the hit count changed (badge, history). The background answers with nothing of note. */
  'report:changed': { request: { count: number; report?: PageReport }; reply: null };
  /** popup or background → content: scroll to an occurrence and show its card. */
  'highlight:goto': { request: { index: number }; reply: null };
  /** background (keyboard command) → content: the next or previous occurrence. */
  'highlight:step': { request: { direction: 1 | -1 }; reply: { index: number; count: number } };
  /**
   * background (keyboard command) or popup → content: highlighting on or off on this page; the new state.
   * Without `to`, the frame turns its state over; with it, the frame takes that state (toggleEveryFrame).
   */
  'highlight:toggle': { request: { to?: 'on' | 'paused' }; reply: PageState };
  /** content (the card's "Hide this phrase") → background: hide a built-in entry everywhere; options undoes it. */
  'entry:hide': { request: { entryId: string }; reply: null };
  /** content (the card's "Not on this site") → background: switch highlighting off on the site of the sender's tab; the site. */
  'site:deny': { request: {}; reply: { site: string } };
  /** content (the card's "More") → background: open the popup's detail for an entry. */
  'detail:open': { request: { entryId: string }; reply: null };
  /**
   * tests and diagnostics → content: how long the page's scan took. The top
   * frame answers; with `allFrames`, every frame may (the first reply wins).
   */
  'scan:stats': { request: { allFrames?: boolean }; reply: ScanStats };
  /** content (the hover card) → background: an entry's summary, which the page's copy of the lexicon leaves out. */
  'entry:summary': { request: { entryId: string }; reply: string };
  /**
   * popup → background: passages from the user's own history for an entry
   * (same entry first, then related ones), never from `excludeUrl`.
   */
  'history:related': { request: { entryId: string; relatedIds: string[]; excludeUrl?: string; limit?: number }; reply: RelatedPassage[] };
  /** popup or options → background: how much history is stored. */
  'history:stats': { request: {}; reply: { pages: number; passages: number } };
  /** popup or options → background: delete the whole history; the pages deleted. */
  'history:clear': { request: {}; reply: { pages: number } };
}

export type Kind = keyof Protocol;
export type MessageOf<K extends Kind> = { kind: K } & Protocol[K]['request'];
export type Message = { [K in Kind]: MessageOf<K> }[Kind];
export type Reply<K extends Kind> = Result<Protocol[K]['reply']>;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** How a message travels: `browser.runtime.sendMessage`, or `browser.tabs.sendMessage` bound to a tab and frame. */
export type Transport = (message: Message) => Promise<unknown>;

/**
 * Sends a message and resolves to its typed reply. Never rejects: no
 * receiver, a context that went away, an answer that is not a `Result`, or
 * no answer within `timeoutMs` all resolve to `{ ok: false, error }`.
 */
export async function send<K extends Kind>(transport: Transport, message: MessageOf<K>, timeoutMs?: number): Promise<Reply<K>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const sent = transport(message as Message);
    const answer = timeoutMs === undefined ? await sent : await Promise.race([sent, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer in time')), timeoutMs)))]);
    if (isResult(answer)) return answer as Reply<K>; // the other side answers by this same map
    return { ok: false, error: answer === undefined ? 'no answer' : 'unexpected answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One handler per kind. A handler returns its reply, or undefined for a
 * message that is not its context's to answer (so that another listener may).
 */
export type Handlers<S> = { [K in Kind]: (message: MessageOf<K>, sender: S) => Reply<K> | Promise<Reply<K>> | undefined };

/** Dispatches a raw incoming message to its handler; undefined when it is not a message, or not ours to answer. */
export function handle<S>(handlers: Handlers<S>, raw: unknown, sender: S): Promise<Result<unknown>> | undefined {
  if (!isMessage(raw) || !Object.hasOwn(handlers, raw.kind)) return undefined;
  const handler = handlers[raw.kind] as (message: Message, sender: S) => Result<unknown> | Promise<Result<unknown>> | undefined;
  const reply = handler(raw, sender);
  return reply === undefined ? undefined : Promise.resolve(reply);
}

/** The handler for kinds another context answers. */
export const notMine = (): undefined => undefined;

// ── The side panel's port ──────────────────────────────────────────────────

/**
 * The port the side panel opens to a tab's top frame (`tabs.connect`). While
 * it is open, and only then, the content script follows the page's scroll
 * and posts which hits are on screen; a page with no panel open pays nothing.
 */
export const VIEWING_PORT = 'rhetoric-lens:viewing';

/**
 * content → side panel, over VIEWING_PORT: the hits on screen, as `PageHit.index`
 * values (document order), first and last; both -1 when none is.
 */
export interface ViewingMessage {
  kind: 'viewing';
  first: number;
  last: number;
}

export function isViewingMessage(value: unknown): value is ViewingMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ViewingMessage>;
  return v.kind === 'viewing' && Number.isInteger(v.first) && Number.isInteger(v.last);
}
