// The electrical model of one connector while an EV charges: an energy register that only
// rises, power that tapers as the battery fills, and the readings an OCPP 1.6 meter reports.
// Pure functions: the charger calls `advance` on every sample.

export interface EvProfile {
  batteryWh: number;
  /** State of charge when plugged in, 0-100. */
  startSoc: number;
  /** The most the car accepts. */
  maxPowerW: number;
}

export interface MeterReading {
  /** Lifetime register of the connector (Energy.Active.Import.Register). */
  registerWh: number;
  powerW: number;
  currentA: number;
  voltageV: number;
  socPercent: number;
}

export interface SampledValue {
  value: string; // OCPP 1.6 §7.45: always a string
  context?: string;
  measurand?: string;
  phase?: string;
  location?: string;
  unit?: string;
}

export const PHASES = 3;
export const NOMINAL_VOLTAGE = 230;
// Above this state of charge a car's battery management tapers the power it draws.
const TAPER_FROM_SOC = 80;

export function randomEv(random: () => number = Math.random): EvProfile {
  return {
    batteryWh: Math.round(40_000 + random() * 60_000),
    startSoc: Math.round(10 + random() * 50),
    maxPowerW: [7_400, 11_000, 22_000][Math.floor(random() * 3)]!,
  };
}

export function startReading(registerWh: number, ev: EvProfile): MeterReading {
  return { registerWh, powerW: 0, currentA: 0, voltageV: NOMINAL_VOLTAGE, socPercent: ev.startSoc };
}

/** What the car draws at this state of charge under a limit (a charging profile, or the connector's maximum). */
export function drawW(ev: EvProfile, socPercent: number, limitW: number): number {
  const cap = Math.min(ev.maxPowerW, limitW);
  if (socPercent >= 100) return 0;
  if (socPercent <= TAPER_FROM_SOC) return cap;
  // Linear taper from the cap at 80 % down to a trickle at 100 %.
  return Math.max(cap * 0.05, cap * ((100 - socPercent) / (100 - TAPER_FROM_SOC)));
}

/**
 * Moves the meter `seconds` forward; `noise` (-1..1) wiggles the grid voltage like a real meter.
 * `limitA` is a charging profile's current per phase: the car's charger holds the current, so the
 * power it allows follows the voltage (IEC 61851 signals amperes, not watts).
 */
export function advance(
  prev: MeterReading,
  ev: EvProfile,
  seconds: number,
  limitW: number,
  noise = 0,
  limitA = Infinity,
): MeterReading {
  const voltageV = Math.round((NOMINAL_VOLTAGE + noise * 3) * 10) / 10;
  const capW = Math.min(limitW, limitA * voltageV * PHASES);
  const powerW = Math.floor(drawW(ev, prev.socPercent, capW));
  const addedWh = (powerW * seconds) / 3600;
  const socPercent = Math.min(100, prev.socPercent + (addedWh / ev.batteryWh) * 100);
  return {
    registerWh: Math.round((prev.registerWh + addedWh) * 10) / 10,
    powerW,
    currentA: Math.floor((powerW / (voltageV * PHASES)) * 100) / 100,
    voltageV,
    socPercent: Math.round(socPercent * 10) / 10,
  };
}

/** The sampled values of one MeterValue, as OCPP 1.6 §7.45 spells them. */
export function sampledValues(r: MeterReading, context = 'Sample.Periodic'): SampledValue[] {
  return [
    {
      value: r.registerWh.toFixed(1),
      context,
      measurand: 'Energy.Active.Import.Register',
      location: 'Outlet',
      unit: 'Wh',
    },
    { value: String(r.powerW), context, measurand: 'Power.Active.Import', location: 'Outlet', unit: 'W' },
    // Per phase, as load management reads it (a three-phase car draws the same on each).
    ...(['L1', 'L2', 'L3'] as const).map((phase) => ({
      value: r.currentA.toFixed(2),
      context,
      measurand: 'Current.Import',
      phase,
      location: 'Outlet',
      unit: 'A',
    })),
    { value: r.voltageV.toFixed(1), context, measurand: 'Voltage', phase: 'L1-N', location: 'Outlet', unit: 'V' },
    { value: r.socPercent.toFixed(0), context, measurand: 'SoC', location: 'EV', unit: 'Percent' },
  ];
}
