// Draws a matplotlib figure (the data engine/lib/python/matplotlib recorded) as SVG, laid out
// the way matplotlib lays it out: a grid of subplots with four spines, ticks, labels, titles and
// a legend. Loaded only when a cell first shows a figure. Scales and paths are d3's.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line as d3line, area as d3area } from 'd3-shape';
import { svgElement } from './svg.js';

const FONT = 'DejaVu Sans, Verdana, sans-serif';
// matplotlib's dash patterns, in multiples of the line width.
const DASHES = { '--': [3.7, 1.6], ':': [1, 1.65], '-.': [6.4, 1.6, 1, 1.6] };

function el(name, attrs = {}, parent = null) {
  const node = svgElement(name, attrs);
  if (parent) parent.append(node);
  return node;
}

function text(parent, x, y, content, attrs = {}) {
  const t = el('text', { x, y, 'font-family': FONT, fill: '#000', ...attrs }, parent);
  t.textContent = content;
  return t;
}

/** The figure as an <svg> element; `figure` is what pyplot.show() handed to the page. */
export function renderFigure(figure) {
  const pt = figure.dpi / 72;  // matplotlib sizes in points
  const width = Math.round(figure.width * figure.dpi);
  const height = Math.round(figure.height * figure.dpi);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'figure' });
  const labels = [figure.suptitle, ...figure.axes.map((a) => a.title)].filter(Boolean);
  el('title', {}, svg).textContent = labels.length ? `Figure: ${labels.join(', ')}` : 'Figure';
  el('rect', { width, height, fill: '#fff' }, svg);
  let top = 0;
  if (figure.suptitle) {
    text(svg, width / 2, 16 * pt, figure.suptitle, { 'text-anchor': 'middle', 'font-size': 12 * pt });
    top = 22 * pt;
  }
  for (const axes of figure.axes) {
    const cellW = width / axes.ncols;
    const cellH = (height - top) / axes.nrows;
    const row = Math.floor((axes.index - 1) / axes.ncols);
    const col = (axes.index - 1) % axes.ncols;
    renderAxes(svg, axes, { x: col * cellW, y: top + row * cellH, width: cellW, height: cellH }, pt);
  }
  return svg;
}

function extent(axes, axis) {
  const values = [];
  let bars = false;
  for (const s of axes.series) {
    if (s.kind === 'line' || s.kind === 'scatter') values.push(...s[axis]);
    else if (s.kind === 'area') values.push(...(axis === 'x' ? s.x : [...s.y1, ...s.y2]));
    else if (s.kind === 'bar') {
      bars = true;
      if (axis === 'x') s.left.forEach((l, i) => values.push(l, l + s.width[i]));
      else s.bottom.forEach((b, i) => values.push(b, b + s.height[i]));
    } else if ((s.kind === 'hline' && axis === 'y') || (s.kind === 'vline' && axis === 'x')) values.push(s.at);
    else if (s.kind === 'text') values.push(s[axis]);
  }
  return { values: values.filter((v) => v !== null && Number.isFinite(v)), bars };
}

// The data limits with matplotlib's 5% margins (bars keep their baseline at 0), or the user's.
function domain(axes, axis) {
  const limits = axes[`${axis}lim`];
  const log = axes[`${axis}scale`] === 'log';
  let { values, bars } = extent(axes, axis);
  if (log) values = values.filter((v) => v > 0);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (log) {
    if (!values.length) [lo, hi] = [1, 10];
    const [a, b] = [Math.log10(lo), Math.log10(hi)];
    const pad = (b - a) * 0.05 || 0.5;
    [lo, hi] = [10 ** (a - pad), 10 ** (b + pad)];
  } else {
    const pad = (hi - lo) * 0.05 || (Math.abs(lo) * 0.05 || 0.05);
    const keepZero = bars && axis === 'y' && lo === 0;
    lo = keepZero ? 0 : lo - pad;
    hi += pad;
  }
  if (limits) {
    if (limits[0] !== null) lo = limits[0];
    if (limits[1] !== null) hi = limits[1];
  }
  return [lo, hi];
}

function renderAxes(svg, axes, box, pt) {
  const font = 10 * pt;
  const left = box.x + (axes.ylabel ? 62 : 46) * pt * 0.9;
  const right = box.x + box.width - 14 * pt;
  const topY = box.y + (axes.title ? 26 : 10) * pt;
  const bottom = box.y + box.height - (axes.xlabel ? 40 : 26) * pt;
  const g = el('g', { class: 'axes', 'data-axes': axes.index }, svg);
  const x = (axes.xscale === 'log' ? scaleLog() : scaleLinear()).domain(domain(axes, 'x')).range([left, right]);
  const y = (axes.yscale === 'log' ? scaleLog() : scaleLinear()).domain(domain(axes, 'y')).range([bottom, topY]);
  const id = `clip-${Math.random().toString(36).slice(2)}`;
  el('rect', { x: left, y: topY, width: right - left, height: bottom - topY }, el('clipPath', { id }, g));

  // Ticks, tick labels and the grid.
  const ticks = (scale, custom, n, log) => {
    if (custom) return custom.at.map((v, i) => ({ v, label: custom.labels ? custom.labels[i] : scale.tickFormat(n)(v) }));
    if (log) return logTicks(scale);
    return scale.ticks(n).map((v) => ({ v, label: scale.tickFormat(n)(v) }));
  };
  const barLabels = axes.series.find((s) => s.ticklabels)?.ticklabels;
  const xTicks = ticks(x, axes.xticks ?? barLabels, Math.max(2, Math.round((right - left) / (55 * pt))), axes.xscale === 'log');
  const yTicks = ticks(y, axes.yticks, Math.max(2, Math.round((bottom - topY) / (45 * pt))), axes.yscale === 'log');
  for (const { v, label } of xTicks) {
    const px = x(v);
    if (!(px >= left - 0.5 && px <= right + 0.5)) continue;
    if (axes.grid) el('line', { x1: px, x2: px, y1: topY, y2: bottom, stroke: '#b0b0b0', 'stroke-width': 0.8 * pt }, g);
    el('line', { x1: px, x2: px, y1: bottom, y2: bottom + 3.5 * pt, stroke: '#000', 'stroke-width': 0.8 * pt }, g);
    text(g, px, bottom + 3.5 * pt + font, label, { 'text-anchor': 'middle', 'font-size': font, class: 'tick' });
  }
  for (const { v, label } of yTicks) {
    const py = y(v);
    if (!(py >= topY - 0.5 && py <= bottom + 0.5)) continue;
    if (axes.grid) el('line', { x1: left, x2: right, y1: py, y2: py, stroke: '#b0b0b0', 'stroke-width': 0.8 * pt }, g);
    el('line', { x1: left - 3.5 * pt, x2: left, y1: py, y2: py, stroke: '#000', 'stroke-width': 0.8 * pt }, g);
    text(g, left - 5 * pt, py + font * 0.35, label, { 'text-anchor': 'end', 'font-size': font, class: 'tick' });
  }

  const plot = el('g', { 'clip-path': `url(#${id})` }, g);
  for (const s of axes.series) drawSeries(plot, s, x, y, { left, right, top: topY, bottom }, pt);

  // The four spines, titles and labels.
  el('rect', { x: left, y: topY, width: right - left, height: bottom - topY, fill: 'none', stroke: '#000', 'stroke-width': 0.8 * pt }, g);
  if (axes.title) text(g, (left + right) / 2, topY - 7 * pt, axes.title, { 'text-anchor': 'middle', 'font-size': 12 * pt });
  if (axes.xlabel) text(g, (left + right) / 2, bottom + 3.5 * pt + font * 2.4, axes.xlabel, { 'text-anchor': 'middle', 'font-size': font });
  if (axes.ylabel) {
    const lx = box.x + font * 1.1;
    const ly = (topY + bottom) / 2;
    text(g, lx, ly, axes.ylabel, { 'text-anchor': 'middle', 'font-size': font, transform: `rotate(-90 ${lx} ${ly})` });
  }
  if (axes.legend) drawLegend(g, axes, { left, right, top: topY, bottom }, pt);
}

// Log axes: a labelled tick at each power of ten, as 10⁻² (matplotlib's 10^{-2}), thinned to
// every few decades when there are many; unlabelled ticks between them.
const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
function logTicks(scale) {
  const [lo, hi] = scale.domain();
  const first = Math.ceil(Math.log10(Math.min(lo, hi)) - 1e-9);
  const last = Math.floor(Math.log10(Math.max(lo, hi)) + 1e-9);
  const every = Math.max(1, Math.ceil((last - first + 1) / 8));
  const out = [];
  for (let k = first; k <= last; k += every) {
    out.push({ v: 10 ** k, label: `10${String(k).split('').map((c) => SUPERSCRIPT[c]).join('')}` });
  }
  return out;
}

function stroke(s, pt) {
  const w = s.linewidth * pt;
  const dash = DASHES[s.linestyle];
  return { stroke: s.color, 'stroke-width': w, 'stroke-dasharray': dash ? dash.map((d) => d * w).join(' ') : null, 'stroke-opacity': s.alpha };
}

function marker(parent, kind, cx, cy, size, fill, alpha) {
  const r = size / 2;
  if (kind === 's') return el('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, fill, 'fill-opacity': alpha }, parent);
  if (kind === '^' || kind === 'v') {
    const d = kind === '^' ? -1 : 1;
    return el('path', { d: `M${cx},${cy + d * r}L${cx - r},${cy - d * r}L${cx + r},${cy - d * r}Z`, fill, 'fill-opacity': alpha }, parent);
  }
  if (kind === 'x' || kind === '+') {
    const p = kind === 'x' ? `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`
      : `M${cx - r},${cy}L${cx + r},${cy}M${cx},${cy - r}L${cx},${cy + r}`;
    return el('path', { d: p, stroke: fill, 'stroke-width': Math.max(1, r / 3), 'stroke-opacity': alpha }, parent);
  }
  return el('circle', { cx, cy, r: kind === '.' ? r / 2 : kind === ',' ? 0.5 : r, fill, 'fill-opacity': alpha }, parent);
}

function drawSeries(parent, s, x, y, box, pt) {
  const g = el('g', { class: `series ${s.kind}`, 'data-series': s.kind }, parent);
  if (s.kind === 'line') {
    const points = s.x.map((xv, i) => [xv, s.y[i]]);
    const ok = (p) => p[0] !== null && p[1] !== null && Number.isFinite(x(p[0])) && Number.isFinite(y(p[1]));
    g.dataset.points = String(points.length);
    if (s.linestyle) {
      el('path', { d: d3line().defined(ok).x((p) => x(p[0])).y((p) => y(p[1]))(points), fill: 'none', 'stroke-linejoin': 'round', ...stroke(s, pt) }, g);
    }
    if (s.marker) for (const p of points.filter(ok)) marker(g, s.marker, x(p[0]), y(p[1]), s.markersize * pt, s.color, s.alpha);
  } else if (s.kind === 'scatter') {
    g.dataset.points = String(s.x.length);
    s.x.forEach((xv, i) => {
      const yv = s.y[i];
      if (xv === null || yv === null) return;
      const area = s.sizes ? s.sizes[i] : s.size;
      marker(g, s.marker, x(xv), y(yv), Math.sqrt(area) * pt, s.colors ? s.colors[i] : s.color, s.alpha);
    });
  } else if (s.kind === 'bar') {
    g.dataset.points = String(s.height.length);
    s.left.forEach((l, i) => {
      const x0 = x(l), x1 = x(l + s.width[i]);
      const y0 = y(s.bottom[i]), y1 = y(s.bottom[i] + s.height[i]);
      el('rect', { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0),
                   fill: s.histtype === 'step' ? 'none' : s.color, 'fill-opacity': s.alpha,
                   stroke: s.histtype === 'step' ? s.color : s.edgecolor, 'stroke-width': s.edgecolor || s.histtype === 'step' ? pt : null }, g);
    });
  } else if (s.kind === 'hline' || s.kind === 'vline') {
    const at = s.kind === 'hline' ? y(s.at) : x(s.at);
    const coords = s.kind === 'hline' ? { x1: box.left, x2: box.right, y1: at, y2: at } : { x1: at, x2: at, y1: box.top, y2: box.bottom };
    el('line', { ...coords, ...stroke(s, pt) }, g);
  } else if (s.kind === 'area') {
    const points = s.x.map((xv, i) => [xv, s.y1[i], s.y2[i]]);
    g.dataset.points = String(points.length);
    el('path', { d: d3area().x((p) => x(p[0])).y0((p) => y(p[2])).y1((p) => y(p[1]))(points), fill: s.color, 'fill-opacity': s.alpha ?? 1 }, g);
  } else if (s.kind === 'text') {
    text(g, x(s.x), y(s.y), s.text, { 'font-size': s.fontsize * pt, fill: s.color });
  }
}

function drawLegend(parent, axes, box, pt) {
  const entries = axes.series.filter((s) => s.label && s.kind !== 'text');
  if (!entries.length) return;
  const font = 10 * pt;
  const rowH = font * 1.45;
  const w = 34 * pt + Math.max(...entries.map((s) => s.label.length)) * font * 0.6;
  const h = entries.length * rowH + 8 * pt;
  const loc = axes.legend.loc;
  const x0 = /left/.test(loc) ? box.left + 8 * pt : box.right - w - 8 * pt;
  const y0 = /lower/.test(loc) ? box.bottom - h - 8 * pt : box.top + 8 * pt;
  const g = el('g', { class: 'legend', 'data-legend': entries.length }, parent);
  el('rect', { x: x0, y: y0, width: w, height: h, rx: 3 * pt, fill: '#fff', 'fill-opacity': 0.8, stroke: '#ccc', 'stroke-width': 0.8 * pt }, g);
  entries.forEach((s, i) => {
    const cy = y0 + 4 * pt + rowH * (i + 0.5);
    const sx = x0 + 6 * pt;
    if (s.kind === 'bar' || s.kind === 'area') el('rect', { x: sx, y: cy - font * 0.35, width: 20 * pt, height: font * 0.7, fill: s.color, 'fill-opacity': s.alpha }, g);
    else if (s.kind === 'scatter') marker(g, s.marker, sx + 10 * pt, cy, Math.sqrt(s.size) * pt, s.color, s.alpha);
    else {
      if (s.linestyle) el('line', { x1: sx, x2: sx + 20 * pt, y1: cy, y2: cy, ...stroke(s, pt) }, g);
      if (s.marker) marker(g, s.marker, sx + 10 * pt, cy, (s.markersize ?? 6) * pt, s.color, s.alpha);
    }
    text(g, sx + 26 * pt, cy + font * 0.35, s.label, { 'font-size': font });
  });
}
