/**
 * The banner that says stored data was damaged and repaired: which item,
 * what was wrong, and where the damaged copy is kept. Shown until dismissed.
 */
import { dismissIssues, readIssues, storageIssuesItem, type StorageIssue } from '../../storage/storage-recovery';
import { h, replaceChildren } from '../dom';

const NAMES: Record<string, string> = {
  'local:settings': 'Your settings',
  'local:customPhrases': 'Your phrases',
};

function describeIssue(issue: StorageIssue): HTMLElement {
  const name = NAMES[issue.key] ?? issue.key;
  const when = new Date(issue.time).toLocaleString();
  return h(
    'li',
    null,
    `${name} could not be read as stored (${when}); what could not be read was reset to its default. `,
    `A copy of the damaged data is kept in the extension’s storage under “${issue.copy.replace(/^local:/, '')}”.`,
    h('details', null, h('summary', null, 'What was wrong'), h('ul', null, issue.problems.map((p) => h('li', null, h('code', null, p))))),
  );
}

export function issuesBanner(): { element: HTMLElement; start(): Promise<void> } {
  const list = h('ul');
  const dismiss = h('button', { attrs: { type: 'button' } }, 'Dismiss');
  const element = h('div', { class: 'banner', attrs: { role: 'alert', hidden: true } }, h('strong', null, 'Some stored data was damaged and has been repaired.'), list, dismiss);
  const show = (issues: StorageIssue[]) => {
    replaceChildren(list, issues.map(describeIssue));
    element.hidden = issues.length === 0;
  };
  dismiss.addEventListener('click', () => void dismissIssues());
  return {
    element,
    async start() {
      show(await readIssues());
      storageIssuesItem.watch((value) => show(Array.isArray(value) ? value : []));
    },
  };
}
