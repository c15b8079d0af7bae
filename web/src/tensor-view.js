// The tensor view of a graph, the picture the article starts from: tensors are the nodes,
// operations the edges, in the forward direction the code recorded them. Each tensor shows its
// five attributes, and where .grad is None, why. Built from the same graph data as the
// backward view: each grad_fn node stands for the tensor it produced.
import dagre from '@dagrejs/dagre';

const SVG = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

// "MulBackward0" -> "mul", "AddmmBackward0" -> "addmm": the forward operation of a grad_fn.
export function operationOf(gradFn) {
  return gradFn.replace(/Backward\d*$/, '').toLowerCase() || gradFn;
}

function whyNoGrad(t) {
  if (!t.requiresGrad) return 'requires_grad=False';
  if (!t.isLeaf) return 'non-leaf: call .retain_grad()';
  return 'no backward() yet';
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
  return { nodes, edges };
}

export function renderTensorView(container, data, tensors) {
  const { nodes, edges } = tensorGraph(data, tensors);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const fit = (line) => (line.length > 49 ? `${line.slice(0, 48)}…` : line);  // the box is at most 380 px
  const lines = (t) => [
    `data: ${(t.data ?? '').replace(/\s+/g, ' ')}`,
    `requires_grad: ${t.requiresGrad ? 'True' : 'False'}`,
    `grad: ${t.grad ? t.grad.replace(/\s+/g, ' ') : `None (${whyNoGrad(t)})`}`,
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
  for (const e of g.edges()) {
    const { points, label, x, y } = g.edge(e);
    const d = points.map((p, i) => `${i ? 'L' : 'M'} ${p.x} ${p.y}`).join(' ');
    svg.append(el('path', { d, class: 'edge', 'marker-end': `url(#${markerId})`, 'data-op': label }));
    svg.append(el('text', { x, y: y + 4, 'text-anchor': 'middle', class: 'edge-label' }, label));
  }
  for (const id of g.nodes()) {
    const { x, y, width: w, height: h, tensor: t, text } = g.node(id);
    const group = el('g', { class: `node tensor${t.isLeaf ? ' leaf' : ''}${t.name ? '' : ' unnamed'}`, 'data-tensor-node': t.name || '(unnamed)' });
    group.append(el('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: 8 }));
    group.append(el('text', { x: x - w / 2 + 10, y: y - h / 2 + 17, class: 'tensor-name' }, t.name || '(unnamed)'));
    text.forEach((line, i) => group.append(el('text', { x: x - w / 2 + 10, y: y - h / 2 + 35 + i * 15, class: 'tensor-attr' }, line)));
    svg.append(group);
  }
  container.append(svg);
}
