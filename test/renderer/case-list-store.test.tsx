import { beforeEach, describe, expect, it } from 'vitest';
import { caseTexts, CaseFile, summariseCase, type CaseSummary } from '../../shared/case-model';
import { caseList } from '../../renderer/src/db/case-list-store';
import { caseFile } from './case-fixtures';

const updatedAt = '2024-05-01T10:00:00.000Z';
const FILES = [
  CaseFile.parse(caseFile({ name: 'Intiqam Əliyev', otherNames: ['Интигам Алиев'], status: 'detained', categories: ['lawyer'] })),
  CaseFile.parse(caseFile({ name: 'Zəhra Quliyeva', status: 'released', categories: ['journalist_blogger'] })),
];
const rowOf = (file: CaseFile, revision = 1): CaseSummary => summariseCase({ id: file.id, revision, updatedAt, file });
const textsOf = (file: CaseFile, revision = 1) => ({ id: file.id, revision, texts: caseTexts(file) });
const [aliyev, quliyeva] = FILES as [CaseFile, CaseFile];

async function listed(): Promise<void> {
  caseList.clear();
  await caseList.addPage(FILES.map((f) => rowOf(f)), () => true);
  caseList.setLoad({ phase: 'ready', total: FILES.length });
}

async function indexed(): Promise<void> {
  for (let i = 0; i < 100 && caseList.textIndexPending; i++) await new Promise((r) => setTimeout(r, 5));
}

describe('the case list store’s full-text index', () => {
  beforeEach(() => caseList.clear());

  it('finds cases by name before their texts arrive, and by any text after', async () => {
    await listed();
    expect(caseList.getSnapshot().textIndex).toEqual({ indexed: 0, total: 2 });
    expect(caseList.search('алиев')).toEqual([aliyev.id]);
    expect(caseList.search('jurnalist')).toEqual([]);
    caseList.addTexts(FILES.map((f) => textsOf(f)));
    await indexed();
    expect(caseList.search('jurnalist')).toEqual([quliyeva.id]);
    expect(caseList.getSnapshot().textIndex).toEqual({ indexed: 2, total: 2 });
  });

  it('ignores texts of an older revision than the row: a save indexed the newer text already', async () => {
    await listed();
    const released = { ...aliyev, status: 'released' as const, person: { ...aliyev.person, categories: ['journalist_blogger' as const] } };
    caseList.upsert(rowOf(released, 2), caseTexts(released));
    caseList.addTexts([textsOf(aliyev, 1), textsOf(quliyeva)]);
    await indexed();
    expect(caseList.search('jurnalist').sort()).toEqual([aliyev.id, quliyeva.id].sort());
    expect(caseList.search('vəkil')).toEqual([]); // the old revision's "lawyer" was not indexed over the new one
  });

  it('stops waiting for cases main sent no text for, keeping them findable by name', async () => {
    await listed();
    caseList.addTexts([textsOf(quliyeva)]);
    await indexed();
    expect(caseList.getSnapshot().textIndex).toEqual({ indexed: 1, total: 2 });
    caseList.textsComplete();
    expect(caseList.getSnapshot().textIndex).toEqual({ indexed: 2, total: 2 });
    expect(caseList.textIndexPending).toBe(false);
    expect(caseList.search('интигам алиев')).toEqual([aliyev.id]);
  });

  it('reports a failed fetch only while something is still missing', async () => {
    await listed();
    caseList.textsFailed(new Error('disk busy'));
    expect(caseList.getSnapshot().textIndex.error).toBeInstanceOf(Error);
    caseList.addTexts(FILES.map((f) => textsOf(f)));
    expect(caseList.getSnapshot().textIndex.error).toBeUndefined();
    await indexed();
    caseList.textsFailed(new Error('a late failure of another fetch'));
    expect(caseList.getSnapshot().textIndex.error).toBeUndefined();
  });
});
