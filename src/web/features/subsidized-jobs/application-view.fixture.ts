// A complete application as the server sends it, for the web unit tests; each test changes only what it speaks of.
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';

export function applicationView(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: '0b7e9a52-3c1d-4e5f-8a9b-1c2d3e4f5a6b',
    number: null,
    status: 'draft',
    version: 4,
    employer: { id: '1b7e9a52-3c1d-4e5f-8a9b-1c2d3e4f5a6b', bin: '940140000385', name: 'ТОО «Дала Курылыс»' },
    centre: { id: '2b7e9a52-3c1d-4e5f-8a9b-1c2d3e4f5a6b', name: 'ЦТМ г. Астаны' },
    programme: { code: 'youth_practice', versionId: null, name: 'Молодёжная практика' },
    requisites: null,
    contactName: 'Айгерим Сапарова',
    contactPhone: '+77011234567',
    contactEmail: 'hr@dala.kz',
    positions: [
      {
        id: '3b7e9a52-3c1d-4e5f-8a9b-1c2d3e4f5a6b',
        ordinal: 1,
        occupationCode: '5120',
        occupationName: 'Повар',
        jobs: 2,
        monthlyWage: 150_000,
        schedule: 'full_time',
        workplace: 'Кафе «Самал»',
        district: '711210000',
        districtAsWritten: 'район Есиль',
        durationMonths: 12,
        requirements: '',
        monthlySubsidy: 129_750,
      },
    ],
    totals: { jobs: 2, monthlySubsidy: 259_500, contractTotal: 3_114_000 },
    check: null,
    pendingDocumentId: null,
    revision: 0,
    revisions: [],
    remarks: [],
    consultations: [],
    decision: null,
    submittedAt: null,
    createdAt: '2026-02-02T04:00:00.000Z',
    updatedAt: '2026-02-02T04:30:00.000Z',
    ageWorkingDays: null,
    actions: [],
    ...overrides,
  };
}
