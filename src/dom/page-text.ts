/**
 * A document's visible text, read by the same rules as the page: the same
 * RegionWalker (skipped elements, editors, hidden elements, `<rt>` ruby, block
 * edges) feeding the same BatchBuilder, in one synchronous pass. The CLI and
 * the library run it on a document parsed by linkedom (src/engine/html-text.ts),
 * so a page gives the same text, and so the same hits, there as in the browser.
 */
import { BLOCK_SEPARATOR } from '../core/chars';
import { RegionWalker } from './region-walker';
import { BatchBuilder } from './text-index';
import { Visibility } from './visibility';

/** The visible text of `doc`, blocks joined by BLOCK_SEPARATOR; open shadow roots follow the document's text, in the order met. */
export function visibleText(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const visibility = new Visibility(doc);
  const regions: Node[] = [root];
  const hooks = { claim() {}, shadowRoot: (shadow: ShadowRoot) => void regions.push(shadow), isOwnUi: () => false, lost() {} };
  const texts: string[] = [];
  for (let i = 0; i < regions.length; i++) {
    const builder = new BatchBuilder();
    const walker = new RegionWalker(regions[i], { rootOwner: regions[i], deep: true }, hooks, visibility);
    while (!walker.step(builder, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY));
    const { text } = builder.seal().batch;
    if (text !== '') texts.push(text);
  }
  return texts.join(BLOCK_SEPARATOR);
}
