import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { TARIFF_DEFAULTS, type TariffFields } from './tariff.fields.js';
import { checkTariff } from './tariff.validation.js';

const aTariff = (over: Partial<TariffFields> = {}): TariffFields => ({
  ...TARIFF_DEFAULTS,
  name: 'T',
  currency: 'EUR',
  ...over,
});

function problems(f: TariffFields): string[] {
  try {
    checkTariff(f);
    return [];
  } catch (err) {
    return (err as InvalidInputError).problems.map((p) => p.field);
  }
}

describe('checking a tariff', () => {
  it('normalises decimals and drops unset restrictions', () => {
    const checked = checkTariff(
      aTariff({
        energyPricePerKwh: '0.390000',
        elements: [
          {
            components: [{ type: 'ENERGY', price: '0.30' }],
            restrictions: { startTime: '22:00', endTime: '06:00', dayOfWeek: [] },
          },
        ],
      }),
    );
    expect(checked.energyPricePerKwh).toBe('0.39');
    expect(checked.elements).toEqual([
      { components: [{ type: 'ENERGY', price: '0.3' }], restrictions: { startTime: '22:00', endTime: '06:00' } },
    ]);
  });

  it('wants fixed amounts in whole minor units of the currency', () => {
    expect(problems(aTariff({ sessionFee: '1.005' }))).toEqual(['sessionFee']);
    expect(problems(aTariff({ currency: 'JPY', sessionFee: '100.5' }))).toEqual(['sessionFee']);
    expect(problems(aTariff({ currency: 'JPY', sessionFee: '100' }))).toEqual([]);
  });

  it('refuses negative prices, more than 6 decimals, tax over 100 % and empty windows', () => {
    expect(
      problems(
        aTariff({
          energyPricePerKwh: '-0.1',
          timePricePerHour: '0.1234567',
          taxRatePercent: '101',
          validFrom: new Date('2025-02-01'),
          validUntil: new Date('2025-01-01'),
        }),
      ),
    ).toEqual(['energyPricePerKwh', 'timePricePerHour', 'taxRatePercent', 'validUntil']);
  });

  it('checks element restrictions: clock, dates, ranges, one component per type', () => {
    expect(
      problems(
        aTariff({
          elements: [
            {
              components: [
                { type: 'ENERGY', price: '0.3' },
                { type: 'ENERGY', price: '0.4' },
              ],
              restrictions: {
                startTime: '7:00',
                startDate: '2025-03-01',
                endDate: '2025-03-01',
                minKwh: '10',
                maxKwh: '5',
              },
            },
          ],
        }),
      ),
    ).toEqual([
      'elements[0].components',
      'elements[0].restrictions.startTime',
      'elements[0].restrictions.endDate',
      'elements[0].restrictions.maxKwh',
    ]);
  });
});
