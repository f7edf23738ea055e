// The report's figures in six bordered sections (members, changes, organisational life, attendance, dues,
// service): the same tables on screen and on paper, so what is printed is what was checked.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../../shared/contract/party';
import { fenToYuanText } from '../../../../../shared/domain/money';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-section">
      <h3 className="report-section-title">{title}</h3>
      {children}
    </section>
  );
}

/** A table of label → value rows. */
function Pairs({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <table className="report-table">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportFiguresView({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`partyReports.figures.${key}` as 'partyReports.figures.total');
  const people = (count: number) => t('partyReports.figures.people', { count });
  const { members, changes, attendance, dues, service } = figures;
  const rate = attendance.rate === null ? '—' : `${(attendance.rate * 100).toFixed(1)}%`;

  return (
    <div className="report-sections">
      <Section title={t('partyReports.sections.members')}>
        <Pairs
          rows={[
            [f('total'), people(members.total)],
            [f('full'), people(members.full)],
            [f('probationary'), people(members.probationary)],
            [f('community'), people(members.community)],
            [f('onTheJob'), people(members.onTheJob)],
            [f('mobile'), people(members.mobile)],
          ]}
        />
      </Section>
      <Section title={t('partyReports.sections.changes')}>
        <Pairs
          rows={[
            [f('joined'), people(changes.joined)],
            [f('becameFull'), people(changes.becameFull)],
            [f('transferredIn'), people(changes.transferredIn)],
            [f('transferredOut'), people(changes.transferredOut)],
            [f('deceased'), people(changes.deceased)],
          ]}
        />
      </Section>
      <Section title={t('partyReports.sections.meetings')}>
        <table className="report-table report-table-grid">
          <thead>
            <tr>
              <th scope="col">{f('meetingType')}</th>
              <th scope="col">{f('required')}</th>
              <th scope="col">{f('held')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.meetings.map((row) => (
              <tr key={row.type} className={row.required && row.held === 0 ? 'report-owed' : undefined}>
                <th scope="row">{t(`meetingTypes.${row.type}`)}</th>
                <td>{row.required ? f('requiredYes') : '—'}</td>
                <td>{row.held}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>
                {t('partyReports.figures.meetingsSummary', {
                  required: figures.meetingsRequired,
                  held: figures.requiredHeld,
                  count: figures.meetingsHeld,
                })}
              </td>
            </tr>
          </tfoot>
        </table>
      </Section>
      <Section title={t('partyReports.sections.attendance')}>
        <Pairs
          rows={[
            [f('expected'), attendance.expected],
            [f('present'), attendance.present],
            [f('rate'), rate],
          ]}
        />
        {attendance.rate === null && <p className="report-section-note">{f('noMeetings')}</p>}
      </Section>
      <Section title={t('partyReports.sections.dues')}>
        <Pairs
          rows={[
            [
              f('duesDue'),
              t('partyReports.figures.duesLine', { count: dues.membersDue, amount: fenToYuanText(dues.dueFen) }),
            ],
            [
              f('duesPaid'),
              t('partyReports.figures.duesLine', { count: dues.membersPaid, amount: fenToYuanText(dues.paidFen) }),
            ],
          ]}
        />
      </Section>
      <Section title={t('partyReports.sections.service')}>
        <Pairs
          rows={[
            [f('records'), service.records],
            [f('serviceMembers'), service.members],
            [f('hours'), service.hours],
            [f('wishesClaimed'), service.wishesClaimed],
          ]}
        />
      </Section>
    </div>
  );
}
