import type { CaseFile } from '../../../../shared/case-model/case-file';
import type { CaseRecord } from '../../../../shared/case-model/record';
import type { ListViewState, SavedListView } from '../../../../shared/list-views';
import { deleteListView, readListViews, saveListView } from './list-views';
import type { CaseTextsPage } from '../../../../shared/case-model/search-texts';
import type { CaseSummary } from '../../../../shared/case-model/summary';
import type { CaseDraft } from '../../../../shared/domain/case';
import type { VaultDamage, VaultStatus } from '../../../../shared/ipc/contract';
import { HabeasError } from '../../../../shared/ipc/errors';
import { CaseRepository } from '../cases/case-repository';
import { ExhibitRepository } from '../exhibits/exhibit-repository';
import type { ExhibitProgress } from '../../../../shared/exhibits';
import type { Desktop } from './desktop';
import { ExhibitDesk } from './exhibit-desk';
import { ReportDesk, type ReportGenerators } from './report-desk';
import { vaultReportSource } from '../reports/report-source';
import { sourceFontsDir } from '../reports/pdf/fonts';
import type { ReportProgress } from '../../../../shared/reports/requests';
import type { KdfProfile } from '../crypto/kdf';
import { DEFAULT_AUTO_LOCK_MINUTES, readSettings, writeSettings, type Settings } from './settings';
import { createVault, inspectVault, openVault, openVaultWithRecoveryKey, type Vault } from '../vault/vault';

export type LockReason = 'user' | 'idle' | 'system';

/** What the user must be told after unlocking: which revisions could not be authenticated. */
function damageOf(vault: Vault): VaultDamage | null {
  if (vault.damage.length === 0) return null;
  return {
    records: vault.damage.flatMap((d) => (d.record ? [d.record] : [])),
    unreadableRegions: vault.damage.filter((d) => d.reason === 'unreadable-bytes').length,
    truncated: vault.damage.some((d) => d.reason === 'truncated' || d.reason === 'head-invalid'),
  };
}

/** Recorded as "saved by" until the user names their profile in Settings. */
export const UNNAMED_PROFILE = 'Unnamed profile';
export { DEFAULT_AUTO_LOCK_MINUTES };

export interface VaultSessionOptions {
  dir: string;
  program?: string;
  /** Tests only; see crypto/kdf.ts. */
  kdfProfile?: KdfProfile;
  onLocked?: (reason: LockReason) => void;
  /** Save dialogs and other programs, for exhibits (absent: those calls are refused). */
  desktop?: Desktop;
  onExhibitProgress?: (progress: ExhibitProgress) => void;
  /** Fonts embedded in PDFs: resources/fonts once packaged, build/fonts otherwise (default: this checkout's). */
  fontsDir?: string;
  onReportProgress?: (progress: ReportProgress) => void;
  /** Tests only: stand-ins for the PDF generators. */
  reportGenerators?: ReportGenerators;
  /** Main's log (never case data). */
  log?: (message: string) => void;
}

/**
 * The app's one open vault: the state machine behind the IPC handlers (missing → locked →
 * unlocked → locked). Everything here is plain Node so it is tested without Electron.
 */
export class VaultSession {
  private vault: Vault | null = null;
  private cases: CaseRepository | null = null;
  private desk: ExhibitDesk | null = null;
  private reportDesk: ReportDesk | null = null;
  private autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES;
  private profileName: string | null = null;
  /** Bumped by every lock request, so an unlock that was in flight can tell it was overtaken. */
  private lockGeneration = 0;

  constructor(private readonly options: VaultSessionOptions) {}

  private get vaultOptions() {
    return { kdfProfile: this.options.kdfProfile ?? 'standard', program: this.options.program ?? 'the Habeas app' } as const;
  }

  async status(): Promise<VaultStatus> {
    if (this.vault) return { state: 'unlocked', expectedUnlockMs: null, autoLockMinutes: this.autoLockMinutes, damage: damageOf(this.vault), profileName: this.profileName };
    const info = await inspectVault(this.options.dir);
    return info.exists
      ? { state: 'locked', expectedUnlockMs: info.expectedUnlockMs, autoLockMinutes: this.autoLockMinutes, damage: null, profileName: null }
      : { state: 'missing', expectedUnlockMs: null, autoLockMinutes: this.autoLockMinutes, damage: null, profileName: null };
  }

  get isUnlocked(): boolean {
    return this.vault !== null;
  }

  get autoLockAfterMinutes(): number {
    return this.autoLockMinutes;
  }

  /**
   * A lock (lid closed, screen locked, idle) that arrives while the KDF of an unlock is still
   * running must win: the unlock then closes what it opened instead of leaving the vault open.
   * Creation is the exception: a new vault holds no case data yet, and closing it would throw away
   * the only showing of its recovery key.
   */
  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    this.assertLocked();
    const { vault, recoveryKey } = await createVault(this.options.dir, passphrase, this.vaultOptions);
    this.attach(vault, await CaseRepository.open(vault));
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<void> {
    await this.openUnlessLockedMeanwhile(() => openVault(this.options.dir, passphrase, this.vaultOptions));
  }

  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.openUnlessLockedMeanwhile(() => openVaultWithRecoveryKey(this.options.dir, recoveryKey, newPassphrase, this.vaultOptions));
  }

  private async openUnlessLockedMeanwhile(open: () => Promise<Vault>): Promise<void> {
    this.assertLocked();
    const generation = this.lockGeneration;
    const vault = await open();
    const cases = await CaseRepository.open(vault).catch(async (error: unknown) => {
      await vault.close();
      throw error;
    });
    if (generation !== this.lockGeneration) {
      await vault.close();
      throw new HabeasError('VAULT_LOCKED', 'The vault was locked again (the computer slept or its screen locked) while it was being unlocked. Unlock it again.');
    }
    this.attach(vault, cases);
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.requireVault().changePassphrase(current, next);
  }

  async lock(reason: LockReason): Promise<void> {
    this.lockGeneration += 1;
    const vault = this.vault;
    const cases = this.cases;
    const desk = this.desk;
    const reports = this.reportDesk;
    this.vault = null;
    this.cases = null;
    this.desk = null;
    this.reportDesk = null;
    this.profileName = null;
    if (!vault) return;
    try {
      // A PDF being made stops and every PDF held for saving is forgotten; work in flight on
      // exhibits stops, unfinished uploads are dropped, private copies for other programs are
      // deleted (neither close() throws).
      await reports?.close();
      await desk?.close();
      // Going to sleep must not wait for the list cache (keys should be gone first); it is normally
      // written seconds after the list loaded anyway.
      await cases?.close({ writeCache: reason !== 'system' });
    } finally {
      // Whatever failed above, the keys go and the window is told.
      await vault.close();
      this.options.onLocked?.(reason);
    }
  }

  listCases(offset: number, limit: number): { total: number; items: CaseSummary[] } {
    return this.requireCases().page(offset, limit);
  }

  caseTexts(offset: number, limit: number): CaseTextsPage {
    return this.requireCases().textsPage(offset, limit);
  }

  getCase(id: string): CaseRecord {
    return this.requireCases().get(id);
  }

  // async: a locked vault rejects the promise rather than throwing before one exists.
  async createCase(draft: CaseDraft): Promise<CaseRecord> {
    return this.requireCases().create(draft, this.savedBy);
  }

  async saveCase(file: CaseFile, baseRevision: number): Promise<CaseRecord> {
    return this.requireCases().save(file, baseRevision, this.savedBy);
  }

  caseHistory(id: string): CaseRecord[] {
    return this.requireCases().history(id);
  }

  private get savedBy(): string {
    return this.profileName ?? UNNAMED_PROFILE;
  }

  async setAutoLockMinutes(minutes: number): Promise<void> {
    await this.writeSettings({ autoLockMinutes: minutes, profileName: this.profileName });
    this.autoLockMinutes = minutes;
  }

  listViews(): SavedListView[] {
    return readListViews(this.requireVault());
  }

  async saveListView(name: string, state: ListViewState): Promise<SavedListView> {
    return saveListView(this.requireVault(), name, state);
  }

  async deleteListView(id: string): Promise<void> {
    await deleteListView(this.requireVault(), id);
  }

  async setProfileName(name: string): Promise<void> {
    await this.writeSettings({ autoLockMinutes: this.autoLockMinutes, profileName: name });
    this.profileName = name;
  }

  private async writeSettings(settings: Settings): Promise<void> {
    await writeSettings(this.requireVault(), settings);
  }

  /** The evidence locker of the unlocked vault. */
  exhibits(): ExhibitDesk {
    this.requireVault();
    return this.desk!;
  }

  /** Dossiers and list reports of the unlocked vault. */
  reports(): ReportDesk {
    this.requireVault();
    return this.reportDesk!;
  }

  private attach(vault: Vault, cases: CaseRepository): void {
    this.vault = vault;
    this.cases = cases;
    const repository = new ExhibitRepository(vault, (id) => cases.exists(id), (id) => cases.get(id).file);
    this.desk = new ExhibitDesk(repository, () => this.savedBy, this.options.desktop, this.options.onExhibitProgress, this.options.log);
    this.reportDesk = new ReportDesk(vaultReportSource(vault, cases, repository), {
      fontsDir: this.options.fontsDir ?? sourceFontsDir(),
      desktop: this.options.desktop,
      onProgress: this.options.onReportProgress,
      ...(this.options.reportGenerators ? { generators: this.options.reportGenerators } : {}),
      log: this.options.log,
    });
    const settings = readSettings(vault);
    this.autoLockMinutes = settings.autoLockMinutes;
    this.profileName = settings.profileName;
  }

  private assertLocked(): void {
    if (this.vault) throw new HabeasError('CONFLICT', 'The vault is already unlocked.');
  }

  private requireVault(): Vault {
    if (!this.vault) throw new HabeasError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.vault;
  }

  private requireCases(): CaseRepository {
    this.requireVault();
    return this.cases!;
  }
}
