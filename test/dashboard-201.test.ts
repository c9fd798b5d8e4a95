// The dashboard in a real headless Chromium with an OCPP 2.0.1 station in the fleet beside a 1.6 charger
// (the demo's mixed fleet): a 2.0.1 StatusNotification says `connectorStatus` and `evseId`, a session is
// TransactionEvents. Also the Overview's figures ("Energy today" across midnight, "Power now" over more
// sessions than one page) and what a page that fails to render shows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDashboard,
  CHROMIUM_PATH,
  expectText,
  hasChromium,
  launchChromium,
  type TestBrowser,
} from './kit/browser.js';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { signIn } from './kit/page.js';
import { bootedStation, type RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

const runs = hasChromium() || process.env.CI === 'true';
const TAG = 'WEB-201-TAG';

describe.skipIf(!runs)('the dashboard with an OCPP 2.0.1 station in the fleet', () => {
  let server: TestServer;
  let chromium: TestBrowser;
  let page: Page;
  const pageErrors: string[] = [];
  const stations: RawStation[] = [];
  let charger16: TestCharger | undefined;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
    buildDashboard();
    server = await startServer();
    await anIdTag(server, TAG);
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 120_000);
  afterAll(async () => {
    for (const s of stations) await s.close().catch(() => undefined);
    await charger16?.close({ force: true }).catch(() => undefined);
    await chromium?.close();
    await server?.stop();
  });

  async function station(ocppId: string): Promise<RawStation> {
    await registerCharger(server.admin, ocppId);
    const s = await bootedStation(`${server.ocppUrl}/${ocppId}`);
    stations.push(s);
    return s;
  }

  it(
    'the Overview, the Chargers list and the charger page show the 2.0.1 station live',
    { timeout: 90_000 },
    async () => {
      await registerCharger(server.admin, 'WEB-16');
      charger16 = await bootedCharger(server.ocppUrl, 'WEB-16');
      await charger16.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
      const v201 = await station('WEB-201');
      await v201.call('StatusNotification', status(1, 'Available'));

      // The Overview reads the latest StatusNotification frames of both versions.
      await signIn(page, server.url);
      await expectText(page.getByTestId('chargers-online'), '2');
      await event(page, 'WEB-201', 'connector 1 Available').waitFor();

      await page.getByRole('link', { name: 'Chargers', exact: true }).click();
      const row = page.locator('tr[data-ocpp-id="WEB-201"]');
      await expectText(row, 'Online');
      await expectText(row, 'Available');
      await v201.call('StatusNotification', status(1, 'Occupied')); // 2.0.1 for "plugged in": Preparing
      await expectText(row, 'Preparing');

      await row.getByRole('link', { name: 'WEB-201' }).click();
      const connector = page.locator('[data-connector="1"]');
      await expectText(connector, 'Preparing');
      await v201.call('TransactionEvent', started('TX-WEB-1', 1, new Date(), 7400));
      await expectText(connector, 'Charging');
      await expectText(page.getByTestId('charger-power'), '7.4 kW');
      // On a phone the OCPP message tail fits its card: no row runs past the edge.
      await page.setViewportSize({ width: 390, height: 844 });
      await expectText(page.getByTestId('ocpp-tail'), 'TransactionEvent');
      const fits = (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth;
      expect(await page.getByTestId('ocpp-tail').evaluate(fits)).toBe(true);
      await page.setViewportSize({ width: 1280, height: 900 });

      // Opened afresh (no live events yet), the Overview lists the 2.0.1 session's start, then its end.
      await page.goto(server.url);
      await event(page, 'WEB-201', 'session started on connector 1').waitFor();
      await event(page, 'WEB-201', 'connector 1 Preparing').waitFor(); // 2.0.1's Occupied, as the API says it
      await v201.call('TransactionEvent', ended('TX-WEB-1', 1, new Date(), 2000));
      await page.reload();
      await event(page, 'WEB-201', 'session ended on connector 1').waitFor();
      expect(pageErrors).toEqual([]);
    },
  );

  it(
    'a 2.0.1 charger page shows the device model, reported after "Request full report"',
    { timeout: 60_000 },
    async () => {
      const v201 = await station('WEB-201-DM');
      v201.handle('GetBaseReport', (req: any) => {
        // Answered first, the report follows in its own CALL (B07), as a real station does.
        setTimeout(() => {
          void v201.call('NotifyReport', {
            requestId: req.requestId,
            generatedAt: new Date().toISOString(),
            seqNo: 0,
            reportData: [
              {
                component: { name: 'OCPPCommCtrlr' },
                variable: { name: 'HeartbeatInterval' },
                variableAttribute: [{ type: 'Actual', value: '300', mutability: 'ReadWrite' }],
              },
            ],
          });
        }, 200);
        return { status: 'Accepted' };
      });
      await page.goto(`${server.url}/chargers/WEB-201-DM`);
      const model = page.locator('section', { has: page.getByRole('heading', { name: /^Device model/ }) });
      await expectText(model, 'Not reported yet');
      expect(await page.getByRole('heading', { name: /^Configuration/ }).count()).toBe(0); // 1.6's keys: none here
      await model.getByRole('button', { name: 'Request full report' }).click();
      await expectText(model, 'OCPPCommCtrlr.HeartbeatInterval');
      await expectText(model, '300');
      await expectText(page.getByRole('heading', { name: /^Device model/ }), 'Device model (1 variable)');
    },
  );

  it('a page that fails to render says why, and the navigation still works', async () => {
    // A mistyped link: the charger page cannot decode its id (the router passes it as it came).
    await page.goto(server.url);
    await page.getByTestId('chargers-online').waitFor();
    await page.evaluate(
      `history.pushState(null, '', '/chargers/%E0%A4%A'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    const alert = page.getByRole('alert');
    await expectText(alert, 'This page could not be shown');
    await expectText(alert, 'URI malformed');
    await page.getByRole('link', { name: 'Chargers', exact: true }).click();
    await page.locator('tr[data-ocpp-id="WEB-201"]').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('"Energy today" starts again from zero at midnight without a reload', { timeout: 60_000 }, async () => {
    // Two days ago, UTC, in a browser whose clock and time zone the test sets: a session late that
    // evening (3 kWh) and one just after midnight (5 kWh).
    const day = new Date();
    day.setUTCHours(0, 0, 0, 0);
    day.setUTCDate(day.getUTCDate() - 2);
    const at = (hours: number) => new Date(day.getTime() + hours * 3_600_000);
    const v201 = await station('WEB-201-PAST');
    await v201.call('TransactionEvent', started('TX-EVENING', 1, at(22), 0));
    await v201.call('TransactionEvent', ended('TX-EVENING', 1, at(22.5), 3000));
    await v201.call('TransactionEvent', started('TX-NIGHT', 1, at(24.2), 0));
    await v201.call('TransactionEvent', ended('TX-NIGHT', 1, at(24.7), 5000));

    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    try {
      const evening = await context.newPage();
      evening.on('pageerror', (e) => pageErrors.push(e.message));
      await evening.clock.install({ time: at(23.99) }); // 23:59:24
      await signIn(evening, server.url);
      const energyToday = evening.getByTestId('energy-today');
      await expectText(energyToday, '3.00 kWh');
      await evening.clock.fastForward('02:00');
      await expectText(energyToday, '5.00 kWh');
    } finally {
      await context.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('"Power now" adds up every running session, past the first page of them', { timeout: 180_000 }, async () => {
    // 520 sessions at 100 W each, running before the Overview opens: their power comes from the
    // sessions query alone (a page holds 500).
    const many = await station('WEB-201-MANY');
    const evses = Array.from({ length: 520 }, (_, i) => i + 1);
    for (let i = 0; i < evses.length; i += 40)
      await Promise.all(
        evses
          .slice(i, i + 40)
          .map((evse) => many.call('TransactionEvent', started(`TX-MANY-${evse}`, evse, new Date(), 100))),
      );
    await page.goto(server.url);
    await expectText(page.getByTestId('active-sessions'), '520');
    await expectText(page.getByTestId('power-now'), '52.0 kW', 30_000);
    expect(pageErrors).toEqual([]);
  });
});

/** An Overview event line about one charger. */
const event = (page: Page, ocppId: string, text: string) =>
  page.locator('ul.events li').filter({ hasText: ocppId }).filter({ hasText: text }).first();

const status = (evseId: number, connectorStatus: string) => ({
  timestamp: new Date().toISOString(),
  connectorStatus,
  evseId,
  connectorId: 1,
});

/** A 2.0.1 transaction's Started event on an EVSE, with the power it draws (W) and its register at 0 Wh. */
function started(transactionId: string, evse: number, at: Date, powerW: number) {
  return {
    eventType: 'Started',
    timestamp: at.toISOString(),
    triggerReason: 'Authorized',
    seqNo: 0,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    evse: { id: evse, connectorId: 1 },
    idToken: { idToken: TAG, type: 'ISO14443' },
    meterValue: [
      {
        timestamp: at.toISOString(),
        sampledValue: [
          {
            value: 0,
            context: 'Transaction.Begin',
            measurand: 'Energy.Active.Import.Register',
            unitOfMeasure: { unit: 'Wh' },
          },
          {
            value: powerW,
            context: 'Transaction.Begin',
            measurand: 'Power.Active.Import',
            unitOfMeasure: { unit: 'W' },
          },
        ],
      },
    ],
  };
}

/** Its Ended event, the register at `wh`. */
function ended(transactionId: string, evse: number, at: Date, wh: number) {
  return {
    eventType: 'Ended',
    timestamp: at.toISOString(),
    triggerReason: 'StopAuthorized',
    seqNo: 1,
    transactionInfo: { transactionId, stoppedReason: 'Local', chargingState: 'EVConnected' },
    evse: { id: evse, connectorId: 1 },
    meterValue: [
      {
        timestamp: at.toISOString(),
        sampledValue: [
          {
            value: wh,
            context: 'Transaction.End',
            measurand: 'Energy.Active.Import.Register',
            unitOfMeasure: { unit: 'Wh' },
          },
        ],
      },
    ],
  };
}
