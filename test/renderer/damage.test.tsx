import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUnlocked, rowNames } from './helpers';

const CASES = [{ nameLatin: 'Zəhra Quliyeva', status: 'released' }] as const;

describe('damage found when the vault was opened', () => {
  it('is reported above the case list, with counts and what to do', async () => {
    await renderUnlocked({
      cases: CASES,
      damage: { records: [{ id: 'a', type: 'case', rev: 2 }, { id: 'b', type: 'case', rev: 1 }], unreadableRegions: 1, truncated: true },
    });
    const notice = await screen.findByTestId('damage-notice');
    expect(notice).toHaveTextContent('Some saved data could not be read');
    expect(notice).toHaveTextContent('Revisions that failed their integrity check: 2.');
    expect(notice).toHaveTextContent('belong to no identifiable case: 1.');
    expect(notice).toHaveTextContent('recent changes may have been removed');
    expect(notice).toHaveTextContent('habeas verify');
    await waitFor(() => expect(rowNames()).toHaveLength(1));
  });

  it('shows nothing when the vault is intact', async () => {
    await renderUnlocked({ cases: CASES });
    await waitFor(() => expect(rowNames()).toHaveLength(1));
    expect(screen.queryByTestId('damage-notice')).not.toBeInTheDocument();
  });
});
