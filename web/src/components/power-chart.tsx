// Live power and energy of one charger, fed by the meterValues subscription (uPlot: small and fast).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface PowerPoint {
  t: number; // seconds since epoch
  powerW: number | null;
  energyWh: number | null;
}

const fromZero = (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [0, max > 0 ? max * 1.15 : 1];

export function PowerChart({ points }: { points: PowerPoint[] }) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = box.current!;
    const opts: uPlot.Options = {
      width: el.clientWidth,
      height: 220,
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      // Both from zero: a flat line at 11 kW must not look like a swing.
      scales: { x: { time: true }, kw: { range: fromZero }, kwh: { range: fromZero } },
      series: [
        {},
        { label: 'Power (kW)', scale: 'kw', stroke: '#2563eb', width: 2, fill: 'rgba(37,99,235,0.08)', spanGaps: true },
        { label: 'Energy since opened (kWh)', scale: 'kwh', stroke: '#16a34a', width: 2, spanGaps: true },
      ],
      axes: [
        {},
        { scale: 'kw', label: 'kW', size: 50 },
        { scale: 'kwh', label: 'kWh', side: 1, size: 56, grid: { show: false } },
      ],
    };
    plot.current = new uPlot(opts, [[], [], []], el);
    const resize = new ResizeObserver(() => plot.current?.setSize({ width: el.clientWidth, height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    plot.current?.setData([
      points.map((p) => p.t),
      points.map((p) => (p.powerW == null ? null : p.powerW / 1000)),
      points.map((p) => (p.energyWh == null ? null : p.energyWh / 1000)),
    ]);
  }, [points]);

  return (
    <div className="chart" ref={box}>
      {points.length === 0 && <p className="chart-empty muted">Waiting for meter values…</p>}
    </div>
  );
}
