// The recorded graph as SVG, laid out by dagre: tensors and grad_fn nodes, edges along
// next_functions. Click a node to inspect it; step through the backward pass node by node.
// A toggle shows the same graph as tensors joined by operations (tensor-view.js).
import dagre from '@dagrejs/dagre';
import { svgElement } from './svg.js';
import { renderTensorView } from './tensor-view.js';
import { backwardSteps } from './backward-steps.js';

const el = svgElement;

export function renderGraph(container, data, tensors = []) {
  container.replaceChildren();
  if (!data || !data.nodes?.length) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const heading = document.createElement('h3');
  heading.textContent = `Backward graph of ${data.root}`;
  const controls = document.createElement('div');
  controls.className = 'graph-controls';
  const stepButton = document.createElement('button');
  stepButton.type = 'button';
  stepButton.textContent = 'Step through backward';
  const inspector = document.createElement('div');
  inspector.className = 'graph-inspector';
  inspector.setAttribute('aria-live', 'polite');
  inspector.textContent = 'Click a node to inspect it.';
  const viewButton = document.createElement('button');
  viewButton.type = 'button';
  viewButton.dataset.action = 'tensor-view';
  viewButton.setAttribute('aria-pressed', 'false');
  viewButton.textContent = 'Tensor view';
  controls.append(stepButton, viewButton);
  const tensorView = document.createElement('div');
  tensorView.className = 'tensor-view-host';
  tensorView.dataset.tensorView = '';
  tensorView.hidden = true;

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of data.nodes) {
    const label = n.kind === 'tensor' ? (n.label || 'tensor') : n.label;
    const width = Math.max(80, label.length * 8 + 24);
    g.setNode(String(n.id), { width, height: n.kind === 'tensor' ? 40 : 32, label, node: n });
  }
  for (const e of data.edges) g.setEdge(String(e.from), String(e.to));
  dagre.layout(g);
  const { width, height } = g.graph();
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `autograd graph of ${data.root}` });
  const defs = el('defs');
  const marker = el('marker', { id: `arrow-${data.root}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' }));
  defs.append(marker);
  svg.append(defs);
  for (const e of g.edges()) {
    const points = g.edge(e).points;
    const d = points.map((p, i) => `${i ? 'L' : 'M'} ${p.x} ${p.y}`).join(' ');
    svg.append(el('path', { d, class: 'edge', 'marker-end': `url(#arrow-${data.root})` }));
  }
  const nodeElements = new Map();
  for (const id of g.nodes()) {
    const { x, y, width: w, height: h, label, node } = g.node(id);
    const group = el('g', { class: `node ${node.kind}${node.isLeaf ? ' leaf' : ''}`, tabindex: 0, 'data-node': node.label || node.kind, role: 'button', 'aria-label': `${node.kind} ${label}` });
    group.append(node.kind === 'tensor'
      ? el('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2 })
      : el('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: 4 }));
    group.append(el('text', { x, y: y + 4, 'text-anchor': 'middle' }, label));
    const inspect = () => {
      inspector.replaceChildren();
      const title = document.createElement('strong');
      title.textContent = node.kind === 'tensor' ? `tensor ${node.label}` : node.label;
      const facts = document.createElement('pre');
      facts.textContent = node.kind === 'tensor'
        ? `shape/dtype: ${node.detail}\nrequires_grad: ${node.requiresGrad ? 'True' : 'False'}\nis_leaf: ${node.isLeaf ? 'True' : 'False'}\ngrad: ${node.grad || 'None'}`
        : `saved tensors: ${node.detail || 'none'}`;
      inspector.append(title, facts);
    };
    group.addEventListener('click', inspect);
    group.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); inspect(); } });
    nodeElements.set(node, group);
    svg.append(group);
  }

  // Backward order: the engine's node sequence (grad_fn names) mapped onto the drawn nodes.
  const steps = backwardSteps(data);
  const order = steps.map((s) => s.node);
  const arriving = new Map(steps.map((s) => [s.node, s.grad]));  // node -> the gradient that reached it, as printed
  let step = -1;
  stepButton.disabled = order.length === 0;
  stepButton.addEventListener('click', () => {
    step = (step + 1) % (order.length + 1);
    for (const [node, group] of nodeElements) group.classList.toggle('visited', order.indexOf(node) !== -1 && order.indexOf(node) < step);
    if (step === order.length) {
      inspector.textContent = 'Backward finished: the gradients have reached the leaves.';
      stepButton.textContent = 'Step through backward';
    } else {
      const grad = arriving.get(order[step]);
      inspector.textContent = `Step ${step + 1} of ${order.length}: ${order[step].label} receives ` +
        (grad ? `the gradient ${grad.replace(/\s+/g, ' ')}` : 'its gradient') + ' and passes it on.';
      stepButton.textContent = 'Next node';
    }
  });

  // Tensor view <-> backward graph.
  viewButton.addEventListener('click', () => {
    const showTensors = tensorView.hidden;
    if (showTensors && !tensorView.childElementCount) renderTensorView(tensorView, data, tensors);
    tensorView.hidden = !showTensors;
    svg.style.display = showTensors ? 'none' : '';
    inspector.hidden = showTensors;
    stepButton.hidden = showTensors;
    viewButton.setAttribute('aria-pressed', String(showTensors));
    viewButton.textContent = showTensors ? 'Backward graph' : 'Tensor view';
    heading.textContent = showTensors ? `Tensors behind ${data.root}, as the code computed them` : `Backward graph of ${data.root}`;
  });

  container.append(heading, controls, svg, tensorView, inspector);
}
