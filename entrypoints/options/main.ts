/** The options page entrypoint. */
import { mountOptionsPage } from '../../src/ui/options/options-page';

const root = document.getElementById('app')!;
mountOptionsPage(root).catch((error: unknown) => {
  console.error('Rhetoric Lens: the options page failed to start', error);
  const message = document.createElement('p');
  message.className = 'banner';
  message.textContent = `The settings could not be shown: ${(error as Error).message}. Reload the page to try again.`;
  root.replaceChildren(message);
});
