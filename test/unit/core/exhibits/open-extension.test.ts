import { describe, expect, it } from 'vitest';
import { openExtension, withExtension } from '../../../../electron/main/core/exhibits/open-extension';

describe('openExtension: what a private copy for another program is called', () => {
  it('comes from the recognised type, for types that are displayed, not run', () => {
    expect(openExtension('application/pdf')).toBe('.pdf');
    expect(openExtension('image/jpeg')).toBe('.jpg');
    expect(openExtension('text/plain')).toBe('.txt');
    expect(openExtension('video/quicktime')).toBe('.mov');
  });

  it('is null for archives, containers and anything unrecognised', () => {
    for (const type of ['application/octet-stream', 'application/zip', 'application/x-ole-storage', 'text/html', 'image/svg+xml']) expect(openExtension(type)).toBeNull();
  });

  it('replaces whatever extension the sender gave', () => {
    expect(withExtension('holiday.jpg.exe', '.jpg')).toBe('holiday.jpg.jpg');
    expect(withExtension('verdict', '.pdf')).toBe('verdict.pdf');
    expect(withExtension('README', '.txt')).toBe('README.txt');
  });
});
