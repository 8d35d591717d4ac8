/**
 * Highlighting on or off in every frame of a tab, as one: the top frame
 * turns its own state over and answers with it, then every frame (the top
 * one again, which changes nothing) is told that state. Each frame turning
 * itself over would let a frame loaded since the last toggle go the other way.
 */
import { send, type Reply, type Transport } from './messages';

export async function toggleEveryFrame(toTop: Transport, toEveryFrame: Transport, timeoutMs?: number): Promise<Reply<'highlight:toggle'>> {
  const top = await send(toTop, { kind: 'highlight:toggle' }, timeoutMs);
  if (!top.ok) return top;
  const to = top.value === 'on' ? 'on' : 'paused';
  // The top frame has answered already; a frame that cannot hear it (a browser page inside) needs nothing done.
  await send(toEveryFrame, { kind: 'highlight:toggle', to }, timeoutMs);
  return top;
}
