/**
 * Same data and date → same bytes, whatever the machine's time zone; a different date → a
 * different document (so the first check is not passing because nothing varies).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../../../helpers/pdf-inspect';
import { dossierInput, render, richCase } from './dossier-harness';

const file = richCase();
const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('dossier bytes', () => {
  it('are identical for the same input, for every audience', () => {
    for (const audience of ['public', 'internal'] as const) {
      const a = render(dossierInput(file, audience));
      const b = render(dossierInput(file, audience));
      expect(same(a.bytes, b.bytes), audience).toBe(true);
      expect(a.pages).toBe(b.pages);
    }
  });

  it('change with the date of generation, which the cover and the metadata carry', () => {
    const a = render(dossierInput(file, 'court'));
    const later = { ...dossierInput(file, 'court'), generatedAt: '2026-11-28T09:05:00.000Z' };
    const b = render(later);
    expect(same(a.bytes, b.bytes)).toBe(false);
    expect(pdfText(b.bytes, { page: 1, layout: true })).toContain('28 November 2026, 09:05 UTC');
    expect(pdfInfo(b.bytes).CreationDate).toMatch(/2026/);
  });

  it('do not depend on the time zone: a date near midnight UTC prints the UTC day everywhere', () => {
    const input = { ...dossierInput(file, 'internal', { sections: ['profile'] }), generatedAt: '2026-11-27T23:30:00.000Z' };
    const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      process.env.TZ = tz;
      // The zone really is in effect for Date (so the test would see a dependence on it).
      expect(new Date('2026-11-27T23:30:00.000Z').getTimezoneOffset(), tz).toBe(tz === 'UTC' ? 0 : tz === 'Pacific/Kiritimati' ? -840 : 480);
      return render(input).bytes;
    });
    expect(same(outputs[0]!, outputs[1]!)).toBe(true);
    expect(same(outputs[0]!, outputs[2]!)).toBe(true);
    expect(pdfText(outputs[1]!, { page: 1, layout: true })).toContain('27 November 2026, 23:30 UTC');
  });
});
