/**
 * Base64 text of a raw-deflated block, inflated with the platform's own
 * DecompressionStream (pages, extension pages and Node alike): the
 * content script's copy of the lexicon ships this way, at under half the size
 * of the plain tables (see src/core/packed.ts and wxt.config.ts).
 */
export async function inflateBase64(text: string): Promise<Uint8Array> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
