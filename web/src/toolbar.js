// The notebook toolbar: Run all, Restart session, Copy link, Reset to original.
export function createToolbar(notebook, { addCell = false } = {}) {
  const bar = document.createElement('div');
  bar.className = 'notebook-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Notebook');
  const status = document.createElement('span');
  status.className = 'toolbar-status';
  status.setAttribute('aria-live', 'polite');
  const add = (text, action, onClick) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.dataset.action = action;
    b.addEventListener('click', onClick);
    bar.append(b);
    return b;
  };
  add('Run all', 'run-all', () => notebook.runAll());
  add('Restart session', 'restart', async () => { await notebook.restart(); status.textContent = 'Session restarted.'; });
  if (addCell) add('+ Add cell', 'add-cell', () => notebook.add('').editor.view.focus());
  add('Copy link', 'share', async () => {
    const link = await notebook.shareLink();
    bar.dataset.shareLink = link;
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = "Link copied: it holds every cell's code.";
    } catch {
      status.textContent = link;
    }
  });
  add('Reset to original', 'reset', () => { notebook.resetToOriginal(); status.textContent = 'Cells reset to their original code.'; });
  bar.append(status);
  return bar;
}
