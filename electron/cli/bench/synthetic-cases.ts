import type { CaseDraft } from '../../../shared/domain/case';
import { CASE_STATUSES } from '../../../shared/domain/case';

/**
 * Clearly fictional names in the three scripts the app must handle, combined deterministically so
 * that a given count always produces the same cases (benchmarks compare like with like).
 */
const GIVEN = [
  ['Rəşad', 'Рашад'], ['Günel', 'Гюнель'], ['Əli', 'Али'], ['Şəhla', 'Шахла'], ['Tofiq', 'Тофик'],
  ['Leyla', 'Лейла'], ['Çingiz', 'Чингиз'], ['Aygün', 'Айгюн'], ['Orxan', 'Орхан'], ['Nərgiz', 'Наргиз'],
] as const;
const FAMILY = [
  ['Quliyev', 'Гулиев'], ['Məmmədova', 'Мамедова'], ['Həsənli', 'Гасанлы'], ['Əhmədov', 'Ахмедов'], ['Süleymanova', 'Сулейманова'],
  ['İsmayılov', 'Исмайлов'], ['Kərimova', 'Керимова'], ['Nağıyev', 'Нагиев'], ['Rüstəmov', 'Рустамов'], ['Sadıqova', 'Садыгова'],
] as const;

function latin(text: string): string {
  return text
    .replace(/Ə/g, 'A').replace(/ə/g, 'a').replace(/Ş/g, 'Sh').replace(/ş/g, 'sh').replace(/Ç/g, 'Ch').replace(/ç/g, 'ch')
    .replace(/Ğ/g, 'Gh').replace(/ğ/g, 'gh').replace(/İ/g, 'I').replace(/ı/g, 'i').replace(/Ö/g, 'O').replace(/ö/g, 'o')
    .replace(/Ü/g, 'U').replace(/ü/g, 'u');
}

export function syntheticCase(index: number): CaseDraft {
  const given = GIVEN[index % GIVEN.length]!;
  const family = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length]!;
  const serial = Math.floor(index / (GIVEN.length * FAMILY.length));
  return {
    nameLatin: `${latin(given[0])} ${latin(family[0])} (synthetic ${serial})`,
    nameNative: `${given[0]} ${family[0]} / ${given[1]} ${family[1]}`,
    status: CASE_STATUSES[index % CASE_STATUSES.length]!,
  };
}
