// One cell: its code (cell-editor.js), Run/Stop, output (always inserted as text, streamed while the cell runs),
// and its Jacobian and graph views.
import { createCellEditor } from './cell-editor.js';
import { lessonFor } from './teaching.js';
import { renderTensors } from './tensors-view.js';

export class Cell {
  constructor(notebook, index, code) {
    this.notebook = notebook;
    this.element = document.createElement('section');
    this.element.className = 'cell';
    this.element.dataset.cell = String(index);
    this.element.setAttribute('aria-label', `Code cell ${index + 1}`);

    const toolbar = document.createElement('div');
    toolbar.className = 'cell-toolbar';
    this.runButton = button('▶ Run', 'run', `Run cell ${index + 1} (Shift+Enter)`, () => notebook.runCell(this));
    this.stopButton = button('■ Stop', 'stop', `Stop cell ${index + 1}`, () => notebook.stop());
    this.stopButton.hidden = true;
    this.status = document.createElement('span');
    this.status.className = 'cell-status';
    this.status.setAttribute('aria-live', 'polite');
    // "still running after 10 s — Stop / Keep running"
    this.longRun = document.createElement('span');
    this.longRun.className = 'cell-long-run';
    this.longRun.dataset.longRun = '';
    this.longRun.hidden = true;
    this.longRunText = document.createElement('span');
    this.longRun.append(
      this.longRunText,
      button('Stop', 'stop-long', `Stop cell ${index + 1}`, () => notebook.stop()),
      button('Keep running', 'keep-running', `Keep cell ${index + 1} running`, () => { this.longRun.hidden = true; }),
    );
    toolbar.append(this.runButton, this.stopButton, this.status, this.longRun);
    if (notebook.editable) {
      toolbar.append(
        button('↑', 'up', `Move cell ${index + 1} up`, () => notebook.move(this, -1)),
        button('↓', 'down', `Move cell ${index + 1} down`, () => notebook.move(this, 1)),
        button('✕', 'remove', `Remove cell ${index + 1}`, () => notebook.remove(this)),
      );
    }

    const editorHost = document.createElement('div');
    editorHost.className = 'cell-editor';
    this.editor = createCellEditor(editorHost, code, {
      onRun: () => notebook.runCell(this),
      onChange: () => notebook.changed(),
      label: `Python code of cell ${index + 1}`,
    });

    this.output = document.createElement('pre');
    this.output.className = 'cell-output';
    this.output.dataset.output = '';
    this.output.setAttribute('aria-label', `Output of cell ${index + 1}`);
    this.output.hidden = true;

    this.tensors = document.createElement('div');
    this.tensors.className = 'tensors-view';
    this.tensors.dataset.tensors = '';
    this.tensors.hidden = true;

    this.jacobian = document.createElement('div');
    this.jacobian.className = 'jacobian-view';
    this.jacobian.dataset.jacobian = '';
    this.jacobian.hidden = true;
    this.graph = document.createElement('div');
    this.graph.className = 'graph-view';
    this.graph.dataset.graph = '';
    this.graph.hidden = true;

    this.element.append(toolbar, editorHost, this.output, this.tensors, this.jacobian, this.graph);
  }

  get code() { return this.editor.getCode(); }

  setIndex(index) {
    this.element.dataset.cell = String(index);
    this.element.setAttribute('aria-label', `Code cell ${index + 1}`);
  }

  setRunning(running) {
    this.runButton.hidden = running;
    this.stopButton.hidden = !running;
    this.element.classList.toggle('running', running);
    clearInterval(this.clock);
    this.longRun.hidden = true;
    if (!running) return;  // the status keeps what showResult said ("done in 12 ms", "stopped")
    this.status.textContent = 'running…';
    this.stopButton.focus({ preventScroll: true });
    this.output.replaceChildren();
    this.output.hidden = true;
    const start = performance.now();
    let asked = false;
    this.clock = setInterval(() => {
      const seconds = (performance.now() - start) / 1000;
      this.status.textContent = `running… ${seconds.toFixed(1)} s`;
      const askAfter = this.notebook.askAfterSeconds;
      if (!asked && seconds >= askAfter) {
        asked = true;
        this.longRunText.textContent = `still running after ${askAfter} s —`;
        this.longRun.hidden = false;
      }
    }, 100);
  }

  /** Lines the running cell printed since the last call. */
  appendOutput({ stdout }) {
    if (!stdout) return;
    this.output.hidden = false;
    this.output.append(document.createTextNode(stdout));
  }

  showResult(result) {
    this.output.replaceChildren();
    this.output.hidden = false;
    // The prints, with each figure the cell showed placed after the prints that came before it.
    const stdout = result.stdout ?? '';
    let printed = 0;
    for (const display of result.displays ?? []) {
      if (display.kind !== 'figure') continue;
      const at = Math.min(display.offset, stdout.length);
      if (at > printed) this.output.append(document.createTextNode(stdout.slice(printed, at)));
      printed = Math.max(printed, at);
      this.output.append(figureHolder(display.data));
    }
    if (stdout.length > printed) this.output.append(document.createTextNode(stdout.slice(printed)));
    if (!result.ok) {
      const error = document.createElement('span');
      error.className = 'cell-error';
      const type = document.createElement('strong');
      type.textContent = result.error.type;
      error.append(type, document.createTextNode(result.error.message ? `: ${result.error.message}` : ''));
      if (result.error.line) error.append(document.createTextNode(`  (line ${result.error.line})`));
      this.output.append(error);
      const lesson = lessonFor(result.error);
      if (lesson) {
        const teach = document.createElement('span');
        teach.className = 'cell-lesson';
        teach.dataset.lesson = '';
        const why = document.createElement('span');
        why.textContent = `Why: ${lesson.why}`;
        const fix = document.createElement('span');
        fix.textContent = `Fix: ${lesson.fix}`;
        teach.append(why, fix);
        this.output.append(teach);
      }
      this.editor.markError(result.error.line);
    } else {
      this.editor.markError(0);
    }
    if (!result.stdout && !result.displays?.length && result.ok) this.output.append(document.createTextNode('✓ ran without printing'));
    this.status.textContent = result.ok ? `done in ${Math.round(result.milliseconds)} ms` : result.stopped ? 'stopped' : 'error';
    renderTensors(this.tensors, result.tensors, this.notebook.previousTensors);
    this.showViews(result);
  }

  // The Jacobian view (KaTeX) and the graph view (dagre) load their code the first time a cell
  // has something to show in them; data-rendering is set until they have drawn.
  showViews(result) {
    const { jacobian, graph, choices } = result.views ?? {};
    const pending = [];
    if (jacobian) {
      pending.push(import('./jacobian-view.js').then(({ renderJacobian }) => {
        const pick = async (output, input) => {
          const rows = await this.notebook.engine.jacobian(output, input);
          if (rows.ok) renderJacobian(this.jacobian, rows, choices, pick);
          else this.status.textContent = rows.error;
        };
        renderJacobian(this.jacobian, jacobian, choices, pick);
      }));
    } else {
      this.jacobian.replaceChildren();
      this.jacobian.hidden = true;
    }
    if (graph?.nodes?.length) {
      pending.push(import('./graph-view.js').then(({ renderGraph }) => renderGraph(this.graph, graph, result.tensors)));
    } else {
      this.graph.replaceChildren();
      this.graph.hidden = true;
    }
    if (!pending.length) return;
    this.element.dataset.rendering = '';
    Promise.allSettled(pending).then(() => delete this.element.dataset.rendering);
  }
}

// A figure's place in the output; the plotting code loads the first time a cell shows one.
function figureHolder(figure) {
  const holder = document.createElement('div');
  holder.className = 'cell-figure';
  holder.dataset.figure = '';
  holder.setAttribute('aria-busy', 'true');
  import('./plot-view.js')
    .then(({ renderFigure }) => holder.append(renderFigure(figure)))
    .catch((error) => { holder.textContent = `(the figure could not be drawn: ${error.message})`; })
    .finally(() => holder.removeAttribute('aria-busy'));
  return holder;
}

function button(text, action, label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.dataset.action = action;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}
