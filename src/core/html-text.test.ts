import { describe, expect, test } from 'vitest';
import { BLOCK_SEPARATOR } from './chars';
import { decodeEntities, htmlToText } from './html-text';

const B = BLOCK_SEPARATOR;

describe('htmlToText', () => {
  test.each([
    ['inline elements stay in one block', '<p>the <em>collective</em> <a href="#">West</a></p>', 'the collective West'],
    ['blocks are separated', '<p>one</p><p>two</p><li>three</li>', `one${B}two${B}three`],
    ['scripts, styles and templates are skipped', '<p>a</p><script>x="<p>no</p>"</script><style>p{}</style><template><p>no</p></template><p>b</p>', `a${B}b`],
    ['form fields are skipped', '<p>a<textarea>no</textarea><select><option>no</option></select>b</p>', 'ab'],
    ['hidden and editable content is skipped', '<div hidden><p>no</p></div><div contenteditable="true"><div>no</div></div><p>yes</p>', 'yes'],
    ['contenteditable=false is kept', '<p contenteditable="false">yes</p>', 'yes'],
    ['entities are decoded', '<p>other&rsquo;s &amp; &#8220;x&#x201d;&nbsp;y</p>', 'other’s & “x”\u00a0y'],
    ['comments vanish', '<p>a<!-- <p>no</p> -->b</p>', 'ab'],
    ['white space collapses', '<p>  a \n\t b  </p>', 'a b '],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('unknown entities are left as they are', () => {
    expect(decodeEntities('&bogus; &#xZZ;')).toBe('&bogus; &#xZZ;');
  });
});
