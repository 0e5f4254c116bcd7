// The explanation page prints with every step unfolded: closed <details> would print as their summaries only.
window.addEventListener('beforeprint', () => {
  document.querySelectorAll('details:not([open])').forEach(details => {
    details.open = true;
    details.dataset.openedForPrint = 'true';
  });
});
window.addEventListener('afterprint', () => {
  document.querySelectorAll('details[data-opened-for-print]').forEach(details => {
    details.open = false;
    delete details.dataset.openedForPrint;
  });
});
