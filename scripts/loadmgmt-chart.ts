// A stacked area chart as plain SVG: each car's current per phase over time, the circuit limit on top.

const COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

export function chartSvg(
  rows: number[][],
  opts: {
    limitA: number;
    steps: { at: number; label: string }[];
    title: string;
    /** A line over the areas: per row, e.g. the sum of the limits the chargers accepted. */
    line?: { label: string; values: number[] };
  },
): string {
  const W = 1000;
  const H = 560;
  const m = { left: 60, right: 150, top: 40, bottom: 50 };
  const tMax = Math.max(...rows.map((r) => r[0]!));
  const yMax = Math.ceil((opts.limitA * 1.15) / 10) * 10;
  const x = (t: number) => m.left + (t / tMax) * (W - m.left - m.right);
  const y = (a: number) => H - m.bottom - (a / yMax) * (H - m.top - m.bottom);
  const cars = rows[0]!.length - 1;
  const areas: string[] = [];
  for (let c = cars - 1; c >= 0; c--) {
    const top = rows.map((r) => [x(r[0]!), y(r.slice(1, c + 2).reduce((a, b) => a + b, 0))]);
    const bottom = rows.map((r) => [x(r[0]!), y(r.slice(1, c + 1).reduce((a, b) => a + b, 0))]).reverse();
    const d = [...top, ...bottom].map(([px, py], i) => `${i ? 'L' : 'M'}${px!.toFixed(1)},${py!.toFixed(1)}`).join('');
    areas.push(`<path d="${d}Z" fill="${COLORS[c % COLORS.length]}" stroke="white" stroke-width="0.3"/>`);
  }
  const yTicks = Array.from({ length: yMax / 10 + 1 }, (_, i) => i * 10)
    .map(
      (a) =>
        `<line x1="${m.left}" x2="${W - m.right}" y1="${y(a)}" y2="${y(a)}" stroke="#ddd"/><text x="${m.left - 8}" y="${y(a) + 4}" text-anchor="end">${a}</text>`,
    )
    .join('');
  const xTicks = Array.from({ length: Math.floor(tMax / 10) + 1 }, (_, i) => i * 10)
    .map((t) => `<text x="${x(t)}" y="${H - m.bottom + 18}" text-anchor="middle">${t}</text>`)
    .join('');
  const steps = opts.steps
    .map(
      (s) =>
        `<line x1="${x(s.at)}" x2="${x(s.at)}" y1="${m.top}" y2="${H - m.bottom}" stroke="#555" stroke-dasharray="3,3"/><text x="${x(s.at) + 4}" y="${m.top + 12}" font-size="11">${s.label}</text>`,
    )
    .join('');
  const line = opts.line
    ? `<path d="${rows
        .map((r, i) => `${i ? 'L' : 'M'}${x(r[0]!).toFixed(1)},${y(opts.line!.values[i]!).toFixed(1)}`)
        .join('')}" fill="none" stroke="#222" stroke-width="1.5" stroke-dasharray="6,3"/>
<line x1="${W - m.right + 15}" x2="${W - m.right + 27}" y1="${m.top + cars * 20 + 16}" y2="${m.top + cars * 20 + 16}" stroke="#222" stroke-width="1.5" stroke-dasharray="6,3"/>
<text x="${W - m.right + 32}" y="${m.top + cars * 20 + 20}" font-size="11">${opts.line.label}</text>`
    : '';
  const legend = Array.from(
    { length: cars },
    (_, c) =>
      `<rect x="${W - m.right + 15}" y="${m.top + c * 20}" width="12" height="12" fill="${COLORS[c % COLORS.length]}"/><text x="${W - m.right + 32}" y="${m.top + c * 20 + 10}">car ${c + 1}</text>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="${W}" height="${H}" fill="white"/>
<text x="${m.left}" y="24" font-size="16" font-weight="bold">${opts.title}</text>
${yTicks}${areas.join('')}
<line x1="${m.left}" x2="${W - m.right}" y1="${y(opts.limitA)}" y2="${y(opts.limitA)}" stroke="#c00" stroke-width="2"/>
<text x="${W - m.right - 4}" y="${y(opts.limitA) - 6}" text-anchor="end" fill="#c00">limit ${opts.limitA} A</text>
${line}${steps}${xTicks}${legend}
<text x="${(W - m.right + m.left) / 2}" y="${H - 12}" text-anchor="middle">seconds</text>
<text x="16" y="${(H - m.bottom + m.top) / 2}" transform="rotate(-90 16 ${(H - m.bottom + m.top) / 2})" text-anchor="middle">A per phase (stacked)</text>
</svg>`;
}
