import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

/**
 * The two buttons at the foot of every exhibit panel: the action (a submit button, or `onConfirm`)
 * and Cancel, which the warning focuses first (`data-cancel`).
 */
export function PanelButtons({ confirm, onCancel, onConfirm, disabled = false }: { confirm: string; onCancel: () => void; onConfirm?: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="exhibit-actions__row">
      <Button variant="primary" type={onConfirm ? 'button' : 'submit'} onClick={onConfirm} disabled={disabled}>
        {confirm}
      </Button>
      <Button variant="quiet" onClick={onCancel} data-cancel="">
        {t('exhibits.cancel')}
      </Button>
    </div>
  );
}
