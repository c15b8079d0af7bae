// One SVG element with its attributes (null and undefined ones left out) and optional text.
const SVG = 'http://www.w3.org/2000/svg';

export function svgElement(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
