import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../../../shared/exhibits';
import { formatDateTime } from '../../i18n/format';
import { visibleName } from './exhibit-display';

/** The chain of custody, oldest first: every event is part of the vault's hash-chained audit. */
export function CustodyLog({ exhibit }: { exhibit: Exhibit }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-panel">
      <table className="table custody-log" data-testid="custody-log">
        <caption>{t('exhibits.custody.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exhibits.custody.columns.action')}</th>
            <th scope="col">{t('exhibits.custody.columns.when')}</th>
            <th scope="col">{t('exhibits.custody.columns.who')}</th>
            <th scope="col">{t('exhibits.custody.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {exhibit.custody.map((event, i) => (
            <tr key={i} data-testid="custody-event" data-action={event.action}>
              <th scope="row">{t(`exhibits.custody.actions.${event.action}`)}</th>
              <td>{formatDateTime(event.at, i18n.language)}</td>
              <td>{event.actor}</td>
              <td>
                {[
                  event.outcome ? t(`exhibits.verification.${event.outcome}`) : '',
                  event.counterpart ? t(`exhibits.custody.counterpart.${event.action === 'received' ? 'from' : 'to'}`, { who: visibleName(event.counterpart).shown }) : '',
                  event.method ?? '',
                  event.note ?? '',
                ]
                  .filter((s) => s !== '')
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
