/** A session's price, as stored on the session (live, then final) and in its charge detail record. */
export type CostLineType = 'SESSION_FEE' | 'ENERGY' | 'TIME' | 'IDLE' | 'MIN_PRICE' | 'MAX_PRICE';
export type CostUnit = 'SESSION' | 'KWH' | 'HOUR' | 'MINUTE';

export interface CostLine {
  type: CostLineType;
  /** Billed quantity (after step rounding), a decimal string; up to 6 places. */
  quantity: string;
  unit: CostUnit;
  /** Net price per unit, a decimal string in major units. */
  unitPrice: string;
  /** Net amount in minor units, rounded half-up from the exact quantity x unit price. */
  amountMinor: number;
  /** Index of the tariff element that priced this line; null for the tariff's flat prices. */
  element: number | null;
}

export interface Cost {
  tariffId: string;
  currency: string;
  netMinor: number;
  taxMinor: number;
  /** net + tax (gross). */
  totalMinor: number;
  taxRatePercent: string;
  breakdown: CostLine[];
  energyWh: number;
  chargingSeconds: number;
  idleSeconds: number;
  /** False while the session runs (an estimate up to `asOf`); true once it stopped. */
  final: boolean;
  asOf: string;
}
