import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibit, ExhibitLink } from '../../../../shared/exhibits';
import { EXHIBIT_LINK_KINDS } from '../../../../shared/exhibits';
import { Button } from '../../components/Button';
import { api, call } from '../../lib/api';
import { choiceFor, type LinkChoice } from './link-choices';

/**
 * What in the case the exhibit is evidence for: a charge, hearing, incident, source, intervention or
 * PACE criterion. Each link and unlink is a new revision of the exhibit's audited record.
 */
export function ExhibitLinks({ exhibit, choices, run, readOnly }: { exhibit: Exhibit; choices: readonly LinkChoice[]; run: (action: () => Promise<Exhibit>) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [picked, setPicked] = useState('');
  const linked = new Set(exhibit.links.map((l) => `${l.kind}:${l.id}`));
  const open = choices.filter((c) => !linked.has(`${c.kind}:${c.id}`));
  const link = (value: string) => {
    const [kind, id] = value.split(':') as [ExhibitLink['kind'], string];
    run(() => call(() => api.exhibits.link({ id: exhibit.id, link: { kind, id } })));
    setPicked('');
  };
  return (
    <section className="exhibit-links" aria-labelledby={`${selectId}-title`} data-testid="exhibit-links">
      <h4 id={`${selectId}-title`}>{t('exhibits.links.title')}</h4>
      {exhibit.links.length === 0 ? (
        <p className="muted">{t('exhibits.links.none')}</p>
      ) : (
        <ul className="exhibit-links__list">
          {exhibit.links.map((l) => {
            const choice = choiceFor(choices, l);
            return (
              <li key={`${l.kind}:${l.id}`} data-testid="exhibit-link" data-kind={l.kind}>
                <span className="exhibit-links__kind">{t(`exhibits.links.kinds.${l.kind}`)}</span> {choice ? choice.label : <span className="muted">{t('exhibits.links.gone')}</span>}{' '}
                {!readOnly && (
                  <Button variant="quiet" onClick={() => run(() => call(() => api.exhibits.unlink({ id: exhibit.id, link: l })))} aria-label={t('exhibits.links.unlinkNamed', { name: choice?.label ?? t(`exhibits.links.kinds.${l.kind}`) })}>
                    {t('exhibits.links.unlink')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <div className="exhibit-links__add">
          <label htmlFor={selectId} className="field__label">
            {t('exhibits.links.linkTo')}
          </label>
          <select id={selectId} className="input select" value={picked} onChange={(e) => setPicked(e.target.value)} disabled={open.length === 0}>
            <option value="">{open.length === 0 ? t('exhibits.links.nothing') : t('exhibits.links.choose')}</option>
            {EXHIBIT_LINK_KINDS.map((kind) => {
              const ofKind = open.filter((c) => c.kind === kind);
              return ofKind.length === 0 ? null : (
                <optgroup key={kind} label={t(`exhibits.links.kinds.${kind}`)}>
                  {ofKind.map((c) => (
                    <option key={c.id} value={`${c.kind}:${c.id}`}>
                      {c.label}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
          <Button onClick={() => link(picked)} disabled={picked === ''}>
            {t('exhibits.links.link')}
          </Button>
        </div>
      )}
    </section>
  );
}
