import { useEffect, useRef, useState } from 'react';
import { useDashboardMeterValuesSubscription } from '../../client/generated/hooks';
import type { PowerPoint } from './components/power-chart';
import { energyOf, powerOf } from './meter';

const MAX_POINTS = 720; // an hour of 5-second samples

interface ConnectorReading {
  powerW: number | null;
  /** Energy register at the first reading seen, and now (Wh). */
  firstWh: number | null;
  lastWh: number | null;
  /** Wh delivered in earlier registers (a register that went back: a new session on a meter counting per session). */
  carriedWh: number;
}

/**
 * One charger's power and the energy it delivered since the page opened, from its meterValues
 * subscription. Each point sums the connectors' latest readings.
 */
export function useLivePower(chargerId: string | undefined): PowerPoint[] {
  const [points, setPoints] = useState<PowerPoint[]>([]);
  const readings = useRef(new Map<number, ConnectorReading>());
  useEffect(() => {
    setPoints([]);
    readings.current.clear();
  }, [chargerId]);
  useDashboardMeterValuesSubscription({
    variables: { chargerId },
    skip: !chargerId,
    onData: ({ data }) => {
      const e = data.data?.meterValues;
      if (!e) return;
      const r = readings.current.get(e.connectorId) ?? { powerW: null, firstWh: null, lastWh: null, carriedWh: 0 };
      r.powerW = powerOf(e.values) ?? r.powerW;
      const wh = energyOf(e.values);
      if (wh != null) {
        if (r.lastWh != null && wh < r.lastWh) {
          r.carriedWh += r.lastWh - (r.firstWh ?? r.lastWh);
          r.firstWh = wh;
        }
        r.firstWh ??= wh;
        r.lastWh = wh;
      }
      readings.current.set(e.connectorId, r);
      const all = [...readings.current.values()];
      const powerW = all.reduce((s, v) => s + (v.powerW ?? 0), 0);
      const energyWh = all.reduce((s, v) => s + v.carriedWh + (v.lastWh ?? 0) - (v.firstWh ?? 0), 0);
      const t = Date.now() / 1000; // arrival time: always increasing, whatever the chargers' clocks say
      setPoints((p) => [...p, { t, powerW, energyWh }].slice(-MAX_POINTS));
    },
  });
  return points;
}
