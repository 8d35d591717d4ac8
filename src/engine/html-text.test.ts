import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from '../core/chars';
import { visibleText } from '../dom/page-text';
import { htmlToText, readHtml } from './html-text';

const B = BLOCK_SEPARATOR;

describe('htmlToText reads HTML by the page’s rules', () => {
  test.each([
    ['inline elements stay in one block', '<p>the <em>collective</em> <a href="#">West</a></p>', 'the collective West'],
    ['blocks are separated', '<p>one</p><p>two</p><ul><li>three</li></ul>', `one${B}two${B}three`],
    ['scripts, styles and templates are skipped', '<p>a</p><script>x="<p>no</p>"</script><style>p{}</style><template><p>no</p></template><p>b</p>', `a${B}b`],
    ['form fields are skipped', '<p>a<textarea>no</textarea><select><option>no</option></select><input value="no">b</p>', 'ab'],
    ['hidden and editable content is skipped', '<div hidden><p>no</p></div><div contenteditable="true"><div>no</div></div><p style="display: none">no</p><p>yes</p>', 'yes'],
    ['contenteditable=false is kept', '<p contenteditable="false">yes</p>', 'yes'],
    ['entities are decoded', '<p>other&rsquo;s &amp; &#8220;x&#x201d;&nbsp;y</p>', 'other’s & “x”\u00a0y'],
    ['comments vanish', '<p>a<!-- <p>no</p> -->b</p>', 'ab'],
    ['ruby annotations stay out, as on the page', '<p><ruby>台<rp>(</rp><rt>tái</rt><rp>)</rp>独<rt>dú</rt></ruby>分子</p>', '台独分子'],
    ['media, canvas and embeds hold no text', '<p>a<video>no</video><audio>no</audio><canvas>no</canvas><object>no</object>b</p>', 'ab'],
    ['center, dir, menu and search are blocks, as on the page', '<center>a</center><dir><li>b</li></dir><menu><li>c</li></menu><search>d</search>', `a${B}b${B}c${B}d`],
    ['a line break ends a run', '<p>the collective<br>West</p>', `the collective${B}West`],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('the title, white space collapsed; none is empty', () => {
    expect(readHtml('<!doctype html><html><head><title> The  collective\nWest </title></head><body><p>x</p></body></html>').title).toBe('The collective West');
    expect(readHtml('<p>x</p>').title).toBe('');
  });
});

/** Every HTML page of ours under tests/pages. */
function pages(dir = new URL('../../tests/pages/', import.meta.url).pathname): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The CLI runs the page's walker, so its text can differ from the browser's
 * only where the parsers differ or where style sheets hide text (the CLI
 * applies none: README, "The command line"). This runs the same walker over a
 * second, independent parser (happy-dom), judging visibility the way the CLI
 * does (attributes and inline styles), and expects the CLI's text exactly.
 */
describe('one extraction for the CLI and the page', () => {
  test.each(pages().map((path) => [path.slice(path.indexOf('tests/pages/')), path]))('%s: the CLI’s text is the walker’s text over a second, independent parser', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
    delete (window.Element.prototype as { checkVisibility?: unknown }).checkVisibility;
    window.document.write(html);
    const expected = visibleText(window.document as unknown as Document);
    expect(htmlToText(html)).toBe(expected);
    window.close();
  });
});
