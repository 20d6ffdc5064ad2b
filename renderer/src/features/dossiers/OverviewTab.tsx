import { SHARING_SCOPE_LABELS } from '../../../../shared/dossier/common';
import type { Dossier } from '../../../../shared/dossier/dossier';
import { FRONTS, type Front } from '../../../../shared/dossier/records';
import { ChevronRightIcon } from '../../ui/icons';
import { usePrivacyStore } from '../privacy/privacy-store';
import { formatDate } from './format';
import { kindsOf } from './FrontSection';
import { FRONT_LABELS } from './fronts';
import {
  ALIAS_KIND_LABELS,
  CHANNEL_LABELS,
  CLIENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  RISK_LABELS,
  SCRIPT_LABELS,
} from './records/client-descriptor';
import { recordSummary } from './records/summaries';
import { FrontDot } from './ui/badges';

function age(dateOfBirth: string, today = new Date()): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let years = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) years -= 1;
  return years;
}

/** The client at a glance, and each front in a line or two. */
export function OverviewTab({ dossier, onOpenFront }: { dossier: Dossier; onOpenFront(front: Front): void }) {
  const { client } = dossier;
  const privacy = usePrivacyStore((s) => s.enabled);
  const facts: { label: string; value: string }[] = [
    client.dateOfBirth
      ? {
          label: 'Date of birth',
          value: `${formatDate(client.dateOfBirth)} (age ${age(client.dateOfBirth)})`,
        }
      : null,
    client.placeOfBirth ? { label: 'Place of birth', value: client.placeOfBirth } : null,
    client.nationalities.length ? { label: 'Nationalities', value: client.nationalities.join(', ') } : null,
    client.gender ? { label: 'Gender', value: client.gender } : null,
    client.languages.length ? { label: 'Languages', value: client.languages.join(', ') } : null,
    {
      label: 'Interpreter',
      value:
        client.interpreterNeeded === 'yes'
          ? `Needed${client.interpreterLanguage ? ` (${client.interpreterLanguage})` : ''}`
          : client.interpreterNeeded === 'no'
            ? 'Not needed'
            : 'Not known yet',
    },
    { label: 'Status', value: CLIENT_STATUS_LABELS[client.status] },
    client.intakeDate ? { label: 'Intake', value: formatDate(client.intakeDate) } : null,
    { label: 'Sharing scope', value: SHARING_SCOPE_LABELS[client.scope] },
  ].filter((f): f is { label: string; value: string } => f !== null);

  return (
    <div className="dx-overview" data-testid="overview-tab">
      <section className="dx-overview-card" aria-labelledby="overview-client-title">
        <h2 id="overview-client-title" className="dx-overview-card__title">
          The client
        </h2>
        <dl className="dx-facts dx-facts--overview">
          {facts.map((fact) => (
            <div key={fact.label} className="dx-facts__item">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>

        <div className="dx-overview-lists">
          <div className="dx-overview-list">
            <h3 className="dx-overview-list__title">Other names</h3>
            {client.aliases.length === 0 ? (
              <p className="dx-overview-list__empty">None recorded</p>
            ) : privacy ? (
              <p className="dx-overview-list__empty">{client.aliases.length} hidden in privacy mode</p>
            ) : (
              <ul>
                {client.aliases.map((alias, i) => (
                  <li key={i}>
                    <span
                      className="dx-overview-list__main"
                      lang={alias.script === 'cyrillic' ? 'ru' : undefined}
                    >
                      {alias.name}
                    </span>
                    <span className="dx-overview-list__sub">
                      {ALIAS_KIND_LABELS[alias.kind]}
                      {alias.script ? ` · ${SCRIPT_LABELS[alias.script]}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="dx-overview-list">
            <h3 className="dx-overview-list__title">Identity documents</h3>
            {client.identityDocuments.length === 0 ? (
              <p className="dx-overview-list__empty">None recorded</p>
            ) : (
              <ul>
                {client.identityDocuments.map((doc, i) => (
                  <li key={i}>
                    <span className="dx-overview-list__main">
                      {DOCUMENT_TYPE_LABELS[doc.type]}
                      {doc.number && <span className="mono"> {doc.number}</span>}
                    </span>
                    <span className="dx-overview-list__sub">
                      {[doc.country, doc.expiresOn && `expires ${formatDate(doc.expiresOn)}`]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="dx-overview-list">
            <h3 className="dx-overview-list__title">Contact</h3>
            {client.contacts.length === 0 ? (
              <p className="dx-overview-list__empty">None recorded</p>
            ) : (
              <ul>
                {client.contacts.map((contact, i) => (
                  <li key={i}>
                    <span className="dx-overview-list__main">
                      {CHANNEL_LABELS[contact.channel]}: {contact.value}
                    </span>
                    {contact.safeContactInstructions && (
                      <span className="dx-overview-list__sub dx-overview-list__sub--warning">
                        {contact.safeContactInstructions}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="dx-overview-list">
            <h3 className="dx-overview-list__title">Family</h3>
            {client.family.length === 0 ? (
              <p className="dx-overview-list__empty">None recorded</p>
            ) : (
              <ul>
                {client.family.map((member, i) => (
                  <li key={i}>
                    <span className="dx-overview-list__main">
                      {member.relationship}
                      {!privacy && <> · {member.name}</>}
                      <span className={`dx-badge dx-badge--risk-${member.risk}`}>
                        {RISK_LABELS[member.risk]}
                      </span>
                    </span>
                    {member.location && <span className="dx-overview-list__sub">{member.location}</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        {client.vulnerabilities && (
          <div className="dx-overview-note">
            <h3 className="dx-overview-list__title">Vulnerabilities</h3>
            <p>{client.vulnerabilities}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="overview-fronts-title">
        <h2 id="overview-fronts-title" className="dx-overview-card__title dx-overview-fronts__title">
          Fronts of the case
        </h2>
        <div className="dx-fronts-grid">
          {FRONTS.map((front) => {
            const records = dossier.records.filter((r) => kindsOf(front).includes(r.kind));
            return (
              <button
                key={front}
                type="button"
                className={`dx-front-card dx-front--${front}${records.length === 0 ? ' dx-front-card--empty' : ''}`}
                onClick={() => onOpenFront(front)}
              >
                <span className="dx-front-card__head">
                  <FrontDot front={front} />
                  <span className="dx-front-card__title">{FRONT_LABELS[front]}</span>
                  <span className="dx-front-card__count">{records.length}</span>
                  <ChevronRightIcon size={15} className="dx-front-card__chevron" />
                </span>
                {records.length === 0 ? (
                  <span className="dx-front-card__line dx-front-card__line--empty">Nothing recorded</span>
                ) : (
                  records.slice(0, 3).map((record) => (
                    <span key={record.id} className="dx-front-card__line">
                      {recordSummary(record).title}
                    </span>
                  ))
                )}
                {records.length > 3 && (
                  <span className="dx-front-card__more">and {records.length - 3} more</span>
                )}
              </button>
            );
          })}
        </div>
      </section>
    </div>
  );
}
