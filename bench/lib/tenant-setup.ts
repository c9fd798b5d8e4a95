// Tenant data a realistic workload needs, made through the API like an operator would.
import { registerIdTags } from '../../src/sim/register.js';

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`bench setup: ${body.errors[0]!.message}`);
  return body.data;
}

/** A known id tag and a tenant default tariff (energy + time + session fee), so sessions are priced live. */
export async function pricedIdTag(url: string, token: string, idTag: string): Promise<void> {
  await registerIdTags(`${url}/graphql`, token, [idTag]);
  const created = await gql(url, token, 'mutation($i: CreateTariffInput!) { createTariff(input: $i) { id } }', {
    i: {
      name: 'Bench',
      currency: 'EUR',
      energyPricePerKwh: '0.39',
      timePricePerHour: '1.20',
      sessionFee: '0.50',
      taxRatePercent: '19',
    },
  });
  await gql(url, token, 'mutation($i: AssignTariffInput!) { assignTariff(input: $i) { id } }', {
    i: { tariffId: created.createTariff.id, tenantDefault: true },
  });
}
