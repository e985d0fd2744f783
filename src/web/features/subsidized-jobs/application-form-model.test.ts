// Proves the client side of the employer's forms: drafts from the server's view, the body sent, the same messages as the server.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/messages';
import { kazakhIbanWithCheckDigits } from '../../../shared/iban';
import {
  emptyPosition,
  type FormDraft,
  formDraftFromView,
  formRequestFrom,
  ibanFeedback,
  type RequisitesDraft,
  requisitesDraftFrom,
  sameForm,
  validateForm,
  validateRequisites,
} from './application-form-model';
import { applicationView } from './application-view.fixture';

const validIban = kazakhIbanWithCheckDigits('125', 'KZT5004100100');

const requisites: RequisitesDraft = {
  legalNameKk: '«Дала Құрылыс» ЖШС',
  legalNameRu: 'ТОО «Дала Курылыс»',
  bin: '940140000385',
  legalForm: 'too',
  registrationDate: '2019-03-14',
  okedCode: '41201',
  okedName: 'Строительство жилых зданий',
  legalAddress: 'г. Астана, пр. Мангилик Ел, 55',
  region: 'astana',
  headFullName: 'Сапарова Айгерим Нурлановна',
  headPosition: 'Директор',
  headIin: '061211600012',
  iban: validIban,
  bic: 'HSBKKZKX',
  bankName: 'АО «Народный Банк Казахстана»',
  phone: '+7 (701) 123-45-67',
  email: 'Info@Dala.kz',
};

function draft(overrides: Partial<FormDraft> = {}): FormDraft {
  return {
    programmeCode: 'youth_practice',
    centreId: '5f0f7a0e-6a55-4c1b-9f57-3b1f2b0c9a11',
    contactName: 'Айгерим Сапарова',
    contactPhone: '+7 701 123 45 67',
    contactEmail: 'hr@dala.kz',
    plannedStartDate: '2026-04-01',
    positions: [
      {
        ...emptyPosition('row-1', 12),
        occupationCode: '5120',
        jobs: 2,
        monthlyWage: 150_000,
        workplace: 'Кафе «Самал»',
        district: '711210000',
      },
    ],
    ...overrides,
  };
}

describe('formDraftFromView', () => {
  it('orders positions by ordinal and fills missing contacts from the defaults', () => {
    const view = applicationView({
      contactName: null,
      contactPhone: '+77011234567',
      contactEmail: null,
      positions: [
        { ...applicationView().positions[0]!, ordinal: 2, occupationCode: '9112' },
        { ...applicationView().positions[0]!, ordinal: 1, occupationCode: '5120' },
      ],
    });
    let n = 0;
    const result = formDraftFromView(
      view,
      { name: 'Айгерим', phone: '+77770000000', email: 'a@b.kz' },
      () => `k${++n}`,
    );
    expect(result.positions.map((p) => [p.key, p.occupationCode])).toEqual([
      ['k1', '5120'],
      ['k2', '9112'],
    ]);
    expect([result.contactName, result.contactPhone, result.contactEmail]).toEqual([
      'Айгерим',
      '+77011234567',
      'a@b.kz',
    ]);
  });
});

describe('formRequestFrom and validateForm', () => {
  it('sends empty number fields as missing and leaves the row keys out', () => {
    const body = formRequestFrom(draft({ positions: [emptyPosition('row-9')] }), 7);
    expect(body.version).toBe(7);
    expect(body.positions).toEqual([
      {
        occupationCode: '',
        jobs: 1,
        monthlyWage: undefined,
        schedule: 'full_time',
        workplace: '',
        district: '',
        durationMonths: undefined,
        requirements: '',
      },
    ]);
  });

  it('returns the normalised body the server expects when every field is valid', () => {
    const result = validateForm(draft(), 3, 'ru');
    expect(result.errors).toEqual({});
    expect(result.value).toMatchObject({ version: 3, contactPhone: '+77011234567', positions: [{ jobs: 2 }] });
  });

  it('keys messages by the server field paths, in the interface language', () => {
    const result = validateForm(
      draft({ contactEmail: 'not-an-address', positions: [{ ...emptyPosition('row-1'), jobs: 0 }] }),
      3,
      'kk',
    );
    expect(result.value).toBeNull();
    expect(result.errors).toMatchObject({
      contactEmail: translate('kk', 'validation.email_invalid'),
      'positions.0.monthlyWage': translate('kk', 'validation.required'),
      'positions.0.occupationCode': translate('kk', 'validation.required'),
      'positions.0.jobs': translate('kk', 'validation.min_one'),
    });
  });

  it('puts the limit into the message, as the server does', () => {
    const result = validateForm(draft({ contactName: 'А'.repeat(201) }), 3, 'ru');
    expect(result.errors).toEqual({ contactName: translate('ru', 'validation.too_long', { maximum: 200 }) });
    expect(result.errors.contactName).toContain('200');
  });

  it('tells an unchanged form from an edited one, whatever the row keys', () => {
    const a = draft();
    const b = { ...draft(), positions: a.positions.map((p) => ({ ...p, key: 'other' })) };
    expect(sameForm(a, b)).toBe(true);
    expect(sameForm(a, draft({ contactName: 'Другой' }))).toBe(false);
  });
});

describe('requisites', () => {
  it('starts from the application, then the organisation, then the registry, with the organisation BIN', () => {
    const saved = validateRequisites(requisites, 'ru').value!;
    const fromRegistry = requisitesDraftFrom({
      application: null,
      organisation: null,
      prefill: { legalNameRu: 'ТОО «Из реестра»', bin: '000000000000' },
      employerBin: '940140000385',
    });
    expect(fromRegistry.origin).toBe('registry');
    expect(fromRegistry.draft.legalNameRu).toBe('ТОО «Из реестра»');
    expect(fromRegistry.draft.bin).toBe('940140000385');
    expect(fromRegistry.draft.iban).toBe('');

    const fromOrganisation = requisitesDraftFrom({
      application: null,
      organisation: saved,
      prefill: { legalNameRu: 'ТОО «Из реестра»' },
      employerBin: '940140000385',
    });
    expect(fromOrganisation.origin).toBe('organisation');
    expect(fromOrganisation.draft.legalNameRu).toBe('ТОО «Дала Курылыс»');

    const fromApplication = requisitesDraftFrom({
      application: { ...saved, bankName: 'АО «Kaspi Bank»' },
      organisation: saved,
      prefill: {},
      employerBin: '940140000385',
    });
    expect(fromApplication.origin).toBe('application');
    expect(fromApplication.draft.bankName).toBe('АО «Kaspi Bank»');

    expect(
      requisitesDraftFrom({ application: null, organisation: null, prefill: {}, employerBin: '940140000385' }).origin,
    ).toBe('empty');
  });

  it('normalises what the server normalises and reports errors under requisites.<field>', () => {
    const ok = validateRequisites(requisites, 'ru');
    expect(ok.value).toMatchObject({ phone: '+77011234567', email: 'info@dala.kz', iban: validIban });
    const bad = validateRequisites({ ...requisites, iban: 'KZ00125KZT5004100100', okedCode: '412', headIin: '' }, 'en');
    expect(bad.errors).toEqual({
      'requisites.iban': translate('en', 'validation.iban_invalid'),
      'requisites.okedCode': translate('en', 'validation.oked_invalid'),
      'requisites.headIin': translate('en', 'validation.required'),
    });
  });
});

describe('ibanFeedback', () => {
  it('follows the IBAN as it is typed and checks ISO 13616 at full length', () => {
    expect(ibanFeedback('')).toEqual({ state: 'empty' });
    expect(ibanFeedback('kz86 125')).toEqual({ state: 'typing', entered: 7 });
    expect(ibanFeedback('KZ8X')).toEqual({ state: 'bad_format' });
    expect(ibanFeedback('DE89')).toEqual({ state: 'not_kz' });
    expect(ibanFeedback('KZ86-125')).toEqual({ state: 'bad_characters' });
    expect(ibanFeedback(`${validIban}1`)).toEqual({ state: 'too_long', entered: 21 });
    expect(ibanFeedback('KZ86X25KZT5004100100')).toEqual({ state: 'bad_format' });
    const wrongDigit = `${validIban.slice(0, -1)}${validIban.endsWith('0') ? '1' : '0'}`;
    expect(ibanFeedback(wrongDigit)).toEqual({ state: 'checksum' });
    expect(ibanFeedback(validIban.toLowerCase())).toEqual({
      state: 'valid',
      grouped: validIban.replace(/(.{4})(?=.)/g, '$1 '),
    });
  });
});

describe('messages', () => {
  it('has words, not keys, for every mistake on either form, in Kazakh, Russian and English', () => {
    const wrongRequisites: RequisitesDraft = {
      ...requisites,
      legalNameKk: 'А'.repeat(301),
      bin: '123456789012',
      legalForm: 'llc',
      registrationDate: '14.03.2019',
      okedCode: '4120',
      region: 'moon',
      headIin: '123',
      iban: 'KZ00125KZT5004100100',
      bic: 'HSBK',
      phone: '8 701 123',
      email: 'info@',
    };
    const wrongForm = draft({
      programmeCode: 'Youth Practice',
      centreId: 'not-a-uuid',
      contactPhone: '123',
      positions: [
        { ...emptyPosition('row-1'), occupationCode: '0000', jobs: 1.5, monthlyWage: -1, durationMonths: 61 },
        { ...emptyPosition('row-2'), jobs: 1001, monthlyWage: 10_000_001, durationMonths: 0, schedule: 'night' },
      ],
    });
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const messages = [
        ...Object.values(validateRequisites(wrongRequisites, locale).errors),
        ...Object.values(validateForm(wrongForm, 1, locale).errors),
      ];
      expect(messages.length).toBeGreaterThan(20);
      for (const message of messages) expect(message).not.toMatch(/^validation\.|\{\{/);
    }
  });
});
