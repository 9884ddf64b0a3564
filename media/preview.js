/* global acquireVsCodeApi, window, document */
// The preview page's only script: it sends the Copy button, the recipient switcher and the
// problem list's clicks to the extension, and keeps the page's state for a reload.
(function () {
  const vscode = acquireVsCodeApi();
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'state') vscode.setState(event.data.state);
  });
  const copy = document.getElementById('copy');
  if (copy) copy.addEventListener('click', () => vscode.postMessage({ type: 'copy' }));
  const recipient = document.getElementById('recipient');
  if (recipient) recipient.addEventListener('change', () => vscode.postMessage({ type: 'recipient', index: Number(recipient.value) }));
  for (const button of document.querySelectorAll('button.finding')) {
    button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', start: Number(button.dataset.start), end: Number(button.dataset.end) }));
  }
})();
