// A CodeMirror 6 editor for one cell: Python highlighting, Shift/Ctrl+Enter to run, error lines.
import { EditorView, basicSetup } from 'codemirror';
import { python } from '@codemirror/lang-python';
import { keymap, Decoration } from '@codemirror/view';
import { StateEffect, StateField, Prec } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';

const setErrorLine = StateEffect.define();
const errorLine = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    decorations = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(setErrorLine)) {
        const line = effect.value;
        decorations = line && line <= tr.state.doc.lines
          ? Decoration.set([Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': String(line) } }).range(tr.state.doc.line(line).from)])
          : Decoration.none;
      }
    }
    if (tr.docChanged) decorations = Decoration.none;  // the marker goes once the code changes
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function createEditor(parent, code, { onRun, onChange, label }) {
  const runKeys = Prec.highest(keymap.of([
    { key: 'Shift-Enter', run: () => { onRun(); return true; } },
    { key: 'Mod-Enter', run: () => { onRun(); return true; } },
    // Esc leaves the editor, so keyboard users are never trapped in it.
    { key: 'Escape', run: (view) => { view.contentDOM.blur(); parent.closest('[data-cell]')?.querySelector('[data-action="run"]')?.focus(); return true; } },
  ]));
  const view = new EditorView({
    doc: code,
    parent,
    extensions: [
      runKeys,
      basicSetup,
      python(),
      // Dark pages get a dark editor (colours with enough contrast for the syntax highlighting).
      ...(globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? [oneDark] : []),
      errorLine,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update.state.doc.toString()); }),
    ],
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    markError: (line) => view.dispatch({ effects: setErrorLine.of(line) }),
  };
}
