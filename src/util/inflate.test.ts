import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { inflateBase64 } from './inflate';

describe('inflating the build’s deflated blocks', () => {
  test('any bytes the build deflates come back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (bytes) => {
        const text = deflateRawSync(bytes, { level: 9 }).toString('base64');
        expect(Array.from(await inflateBase64(text))).toEqual(Array.from(bytes));
      }),
      { numRuns: 50 },
    );
  });

  test('a damaged block is refused, not half read', async () => {
    const text = deflateRawSync(new TextEncoder().encode('the collective West '.repeat(200))).toString('base64');
    await expect(inflateBase64(text.slice(0, text.length / 2))).rejects.toThrow();
    await expect(inflateBase64('not base64 at all!')).rejects.toThrow();
  });
});
