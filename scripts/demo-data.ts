// What makes the demo's dashboard worth opening: a tariff (so sessions show a live cost) and a site
// holding the chargers. Through the GraphQL API like any operator, and idempotent: the demo's
// database outlives a run.

type Vars = Record<string, unknown>;

export async function demoTariff(graphqlUrl: string, token: string): Promise<void> {
  const gql = client(graphqlUrl, token);
  const { tenant } = await gql('{ tenant { defaultTariff { id } } }');
  if (tenant.defaultTariff) return;
  const { createTariff } = await gql('mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }', {
    input: {
      name: 'Demo tariff',
      currency: 'EUR',
      sessionFee: '0.50',
      energyPricePerKwh: '0.39',
      taxRatePercent: '19',
    },
  });
  await gql('mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }', {
    input: { tariffId: createTariff.id },
  });
}

/** Puts the chargers with these ocppIds on the "Demo depot" site (made on first run). */
export async function demoSite(graphqlUrl: string, token: string, ocppIds: string[]): Promise<void> {
  const gql = client(graphqlUrl, token);
  const { sites } = await gql('{ sites(first: 1, filter: { search: "Demo depot" }) { edges { node { id } } } }');
  const siteId =
    sites.edges[0]?.node.id ??
    (
      await gql('mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }', {
        input: {
          name: 'Demo depot',
          timezone: 'Europe/Berlin',
          address: { street: 'Ladestraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
        },
      })
    ).createSite.id;
  for (const ocppId of ocppIds) {
    const { charger } = await gql('query($o: String!) { charger(ocppId: $o) { id site { id } } }', { o: ocppId });
    if (charger && !charger.site)
      await gql('mutation($input: UpdateChargerInput!) { updateCharger(input: $input) { id } }', {
        input: { id: charger.id, siteId },
      });
  }
}

function client(url: string, token: string) {
  return async (query: string, variables: Vars = {}): Promise<any> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`demo data: ${body.errors[0]!.message}`);
    return body.data;
  };
}
