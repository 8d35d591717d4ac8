/**
 * Helpers for the DOM layer's unit tests: walk a tree into blocks in one go,
 * and a reference model of what the blocks should be. Not shipped.
 */
import { isBlockElement, isLineBreak, isSkippedElement } from '../../src/dom/element-kinds';
import { RegionWalker } from '../../src/dom/region-walker';
import { BatchBuilder, blockText, isBlank, type Block } from '../../src/dom/text-index';
import { Visibility } from '../../src/dom/visibility';

export interface WalkResult {
  blocks: Block[];
  text: string;
  claimed: Node[];
  shadowRoots: ShadowRoot[];
}

/** Walks `root` (and the open shadow roots found in it) into blocks. `pause`: yield at every chance, to test resuming. */
export function walkAll(root: Node, options: { pause?: boolean; isOwnUi?: (element: Element) => boolean } = {}): WalkResult {
  const builder = new BatchBuilder();
  const claimed: Node[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const regions: Node[] = [root];
  const visibility = new Visibility(root.ownerDocument ?? (root as Document));
  const hooks = {
    claim: (owner: Node) => claimed.push(owner),
    shadowRoot: (shadow: ShadowRoot) => {
      shadowRoots.push(shadow);
      regions.push(shadow);
    },
    isOwnUi: options.isOwnUi ?? (() => false),
    lost: () => {},
  };
  for (let i = 0; i < regions.length; i++) {
    const walker = new RegionWalker(regions[i], { rootOwner: regions[i], deep: true }, hooks, visibility);
    while (!walker.step(builder, options.pause ? -Infinity : Infinity, Infinity)) {
      // resume at once: the test only checks that a paused walk ends where a whole one does
    }
  }
  const sealed = builder.seal();
  return { blocks: sealed.blocks, text: sealed.batch.text, claimed, shadowRoots };
}

export function texts(result: WalkResult): string[] {
  return result.blocks.map((b) => blockText(b));
}

/** What the blocks of `root` should be, by plain recursion over the rules (no shadow roots). */
export function referenceBlocks(root: Node, isHidden: (element: Element) => boolean = (e) => (e as HTMLElement).hidden || (e as HTMLElement).style?.display === 'none'): string[] {
  const runs: string[] = [];
  let run: string | null = null;
  const end = () => {
    if (run !== null) runs.push(run);
    run = null;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (run === null) {
        if (isBlank(data)) return;
        run = '';
      }
      run += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isLineBreak(element)) return end();
    if (isSkippedElement(element) || isHidden(element)) return;
    const block = isBlockElement(element);
    if (block) end();
    for (const child of element.childNodes) visit(child);
    if (block) end();
  };
  for (const child of root.childNodes) visit(child);
  end();
  return runs;
}
