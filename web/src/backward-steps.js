// The backward pass step by step: the engine's node order (grad_fn names, as the backward log
// recorded them) mapped onto the drawn graph's function nodes, with the gradient each received.
export function backwardSteps(data) {
  const steps = [];
  const used = new Set();
  (data.backwardOrder ?? []).forEach((name, k) => {
    const node = data.nodes.find((n) => n.kind === 'function' && n.label === name && !used.has(n.id));
    if (!node) return;
    used.add(node.id);
    steps.push({ node, grad: data.nodeGrads?.[k] ?? '' });
  });
  return steps;
}
