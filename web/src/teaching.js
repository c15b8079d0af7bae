// Autograd's classic errors, explained: for an error whose message matches, two lines in the
// page's words — why autograd refused, and the fix — shown under PyTorch's own message.
const LESSONS = [
  {
    match: /^grad can be implicitly created only for scalar outputs/,
    why: 'backward() with no argument starts from the gradient 1, which only makes sense for a single number: this output has several elements.',
    fix: 'Pass a seed v of the output’s shape, y.backward(v), to get vᵀJ (a one-hot v gives one row of the Jacobian), or reduce first: y.sum().backward().',
  },
  {
    match: /^Trying to backward through the graph a second time/,
    why: 'backward() frees the tensors the graph saved for it, so a second backward() through the same graph has nothing to work with.',
    fix: 'Pass retain_graph=True to every backward() but the last (as the one-hot seeds of a Jacobian do), or rebuild the graph by recomputing the forward pass.',
  },
  {
    match: /^a leaf Variable that requires grad is being used in an in-place operation/,
    why: 'Changing a leaf that requires grad in place would be recorded in the graph, and autograd refuses to rewrite the very tensor it differentiates with respect to.',
    fix: 'Make the update outside the graph, inside with torch.no_grad(): (w -= lr * w.grad), as optimizers do.',
  },
  {
    match: /^one of the variables needed for gradient computation has been modified by an inplace operation/,
    why: 'An operation saved this tensor to compute its gradient, and an in-place operation changed it afterwards (its version counter moved on).',
    fix: 'Use the out-of-place form (x = x * 2 rather than x *= 2 or x.mul_(2)), or modify a .clone() of it.',
  },
  {
    match: /^One of the differentiated Tensors appears to not have been used in the graph/,
    why: 'One of the inputs you asked a gradient for played no part in computing the output, so there is no path for a gradient to flow back to it.',
    fix: 'Leave that input out, or pass allow_unused=True to get None for it.',
  },
  {
    match: /^element 0 of tensors does not require grad and does not have a grad_fn/,
    why: 'Nothing that produced this tensor requires grad, so autograd recorded no graph to go back through.',
    fix: 'Create the inputs with requires_grad=True (or call x.requires_grad_()) before the operations, and not inside torch.no_grad().',
  },
  {
    match: /^Can't call numpy\(\) on Tensor that requires grad/,
    why: 'This tensor is part of a graph; a numpy array (and anything built on it, like a plot) cannot carry its gradient.',
    fix: 'Take it out of the graph first: t.detach() (for a plot, plt.plot(t.detach())).',
  },
];

/** {why, fix} for an error the page can explain, or null. */
export function lessonFor(error) {
  if (!error || error.type !== 'RuntimeError') return null;
  const lesson = LESSONS.find((l) => l.match.test(error.message ?? ''));
  return lesson ? { why: lesson.why, fix: lesson.fix } : null;
}
