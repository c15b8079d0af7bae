// The attributes panel: each named tensor after the run with the five attributes the article
// teaches — data, requires_grad, grad, grad_fn, is_leaf — and, where .grad is None, why.
// Values that changed since the previous run of any cell are marked.

// Why a tensor's .grad is None, in the page's words: the sentence, or (short) a few words.
export function whyNoGrad(t, short = false) {
  if (!t.requiresGrad) return short ? 'requires_grad=False' : 'requires_grad=False: autograd does not track it';
  if (!t.isLeaf) return short ? 'non-leaf: call .retain_grad()' : 'a non-leaf: its gradient passes through; call .retain_grad() to keep it';
  return short ? 'no backward() yet' : 'no backward() has reached it yet';
}

function cell(row, content, { changed = false, className = '', title = '' } = {}) {
  const td = document.createElement('td');
  if (className) td.className = className;
  if (changed) {
    td.classList.add('changed');
    td.title = 'changed by this run';
  }
  if (title) td.title = title;
  if (content instanceof Node) td.append(content);
  else td.textContent = content;
  row.append(td);
  return td;
}

/**
 * Renders `tensors` (a run's result.tensors) into `container`; `previous` maps names to the
 * tensors of the run before, for marking what changed.
 */
export function renderTensors(container, tensors, previous) {
  container.replaceChildren();
  container.hidden = !tensors?.length;
  if (!tensors?.length) return;
  const details = document.createElement('details');
  details.open = tensors.length <= 6;
  const summary = document.createElement('summary');
  summary.textContent = `Tensors after this run (${tensors.length})`;
  const table = document.createElement('table');
  table.className = 'tensors-table';
  const head = table.createTHead().insertRow();
  for (const h of ['name', 'data', 'requires_grad', 'grad', 'grad_fn', 'is_leaf']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const t of tensors) {
    const before = previous?.get(t.name);
    const differs = (key) => before !== undefined && before[key] !== t[key];
    const row = body.insertRow();
    row.dataset.tensor = t.name;
    const name = document.createElement('code');
    name.textContent = t.name;
    cell(row, name, { changed: !before && previous !== undefined && previous.size > 0 });
    const data = document.createElement('pre');
    data.textContent = t.data;
    cell(row, data, { changed: differs('data'), className: 'data', title: `shape (${t.shape.join(', ')}) ${t.dtype}` });
    cell(row, t.requiresGrad ? 'True' : 'False', { changed: differs('requiresGrad') });
    if (t.grad !== null && t.grad !== undefined) {
      const grad = document.createElement('pre');
      grad.textContent = t.grad;
      cell(row, grad, { changed: differs('grad'), className: 'data' });
    } else {
      const none = document.createElement('span');
      none.className = 'none';
      none.append('None ');
      const why = document.createElement('small');
      why.textContent = `— ${whyNoGrad(t)}`;
      none.append(why);
      cell(row, none, { changed: differs('grad') });
    }
    cell(row, t.gradFn ?? 'None', { changed: differs('gradFn') });
    cell(row, t.isLeaf ? 'True' : 'False', { changed: differs('isLeaf') });
  }
  details.append(summary, table);
  container.append(details);
}
