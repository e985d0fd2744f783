// The builder's form turns into exactly the CV the API keeps, and back; its checks are the server's, on the same paths.
import { describe, expect, it } from 'vitest';
import type { CvView } from '../../../shared/api/cvs';
import {
  type CvDraft,
  draftFromCv,
  emptyEducation,
  emptyExperience,
  inputFromDraft,
  sameDraft,
  validateDraft,
} from './cv-form-model';

const cv: CvView = {
  id: '5b0f7a34-8f39-4c2e-9d1e-6f1a2b3c4d5e',
  title: 'Түйіндеме',
  desiredPosition: 'Іс жүргізуші',
  occupationCode: '4110',
  desiredSalary: 250_000,
  region: 'astana',
  willingToRelocate: true,
  experience: [
    { employer: '«Нұр Медиа» ЖШС', position: 'Хатшы', from: '2021-09', to: '2023-01', duties: 'Құжаттар' },
    { employer: '«Есіл Агро» ЖШС', position: 'Іс жүргізуші', from: '2023-02', to: null, duties: '' },
  ],
  education: [{ institution: 'ЕҰУ', speciality: 'Ақпараттық жүйелер', level: 'higher', graduationYear: 2021 }],
  skills: ['Excel', 'Құжат айналымы'],
  languages: [
    { language: 'kk', level: 'native' },
    { language: 'Türkçe', level: 'B1' },
  ],
  about: 'Жауапты маман.',
  locale: 'kk',
  hasPhoto: false,
  version: 3,
  createdAt: '2026-03-01T05:00:00.000Z',
  updatedAt: '2026-03-02T05:00:00.000Z',
};

let n = 0;
const key = () => `k${++n}`;

describe('the CV form model', () => {
  it('gives back the CV it was filled from', () => {
    const { id, hasPhoto, version, createdAt, updatedAt, ...content } = cv;
    expect(inputFromDraft(draftFromCv(cv, key))).toEqual(content);
  });

  it('keeps a current job as "until now" and another language by its name', () => {
    const draft = draftFromCv(cv, key);
    expect(draft.experience[1]).toMatchObject({ current: true, to: '' });
    expect(draft.languages[1]).toMatchObject({ code: 'other', otherName: 'Türkçe', level: 'B1' });
    const ticked = { ...draft, experience: [{ ...draft.experience[0]!, current: true }] };
    expect(inputFromDraft(ticked).experience).toEqual([{ ...cv.experience[0], to: null }]);
  });

  it('sends empty salary and occupation as none', () => {
    const draft: CvDraft = { ...draftFromCv(cv, key), desiredSalary: '', occupationCode: '' };
    expect(inputFromDraft(draft)).toMatchObject({ desiredSalary: null, occupationCode: null });
  });

  it('checks with the server schema, on the paths the server uses, in the reader’s language', () => {
    const draft: CvDraft = {
      ...draftFromCv(cv, key),
      experience: [{ ...emptyExperience('e'), employer: 'А', position: 'Б', from: '2022-05', to: '2021-01' }],
      education: [emptyEducation('d')],
    };
    const errors = validateDraft(draft, 'kk');
    expect(errors['experience.0.to']).toBe('Аяқталуы басталуынан ерте болмайды.');
    expect(errors['education.0.institution']).toBeDefined();
    expect(errors['education.0.level']).toBeDefined();
    expect(errors['education.0.graduationYear']).toBeDefined();
    expect(validateDraft(draftFromCv(cv, key), 'ru')).toEqual({});
  });

  it('tells a real change from a redrawn one', () => {
    const a = draftFromCv(cv, key);
    const b = draftFromCv(cv, key);
    expect(sameDraft(a, b)).toBe(true);
    expect(sameDraft(a, { ...b, about: 'Басқа' })).toBe(false);
  });
});
