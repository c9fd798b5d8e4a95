// Reading OCPP sampled values (measurands as the API's Measurand enum): the power and energy register a dashboard shows.

interface Sample {
  measurand: string;
  value?: number | null;
  phase?: string | null;
}

/** Total active import power in W: the value without phase, else the sum of the line phases. */
export function powerOf(values: readonly Sample[]): number | null {
  return totalOf(values, 'POWER_ACTIVE_IMPORT');
}

/** The energy register in Wh. */
export function energyOf(values: readonly Sample[]): number | null {
  return totalOf(values, 'ENERGY_ACTIVE_IMPORT_REGISTER');
}

function totalOf(values: readonly Sample[], measurand: string): number | null {
  const own = values.filter((v) => v.measurand === measurand && v.value != null);
  if (own.length === 0) return null;
  const whole = own.find((v) => !v.phase);
  if (whole) return whole.value!;
  const lines = own.filter((v) => /^L[123]$/.test(v.phase ?? ''));
  return lines.length ? lines.reduce((sum, v) => sum + v.value!, 0) : null;
}
