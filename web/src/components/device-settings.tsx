import type { DashboardChargerQuery } from '../../../client/generated/graphql';
import { ReadConfiguration, RequestReport } from './commands';
import { Section } from './ui';

type Charger = NonNullable<DashboardChargerQuery['charger']>;
interface Props {
  charger: Charger;
  online: boolean;
  onAnswer: Parameters<typeof ReadConfiguration>[0]['onAnswer'];
  onRead: () => void;
}

/**
 * A charger's settings as its protocol keeps them: OCPP 1.6 configuration keys (GetConfiguration), or the
 * OCPP 2.0.1 device model (GetBaseReport / NotifyReport), which has no configuration keys at all.
 */
export function DeviceSettings(props: Props) {
  return props.charger.ocppVersion === '2.0.1' ? <DeviceModel {...props} /> : <ConfigurationKeys {...props} />;
}

function ConfigurationKeys({ charger, online, onAnswer, onRead }: Props) {
  return (
    <Section
      title={`Configuration (${charger.configuration.length} keys)`}
      actions={<ReadConfiguration chargerId={charger.id} disabled={!online} onAnswer={onAnswer} onRead={onRead} />}
    >
      {charger.configuration.length === 0 ? (
        <p className="muted">Not read yet: the charger reports its keys when asked (GetConfiguration).</p>
      ) : (
        <div className="table-wrap">
          <table className="list config">
            <tbody>
              {charger.configuration.map((k) => (
                <tr key={k.key}>
                  <td className="mono">{k.key}</td>
                  <td className="mono wrap">{k.value ?? '—'}</td>
                  <td className="muted small">{k.readonly ? 'read-only' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function DeviceModel({ charger, online, onAnswer, onRead }: Props) {
  const where = (v: Charger['variables'][number]) =>
    [v.evseId != null && `EVSE ${v.evseId}`, v.connectorId != null && `connector ${v.connectorId}`]
      .filter(Boolean)
      .join(' ');
  return (
    <Section
      title={`Device model (${charger.variables.length} ${charger.variables.length === 1 ? 'variable' : 'variables'})`}
      actions={<RequestReport chargerId={charger.id} disabled={!online} onAnswer={onAnswer} onRead={onRead} />}
    >
      {charger.variables.length === 0 ? (
        <p className="muted">Not reported yet: the station sends its device model when asked (GetBaseReport).</p>
      ) : (
        <div className="table-wrap">
          <table className="list config">
            <tbody>
              {charger.variables.map((v) => (
                <tr key={v.id}>
                  <td className="mono">
                    {v.component}
                    {v.instance ? `[${v.instance}]` : ''}.{v.variable}
                    {v.variableInstance ? `[${v.variableInstance}]` : ''}
                    {v.attributeType !== 'ACTUAL' ? ` (${v.attributeType.toLowerCase()})` : ''}
                  </td>
                  <td className="muted small">{where(v)}</td>
                  <td className="mono wrap">{v.value ?? '—'}</td>
                  <td className="muted small">{v.mutability === 'READ_ONLY' ? 'read-only' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
