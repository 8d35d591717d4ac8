/**
 * Base64 text of a raw-deflated block, inflated with the platform's own
 * DecompressionStream (pages, extension pages and Node alike): the
 * content script's copy of the lexicon ships this way, at under half the size
 * of the plain tables (see src/core/packed.ts and wxt.config.ts).
 */
export async function inflateBase64(text: string): Promise<Uint8Array> {
  const bytes = fromBase64(text);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The platform's own decoder where it has one (Chrome 140, Firefox 133), else atob, byte by byte. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
