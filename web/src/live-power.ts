import { useEffect, useRef, useState } from 'react';
import { useDashboardMeterValuesSubscription } from '../../client/generated/hooks';
import type { PowerPoint } from './components/power-chart';
import { energyOf } from './meter';

const SAMPLE_MS = 2000;
const MAX_POINTS = 900; // half an hour

interface Register {
  firstWh: number;
  lastWh: number;
  /** Wh counted in earlier registers (a register that went back: a meter counting per session). */
  carriedWh: number;
}

/**
 * One charger's power over time and the energy it delivered since the page opened. The energy comes
 * from its meterValues subscription (the registers' increase); the power is the live figure the page
 * shows (`powerW`), sampled every 2 s so the chart and the number beside it always agree.
 */
export function useLivePower(chargerId: string | undefined, powerW: number): PowerPoint[] {
  const [points, setPoints] = useState<PowerPoint[]>([]);
  const registers = useRef(new Map<number, Register>());
  const heard = useRef(false);
  const power = useRef(powerW);
  power.current = powerW;

  useEffect(() => {
    setPoints([]);
    registers.current.clear();
    heard.current = false;
    const timer = setInterval(() => {
      if (!heard.current) return; // "waiting for meter values" until the first arrives
      let energyWh = 0;
      for (const r of registers.current.values()) energyWh += r.carriedWh + r.lastWh - r.firstWh;
      const point = { t: Date.now() / 1000, powerW: power.current, energyWh };
      setPoints((p) => [...p, point].slice(-MAX_POINTS));
    }, SAMPLE_MS);
    return () => clearInterval(timer);
  }, [chargerId]);

  useDashboardMeterValuesSubscription({
    variables: { chargerId },
    skip: !chargerId,
    onData: ({ data }) => {
      const e = data.data?.meterValues;
      if (!e) return;
      heard.current = true;
      const wh = energyOf(e.values);
      if (wh == null) return;
      const r = registers.current.get(e.connectorId);
      if (!r) registers.current.set(e.connectorId, { firstWh: wh, lastWh: wh, carriedWh: 0 });
      else if (wh < r.lastWh)
        Object.assign(r, { carriedWh: r.carriedWh + r.lastWh - r.firstWh, firstWh: wh, lastWh: wh });
      else r.lastWh = wh;
    },
  });
  return points;
}
