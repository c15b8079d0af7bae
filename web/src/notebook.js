// Cells of one page sharing one engine session, in order. Keeps edits in localStorage, builds
// share links, and stops runaway cells.
import { Cell } from './cell.js';
import { loadEditorModule } from './cell-editor.js';
import { EngineClient } from './engine-client.js';
import { encodeCells } from './share.js';

export class Notebook {
  /**
   * placeholders: elements (e.g. <pre>) to replace with cells, in order (article, embeds); or
   * container + codes for a free list of cells (playground).
   */
  constructor({ workerUrl, storageKey = null, editable = false, container = null, placeholders = null, codes = [] }) {
    this.storageKey = storageKey;
    this.editable = editable;
    this.engine = new EngineClient(workerUrl);
    this.cells = [];
    this.running = null;
    // A cell running this long asks the reader whether to keep going; it is never stopped unasked.
    this.askAfterSeconds = 10;
    this.previousTensors = new Map();
    this.placeholders = placeholders;
    this.original = placeholders ? placeholders.map((p) => p.textContent.replace(/\n$/, '')) : codes;
    const saved = storageKey ? JSON.parse(localStorage.getItem(storageKey) ?? 'null') : null;
    const initial = Array.isArray(saved) && (!placeholders || saved.length === placeholders.length) ? saved : this.original;
    this.list = container ? document.createElement('div') : null;
    if (this.list) {
      this.list.className = 'cells';
      container.append(this.list);
    }
    initial.forEach((code, i) => this.add(code, placeholders ? placeholders[i] : null));
    this.loadEditorsLater().catch(() => this.cells.forEach((cell) => cell.editor.fallBack()));
  }

  // The editors (CodeMirror) wait until the engine has loaded and a first run, if the reader
  // asked for one, has shown its output: the first output needs only the engine. A reader who
  // clicks into the code before that gets the editor at once (cell-editor.js).
  async loadEditorsLater() {
    await this.engine.ready;
    const firstRun = this.running ? this.runFinished : null;
    if (firstRun) await Promise.race([firstRun, new Promise((ok) => setTimeout(ok, 1000))]);
    await new Promise((ok) => (globalThis.requestIdleCallback ? requestIdleCallback(ok, { timeout: 500 }) : setTimeout(ok, 0)));
    await loadEditorModule();
    for (const cell of this.cells) await cell.editor.upgrade();
  }

  /** Replaces every cell's code (from a share link). */
  setCodes(codes) {
    if (this.placeholders) {
      codes.slice(0, this.cells.length).forEach((code, i) => this.cells[i].editor.setCode(code));
      return;
    }
    for (const cell of [...this.cells]) this.remove(cell);
    codes.forEach((code) => this.add(code));
  }

  add(code = '', placeholder = null) {
    const cell = new Cell(this, this.cells.length, code);
    this.cells.push(cell);
    if (placeholder) placeholder.replaceWith(cell.element);
    else this.list.append(cell.element);
    this.changed();
    return cell;
  }

  remove(cell) {
    const i = this.cells.indexOf(cell);
    this.cells.splice(i, 1);
    cell.element.remove();
    this.renumber();
  }

  move(cell, delta) {
    const i = this.cells.indexOf(cell);
    const j = i + delta;
    if (j < 0 || j >= this.cells.length) return;
    [this.cells[i], this.cells[j]] = [this.cells[j], this.cells[i]];
    this.list.replaceChildren(...this.cells.map((c) => c.element));
    this.renumber();
  }

  renumber() {
    this.cells.forEach((c, i) => c.setIndex(i));
    this.changed();
  }

  changed() {
    if (this.storageKey) localStorage.setItem(this.storageKey, JSON.stringify(this.cells.map((c) => c.code)));
  }

  async runCell(cell) {
    if (this.running) return;
    this.running = cell;
    let finished;
    this.runFinished = new Promise((ok) => { finished = ok; });
    cell.setRunning(true);
    try {
      const index = this.cells.indexOf(cell);
      const result = await this.engine.run(cell.code, `<cell ${index + 1}>`, { onOutput: (chunk) => cell.appendOutput(chunk) });
      cell.showResult(result);
      // What the next run's attributes panel compares with.
      this.previousTensors = new Map((result.tensors ?? []).map((t) => [t.name, t]));
      return result;
    } catch (error) {
      cell.showResult({ ok: false, stdout: '', error: { type: 'EngineError', message: `${error.message}. The code above is shown as static text.`, line: 0 } });
      return null;
    } finally {
      cell.setRunning(false);
      this.running = null;
      finished();
    }
  }

  async runAll() {
    for (const cell of this.cells) {
      const result = await this.runCell(cell);
      if (!result || !result.ok) break;
    }
  }

  async stop() {
    if (!this.running) return;
    await this.engine.stop();
  }

  async restart() {
    await this.engine.stop();
    await this.engine.reset();
    this.previousTensors = new Map();
    for (const cell of this.cells) {
      cell.output.hidden = true;
      cell.tensors.hidden = true;
      cell.jacobian.hidden = true;
      cell.graph.hidden = true;
      cell.editor.markError(0);
    }
  }

  resetToOriginal() {
    this.setCodes(this.original);
    if (this.storageKey) localStorage.removeItem(this.storageKey);
  }

  async shareLink() {
    const url = new URL(location.href);
    url.hash = `cells=${await encodeCells(this.cells.map((c) => c.code))}`;
    return url.toString();
  }
}
