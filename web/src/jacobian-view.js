// The Jacobian, row by row: for row i the one-hot seed eᵢ as the code would write it, the row
// eᵢᵀJ it produced, and the row highlighted in the matrix (KaTeX). One backward per row.
import katex from 'katex';

// KaTeX's stylesheet (and through it its fonts) comes with this view, not with the page: the
// site's build puts it in katex/ beside the page scripts, one level above this chunk.
const KATEX_CSS = new URL('../katex/katex.min.css', import.meta.url).href;
function loadKatexStyles() {
  if ([...document.styleSheets].some((sheet) => sheet.href === KATEX_CSS) || document.querySelector(`link[href="${KATEX_CSS}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = KATEX_CSS;
  document.head.append(link);
}

const fmt = (v) => {
  if (Number.isInteger(v)) return String(v);
  const s = v.toFixed(4);
  return s.replace(/0+$/, '').replace(/\.$/, '');
};

// How PyTorch code would write a tensor of this shape with these values.
function asTorch(values, shape) {
  let i = 0;
  const build = (d) => (d === shape.length ? `${values[i++].toFixed(0)}.` : `[${Array.from({ length: shape[d] }, () => build(d + 1)).join(', ')}]`);
  return `torch.tensor(${shape.length ? build(0) : `${values[0]}.`})`;
}

function matrixTex(rows, highlight) {
  const body = rows
    .map((r, i) => r.row.map((v) => (i === highlight ? `\\colorbox{#ffe08a}{$\\textcolor{black}{${fmt(v)}}$}` : fmt(v))).join(' & '))
    .join(' \\\\ ');
  return `J = \\begin{bmatrix} ${body} \\end{bmatrix}`;
}

// choices: {outputs, inputs} the reader may pick from; pick(output, input) fetches new rows.
export function renderJacobian(container, data, choices = null, pick = null) {
  loadKatexStyles();
  container.replaceChildren();
  if (!data || !data.rows.length) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const { rows, output, input } = data;
  let current = 0;
  let showAll = false;

  const heading = document.createElement('h3');
  heading.textContent = `Jacobian ∂${output}/∂${input}: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}, one backward pass per one-hot seed`;
  const matrix = document.createElement('div');
  matrix.className = 'jacobian-matrix';
  matrix.setAttribute('aria-label', `Jacobian matrix of ${output} with respect to ${input}`);
  const list = document.createElement('ol');
  list.className = 'jacobian-rows';
  const controls = document.createElement('div');
  controls.className = 'jacobian-controls';
  const prev = button('◀ Previous row', () => { current = Math.max(0, current - 1); showAll = false; draw(); });
  const next = button('Next row ▶', () => { current = Math.min(rows.length - 1, current + 1); showAll = false; draw(); });
  const all = button('Show all rows', () => { showAll = true; draw(); });
  controls.append(prev, next, all);

  rows.forEach((r, i) => {
    const item = document.createElement('li');
    item.dataset.row = String(i);
    const seed = document.createElement('code');
    seed.textContent = `${output}.backward(${asTorch(r.seed, r.seedShape)}, retain_graph=True)`;
    const result = document.createElement('span');
    result.textContent = ` → ${input}.grad = [${r.row.map(fmt).join(', ')}]`;
    item.append(seed, result);
    item.addEventListener('click', () => { current = i; showAll = false; draw(); });
    list.append(item);
  });

  container.append(heading);
  if (choices && pick && (choices.outputs.length > 1 || choices.inputs.length > 1)) {
    container.append(picker(choices, data, pick));
  }
  container.append(controls, matrix, list);
  if (data.columns?.length) container.append(columnsView(data));
  if (data.gradient) {
    const vjp = document.createElement('p');
    vjp.className = 'jacobian-vjp';
    const v = data.gradient;
    const product = rows[0].row.map((_, j) => rows.reduce((acc, r, i) => acc + v[i] * r.row[j], 0));
    vjp.textContent = `The cell called ${output}.backward(v) with v = [${v.map(fmt).join(', ')}], so ${input}.grad received vᵀJ = [${product.map(fmt).join(', ')}]` +
      (data.grad ? `; ${input}.grad now holds ${data.grad.replace(/\s+/g, ' ')}.` : '.');
    container.append(vjp);
  }

  function draw() {
    katex.render(matrixTex(rows, showAll ? -1 : current), matrix, { throwOnError: false, displayMode: true });
    for (const item of list.children) {
      const i = Number(item.dataset.row);
      item.classList.toggle('current', !showAll && i === current);
      item.hidden = !showAll && i > current;
    }
    prev.disabled = showAll || current === 0;
    next.disabled = !showAll && current === rows.length - 1;
  }
  draw();
}

// Forward mode gives the same matrix a column at a time: J e_j for each one-hot input seed.
function columnsView(data) {
  const { rows, columns, output, input } = data;
  const details = document.createElement('details');
  details.className = 'jacobian-columns';
  const summary = document.createElement('summary');
  summary.textContent = `Columns from forward mode: ${columns.length} passes (J·eⱼ, one per input element) ` +
    `vs ${rows.length} backward passes for the rows`;
  const list = document.createElement('ol');
  list.className = 'jacobian-rows';
  columns.forEach((c, j) => {
    const item = document.createElement('li');
    item.dataset.column = String(j);
    item.textContent = `J·e${j} (seed ${asTorch(c.seed, c.seedShape)} on ${input}) = [${c.row.map(fmt).join(', ')}]  — column ${j} of ∂${output}/∂${input}`;
    list.append(item);
  });
  const note = document.createElement('p');
  note.textContent = 'Reverse mode costs one pass per output element, forward mode one per input element: ' +
    'autograd chooses reverse mode because losses are scalars.';
  details.append(summary, list, note);
  return details;
}

function picker(choices, data, pick) {
  const form = document.createElement('div');
  form.className = 'jacobian-picker';
  const select = (label, names, value) => {
    const wrapper = document.createElement('label');
    wrapper.textContent = `${label} `;
    const s = document.createElement('select');
    for (const name of names) s.append(new Option(name, name, false, name === value));
    wrapper.append(s);
    form.append(wrapper);
    return s;
  };
  const out = select('output', choices.outputs, data.output);
  const inp = select('input', choices.inputs, data.input);
  const change = () => pick(out.value, inp.value);
  out.addEventListener('change', change);
  inp.addEventListener('change', change);
  return form;
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
