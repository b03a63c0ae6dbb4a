import { afterEach, describe, expect, it } from 'vitest';
import { newCaseFile } from '../../../../shared/case-model';
import { DossierOptions, filterCaseForAudience, filterExhibitsForAudience } from '../../../../shared/reports';
import { generateCases } from '../../../../electron/main/core/demo/generate';
import { sourceFontsDir } from '../../../../electron/main/core/reports/pdf/fonts';
import type { LayoutJob } from '../../../../electron/main/core/reports/worker/job';
import { ReportWorkerHost } from '../../../../electron/main/core/reports/worker/report-worker-host';

const hosts: ReportWorkerHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});
const host = (idleMs?: number) => {
  const made = new ReportWorkerHost(idleMs);
  hosts.push(made);
  return made;
};

function dossierJob(file = newCaseFile({ nameLatin: 'Tofiq Yaqublu', nameNative: 'Tofiq Yaqublu', status: 'detained' })): LayoutJob {
  return {
    kind: 'dossier',
    fontsDir: sourceFontsDir(),
    input: { view: filterCaseForAudience(file, 'internal'), exhibits: filterExhibitsForAudience([], filterCaseForAudience(file, 'internal')), options: DossierOptions.parse({ audience: 'internal' }), generatedAt: '2026-11-27T12:00:00.000Z', vaultFingerprint: 'TEST-0001', caseReference: 'TEST0-00001' },
  };
}
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('ReportWorkerHost', () => {
  it('serves request after request from one thread, in order', async () => {
    const h = host();
    const results = await Promise.all([h.layout(dossierJob()), h.layout(dossierJob()), h.layout(dossierJob())]);
    expect(results.every((r) => isPdf(r.bytes))).toBe(true);
    expect(h.started).toBe(1);
  });

  it('warms up on sample data, then the first real job uses that thread', async () => {
    const h = host();
    await h.warm(sourceFontsDir());
    expect(h.alive).toBe(true);
    expect(isPdf((await h.layout(dossierJob())).bytes)).toBe(true);
    expect(h.started).toBe(1);
  });

  it('stops a job when aborted (CANCELLED) by ending its thread; the next job gets a new one', async () => {
    const h = host();
    const big = generateCases({ count: 1, seed: 3, fill: 'full' })[0]!;
    const controller = new AbortController();
    const running = h.layout(dossierJob(big), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(h.alive).toBe(false);
    expect(isPdf((await h.layout(dossierJob())).bytes)).toBe(true);
    expect(h.started).toBe(2);
  });

  it('close (lock) refuses a queued job, and fails the job in flight by ending its thread; later jobs still work', async () => {
    const h = host();
    const queued = h.layout(dossierJob());
    await h.close();
    await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' });
    // In flight: the thread is running the job when close() comes.
    await h.warm(sourceFontsDir());
    const big = generateCases({ count: 1, seed: 3, fill: 'full' })[0]!;
    const running = h.layout(dossierJob(big));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await h.close();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(h.alive).toBe(false);
    expect(isPdf((await h.layout(dossierJob())).bytes)).toBe(true);
  });

  it('ends an idle thread after the idle time, so no case data lingers in it', async () => {
    const h = host(200);
    await h.layout(dossierJob());
    expect(h.alive).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(h.alive).toBe(false);
  });

  it('warms once however many dialogs open in a row', async () => {
    const h = host();
    await Promise.all([h.warm(sourceFontsDir()), h.warm(sourceFontsDir()), h.warm(sourceFontsDir())]);
    await h.warm(sourceFontsDir());
    expect(h.started).toBe(1);
  });

  it('reports a job that fails in the worker, and carries on', async () => {
    const h = host();
    await expect(h.layout({ ...dossierJob(), fontsDir: '/nonexistent/fonts' })).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('DejaVuSans.ttf is missing') });
    expect(isPdf((await h.layout(dossierJob())).bytes)).toBe(true);
    expect(h.started).toBe(1);
  });
});
