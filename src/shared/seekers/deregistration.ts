// Why a registration ends (ФК-А.01, "снятие с регистрации"): the grounds the centre records, with their names.
import type { LocalizedText } from '../api/common';

/**
 * The usual grounds of the registration rules (order of the Minister of Labour No. 214 of 9 June 2023, and the
 * Social Code's chapter on employment). Article numbers are not confirmed in our sources [U]; "other" takes a note.
 */
export const deregistrationReasons = [
  'employed',
  'self_employed',
  'own_request',
  'no_show',
  'moved',
  'pension',
  'full_time_study',
  'other',
] as const;
export type DeregistrationReason = (typeof deregistrationReasons)[number];

export const deregistrationReasonNames: Record<DeregistrationReason, LocalizedText> = {
  employed: { kk: 'Жұмысқа орналасты', ru: 'Трудоустроен', en: 'Found a job' },
  self_employed: {
    kk: 'Кәсіпкерлікпен айналыса бастады',
    ru: 'Начал предпринимательскую деятельность',
    en: 'Started a business',
  },
  own_request: { kk: 'Өз өтініші бойынша', ru: 'По личному заявлению', en: 'At their own request' },
  no_show: {
    kk: 'Дәлелді себепсіз орталыққа келмеді',
    ru: 'Неявка в центр без уважительной причины',
    en: 'Did not come to the centre without a valid reason',
  },
  moved: { kk: 'Басқа жерге көшті', ru: 'Переезд на другое место жительства', en: 'Moved elsewhere' },
  pension: { kk: 'Зейнетақы тағайындалды', ru: 'Назначена пенсия', en: 'Granted a pension' },
  full_time_study: { kk: 'Күндізгі оқуға түсті', ru: 'Поступил на очное обучение', en: 'Began full-time study' },
  other: { kk: 'Басқа себеп', ru: 'Иная причина', en: 'Another reason' },
};

/** "Other" says nothing by itself: the centre writes what it was. */
export const deregistrationNeedsNote = (reason: DeregistrationReason): boolean => reason === 'other';
