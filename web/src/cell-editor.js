// A cell's code: plain text first, the CodeMirror editor (editor.js, 132 KB brotli) once it
// has loaded. A reader's first output needs only the engine, so the editor is fetched when the
// reader reaches for the code (focus, click, a key) or when the page is idle after the engine
// has loaded (Notebook.loadEditorsLater). Until then the text is shown as CodeMirror will show
// it, Shift/Ctrl+Enter runs the cell, and getCode/setCode/markError work the same.
let editorModule = null;

/** Loads CodeMirror once; every cell's editor upgrades when it arrives. */
export function loadEditorModule() {
  editorModule ??= import('./editor.js');
  return editorModule;
}

export function createCellEditor(host, code, { onRun, onChange, label }) {
  const text = document.createElement('pre');
  text.className = 'cell-code';
  text.tabIndex = 0;
  text.setAttribute('aria-label', label);
  showText(text, code);
  host.append(text);

  let editor = null;      // the CodeMirror editor once loaded
  let errorLine = 0;      // kept for the editor while the code is plain text
  let focusOnLoad = false;

  const upgrade = () => loadEditorModule().then(({ createEditor }) => {
    if (editor) return;
    editor = createEditor(host, text.textContent, { onRun, onChange, label });
    if (errorLine) editor.markError(errorLine);
    const hadFocus = focusOnLoad || document.activeElement === text;
    text.remove();
    if (hadFocus) editor.view.focus();
  });

  const reach = () => { focusOnLoad = true; upgrade(); };
  text.addEventListener('pointerdown', reach, { once: true });
  text.addEventListener('focus', () => upgrade(), { once: true });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.shiftKey || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  });
  // A cell added after the editor has loaded (the playground's "+ cell") gets it at once.
  if (editorModule) upgrade();

  return {
    upgrade,
    // Without CodeMirror (its chunk failed to load) the text itself becomes editable.
    fallBack: () => { if (!editor) text.contentEditable = 'plaintext-only'; },
    getCode: () => (editor ? editor.getCode() : text.textContent),
    setCode: (code) => {
      if (editor) {
        editor.setCode(code);
        return;
      }
      showText(text, code);
      errorLine = 0;
      onChange(code);
    },
    markError: (line) => {
      errorLine = line;
      editor?.markError(line);
    },
  };
}

// One span per line, so the gutter can number them as CodeMirror does; textContent is the code.
function showText(text, code) {
  text.replaceChildren(...code.split('\n').flatMap((line, i) => {
    const span = document.createElement('span');
    span.className = 'cell-code-line';
    span.textContent = line;
    return i ? ['\n', span] : [span];
  }));
}
