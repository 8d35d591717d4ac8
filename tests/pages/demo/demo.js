// Scripts of the demonstration page: a web component with an open shadow
// root, and live updates that arrive after the page has loaded.
class FactBox extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{display:block;margin:1.5em 0;padding:12px 16px;border-left:4px solid #7a869a;background:var(--box-bg,#f2f4f7);border-radius:4px} h3{margin:0 0 6px;font:600 15px/1.3 system-ui,sans-serif} p{margin:0}';
    const title = document.createElement('h3');
    title.textContent = 'Fact box (inside a shadow root)';
    const text = document.createElement('p');
    text.id = 'shadow-text';
    text.textContent = 'Pyongyang’s radio opened its broadcast with a lecture on the Juche idea, as it has every morning for decades.';
    root.append(style, title, text);
  }
}
customElements.define('fact-box', FactBox);

// Late content: a live update, 1.5 seconds after load.
window.addEventListener('load', () => {
  setTimeout(() => {
    const item = document.createElement('li');
    item.id = 'late-update';
    item.textContent = '14:15 — Moscow’s envoy said the Kiev regime had “left the table”, TASS reported.';
    document.getElementById('live-updates').appendChild(item);
    document.documentElement.dataset.lateContent = 'added';
  }, 1500);
});
