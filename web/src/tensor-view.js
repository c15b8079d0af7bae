// The tensor view of a graph, the picture the article starts from: tensors are the nodes,
// operations the edges, in the forward direction the code recorded them. Each tensor shows its
// five attributes, and where .grad is None, why. Built from the same graph data as the
// backward view: each grad_fn node stands for the tensor it produced. Stepping through backward
// lights the edges the gradient flows back along and shows vᵀJ arriving at each leaf.
import dagre from '@dagrejs/dagre';
import { svgElement } from './svg.js';
import { backwardSteps } from './backward-steps.js';
import { whyNoGrad } from './tensors-view.js';

const el = svgElement;

// "MulBackward0" -> "mul", "AddmmBackward0" -> "addmm": the forward operation of a grad_fn.
export function operationOf(gradFn) {
  return gradFn.replace(/Backward\d*$/, '').toLowerCase() || gradFn;
}


/** Tensors and forward edges from the backward graph `data` (see Session::graph). */
export function tensorGraph(data, tensors = []) {
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const nodes = new Map();  // graph node id -> tensor node
  const accumulate = new Map(data.edges.map((e) => [e.from, e.to]));  // AccumulateGrad -> its leaf
  const root = data.nodes[0];
  const rootFn = data.edges.find((e) => e.from === root.id)?.to;
  const info = (name, fallback) => {
    const t = name ? byName.get(name) : undefined;
    return t ? { name, data: t.data, requiresGrad: t.requiresGrad, grad: t.grad, gradFn: t.gradFn, isLeaf: t.isLeaf }
      : { name: name || '', ...fallback };
  };
  for (const n of data.nodes) {
    if (n.kind === 'tensor' && n.isLeaf) {
      nodes.set(n.id, info(n.label, { data: n.detail, requiresGrad: n.requiresGrad, grad: n.grad || null, gradFn: null, isLeaf: true }));
    } else if (n.kind === 'function' && n.label !== 'AccumulateGrad') {
      const name = n.id === rootFn ? (root.label || n.output) : n.output;
      nodes.set(n.id, info(name, { data: n.outputDetail, requiresGrad: true, grad: null, gradFn: n.label, isLeaf: false }));
    }
  }
  // The tensor a backward edge's target stands for: a function's output, or a leaf.
  const tensorOf = (id) => (nodes.has(id) ? id : accumulate.get(id));
  const edges = [];
  for (const e of data.edges) {
    const from = data.nodes[e.from];
    if (from.kind !== 'function' || from.label === 'AccumulateGrad') continue;
    const input = tensorOf(e.to);
    if (input === undefined || !nodes.has(input)) continue;
    edges.push({ from: input, to: e.from, op: operationOf(from.label) });
  }
  return { nodes, edges, accumulate };
}

export function renderTensorView(container, data, tensors) {
  const { nodes, edges, accumulate } = tensorGraph(data, tensors);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const fit = (line) => (line.length > 49 ? `${line.slice(0, 48)}…` : line);  // the box is at most 380 px
  const lines = (t) => [
    `data: ${(t.data ?? '').replace(/\s+/g, ' ')}`,
    `requires_grad: ${t.requiresGrad ? 'True' : 'False'}`,
    `grad: ${t.grad ? t.grad.replace(/\s+/g, ' ') : `None (${whyNoGrad(t, true)})`}`,
    `grad_fn: ${t.gradFn ?? 'None'}`,
    `is_leaf: ${t.isLeaf ? 'True' : 'False'}`,
  ].map(fit);
  for (const [id, t] of nodes) {
    const text = lines(t);
    const width = Math.min(380, Math.max(150, ...text.map((l) => l.length * 7.2 + 22), (t.name.length + 2) * 8));
    g.setNode(String(id), { width, height: 104, tensor: t, text });
  }
  edges.forEach((e, i) => g.setEdge(String(e.from), String(e.to), { label: e.op, width: e.op.length * 7 + 8, height: 16 }, `e${i}`));
  dagre.layout(g);
  const { width, height } = g.graph();
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'tensor-view', 'aria-label': `tensors of ${data.root}, in the order they were computed` });
  const markerId = `tensor-arrow-${Math.random().toString(36).slice(2)}`;
  const defs = el('defs');
  const marker = el('marker', { id: markerId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' }));
  defs.append(marker);
  svg.append(defs);
  const edgesInto = new Map();  // tensor node id -> the edge paths from its inputs
  for (const e of g.edges()) {
    const { points, label, x, y } = g.edge(e);
    const d = points.map((p, i) => `${i ? 'L' : 'M'} ${p.x} ${p.y}`).join(' ');
    const path = el('path', { d, class: 'edge', 'marker-end': `url(#${markerId})`, 'data-op': label });
    svg.append(path);
    svg.append(el('text', { x, y: y + 4, 'text-anchor': 'middle', class: 'edge-label' }, label));
    if (!edgesInto.has(e.w)) edgesInto.set(e.w, []);
    edgesInto.get(e.w).push(path);
  }
  const groups = new Map();
  for (const id of g.nodes()) {
    const { x, y, width: w, height: h, tensor: t, text } = g.node(id);
    const group = el('g', { class: `node tensor${t.isLeaf ? ' leaf' : ''}${t.name ? '' : ' unnamed'}`, 'data-tensor-node': t.name || '(unnamed)' });
    group.append(el('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: 8 }));
    group.append(el('text', { x: x - w / 2 + 10, y: y - h / 2 + 17, class: 'tensor-name' }, t.name || '(unnamed)'));
    text.forEach((line, i) => group.append(el('text', { x: x - w / 2 + 10, y: y - h / 2 + 35 + i * 15, class: 'tensor-attr' }, line)));
    svg.append(group);
    groups.set(id, group);
  }

  // Backward, step by step, on this picture.
  const steps = backwardSteps(data);
  const controls = document.createElement('div');
  controls.className = 'graph-controls';
  const stepButton = document.createElement('button');
  stepButton.type = 'button';
  stepButton.dataset.action = 'tensor-step';
  stepButton.textContent = 'Step through backward';
  stepButton.disabled = steps.length === 0;
  controls.append(stepButton);
  const status = document.createElement('p');
  status.className = 'tensor-step-status';
  status.setAttribute('aria-live', 'polite');
  let step = -1;
  stepButton.addEventListener('click', () => {
    step = (step + 1) % (steps.length + 1);
    for (const group of groups.values()) group.classList.remove('current', 'reached');
    for (const paths of edgesInto.values()) for (const p of paths) p.classList.remove('flowing');
    if (step === steps.length) {
      status.textContent = 'Backward finished: every leaf that requires grad has its vᵀJ in .grad.';
      stepButton.textContent = 'Step through backward';
      return;
    }
    stepButton.textContent = 'Next step';
    const { node, grad } = steps[step];
    const arriving = grad ? grad.replace(/\s+/g, ' ') : 'its gradient';
    const prefix = `Step ${step + 1} of ${steps.length}: `;
    if (node.label === 'AccumulateGrad') {
      const leaf = accumulate.get(node.id);
      const t = nodes.get(leaf);
      groups.get(String(leaf))?.classList.add('reached');
      status.textContent = `${prefix}${arriving} (vᵀJ) arrives at the leaf ${t?.name || ''} and is added to its .grad.`;
      return;
    }
    const t = nodes.get(node.id);
    groups.get(String(node.id))?.classList.add('current');
    for (const p of edgesInto.get(String(node.id)) ?? []) p.classList.add('flowing');
    status.textContent = `${prefix}${t?.name || 'an unnamed tensor'} receives ${arriving}; ${node.label} sends it back along ` +
      `${operationOf(node.label)} to its inputs.`;
  });
  container.append(controls, svg, status);
}
