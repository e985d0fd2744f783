// B03-2.1 demand and supply: the jobs employers ask for against the registered seekers who qualify, counted, never named.

import type { LocalizedText } from '../../../shared/api/common';
import type {
  DemandSupplyReport,
  DemandSupplyRow,
  PositionSupply,
  SeekerCounts,
} from '../../../shared/api/subsidy-review';
import { districtLabel } from '../../../shared/kato/kato';
import { occupationName } from '../../../shared/occupations';
import type { Locale } from '../../../shared/roles';
import { categoriesOn, SeekerCategory } from '../../../shared/seekers/categories';
import { type ParticipantLimits, participantAgeAllowed } from '../../../shared/subsidy/participants';
import type { ProgrammeVersion, TargetGroup } from '../../../shared/subsidy/programmes';
import type { XlsxSheet } from '../../platform/documents/xlsx';
import type { RegisteredSeekerFacts } from '../seekers';

function inTargetGroup(
  group: TargetGroup,
  seeker: RegisteredSeekerFacts,
  categories: Set<SeekerCategory>,
  limits: ParticipantLimits,
): boolean {
  switch (group) {
    case 'unemployed':
      return seeker.kind === 'unemployed';
    case 'graduate':
      return categories.has(SeekerCategory.graduate);
    case 'youth':
      return categories.has(SeekerCategory.youth);
    case 'no_work_experience':
      return categories.has(SeekerCategory.noWorkExperience);
    case 'over_50':
      return categories.has(SeekerCategory.over50);
    case 'target_groups':
      return limits.targetCategories.some((c) => categories.has(c));
  }
}

/** A programme's participants must belong to every one of its target groups (youth practice: unemployed, graduate, youth) and fit its age limits. */
export function qualifiesFor(
  programme: ProgrammeVersion,
  seeker: RegisteredSeekerFacts,
  onDate: string,
  limits: ParticipantLimits,
): boolean {
  if (!participantAgeAllowed(programme, seeker, onDate, limits)) return false;
  const categories = categoriesOn(seeker, onDate, limits);
  return programme.targetGroups.every((group) => inTargetGroup(group, seeker, categories, limits));
}

type Matched = { byOccupation: Set<string>; qualifying: Set<string>; qualifyingInDistrict: Set<string> };

function matchSeekers(
  seekers: readonly RegisteredSeekerFacts[],
  {
    occupationCode,
    programme,
    districtCodes,
    onDate,
    limits,
  }: {
    occupationCode: string;
    programme: ProgrammeVersion | null;
    /** КАТО codes: "Есіл ауданы" and "Есильский район" are one code, whatever language they were chosen in. */
    districtCodes: readonly string[];
    onDate: string;
    limits: ParticipantLimits;
  },
): Matched {
  const wanted = new Set(districtCodes);
  const matched: Matched = { byOccupation: new Set(), qualifying: new Set(), qualifyingInDistrict: new Set() };
  for (const seeker of seekers) {
    if (seeker.occupationCode !== occupationCode) continue;
    matched.byOccupation.add(seeker.seekerId);
    // Without a programme version nobody can be said to qualify: counted by occupation only.
    if (!programme || !qualifiesFor(programme, seeker, onDate, limits)) continue;
    matched.qualifying.add(seeker.seekerId);
    if (seeker.districtCode !== null && wanted.has(seeker.districtCode))
      matched.qualifyingInDistrict.add(seeker.seekerId);
  }
  return matched;
}

const countsOf = (m: Matched): SeekerCounts => ({
  byOccupation: m.byOccupation.size,
  qualifying: m.qualifying.size,
  qualifyingInDistrict: m.qualifyingInDistrict.size,
});

const shortfallOf = (jobs: number, counts: SeekerCounts) => Math.max(0, jobs - counts.qualifying);

function occupationText(code: string, fallback: string): LocalizedText {
  return occupationName(code) ?? { kk: fallback, ru: fallback, en: fallback };
}

export type DemandPosition = {
  applicationId: string;
  programmeCode: string;
  occupationCode: string;
  occupationName: string;
  jobs: number;
  /** КАТО; null for an old text that named no district. */
  districtCode: string | null;
  /** As written: shown when there is no code. */
  district: string;
};

/** What a report shows for a district: its code (the page names it in the reader's language), else the old text. */
const districtShown = (p: { districtCode: string | null; district: string }) => p.districtCode ?? p.district.trim();
const codesOf = (positions: readonly { districtCode: string | null }[]) =>
  positions.flatMap((p) => (p.districtCode === null ? [] : [p.districtCode]));

/** The centre's report: one row per programme and occupation, totals counting each person once. */
export function buildDemandSupplyRows({
  positions,
  programmes,
  seekers,
  onDate,
  limits,
}: {
  positions: readonly DemandPosition[];
  /** The version of each programme code the report judges by (in force on onDate); null when none. */
  programmes: ReadonlyMap<string, ProgrammeVersion | null>;
  seekers: readonly RegisteredSeekerFacts[];
  onDate: string;
  /** The participant rules in force on onDate (subsidy/participants.ts). */
  limits: ParticipantLimits;
}): Pick<DemandSupplyReport, 'rows' | 'totals'> {
  const groups = new Map<string, DemandPosition[]>();
  for (const p of positions) {
    const key = `${p.programmeCode}|${p.occupationCode}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const all: Matched = { byOccupation: new Set(), qualifying: new Set(), qualifyingInDistrict: new Set() };
  const rows: DemandSupplyRow[] = [...groups.values()].map((group) => {
    const first = group[0]!;
    const programme = programmes.get(first.programmeCode) ?? null;
    const districts = [...new Set(group.map(districtShown))].sort((a, b) => a.localeCompare(b, 'ru'));
    const matched = matchSeekers(seekers, {
      occupationCode: first.occupationCode,
      programme,
      districtCodes: codesOf(group),
      onDate,
      limits,
    });
    for (const key of ['byOccupation', 'qualifying', 'qualifyingInDistrict'] as const) {
      for (const id of matched[key]) all[key].add(id);
    }
    const jobsRequested = group.reduce((sum, p) => sum + p.jobs, 0);
    const counts = countsOf(matched);
    return {
      programmeCode: first.programmeCode,
      programmeName: programme?.name ?? { kk: first.programmeCode, ru: first.programmeCode },
      occupationCode: first.occupationCode,
      occupationName: occupationText(first.occupationCode, first.occupationName),
      applications: new Set(group.map((p) => p.applicationId)).size,
      jobsRequested,
      districts,
      seekers: counts,
      shortfall: shortfallOf(jobsRequested, counts),
    };
  });
  rows.sort(
    (a, b) => a.programmeCode.localeCompare(b.programmeCode) || a.occupationCode.localeCompare(b.occupationCode),
  );
  const jobsRequested = rows.reduce((sum, r) => sum + r.jobsRequested, 0);
  return {
    rows,
    totals: {
      applications: new Set(positions.map((p) => p.applicationId)).size,
      jobsRequested,
      seekers: countsOf(all),
      shortfall: rows.reduce((sum, r) => sum + r.shortfall, 0),
    },
  };
}

/** One application's positions, each against the seekers of the centre (B03-2.1 for the application being reviewed). */
export function assessPositions({
  positions,
  programme,
  seekers,
  onDate,
  limits,
}: {
  positions: readonly {
    ordinal: number;
    occupationCode: string;
    occupationName: string;
    jobs: number;
    districtCode: string | null;
    district: string;
  }[];
  programme: ProgrammeVersion;
  seekers: readonly RegisteredSeekerFacts[];
  onDate: string;
  limits: ParticipantLimits;
}): { positions: PositionSupply[]; totals: { jobs: number; seekers: SeekerCounts; shortfall: number } } {
  const all: Matched = { byOccupation: new Set(), qualifying: new Set(), qualifyingInDistrict: new Set() };
  const assessed = positions.map((p): PositionSupply => {
    const matched = matchSeekers(seekers, {
      occupationCode: p.occupationCode,
      programme,
      districtCodes: codesOf([p]),
      onDate,
      limits,
    });
    for (const key of ['byOccupation', 'qualifying', 'qualifyingInDistrict'] as const) {
      for (const id of matched[key]) all[key].add(id);
    }
    const counts = countsOf(matched);
    return {
      ordinal: p.ordinal,
      occupationCode: p.occupationCode,
      occupationName: p.occupationName,
      jobs: p.jobs,
      district: districtShown(p),
      seekers: counts,
      shortfall: shortfallOf(p.jobs, counts),
    };
  });
  return {
    positions: assessed,
    totals: {
      jobs: positions.reduce((sum, p) => sum + p.jobs, 0),
      seekers: countsOf(all),
      shortfall: assessed.reduce((sum, p) => sum + p.shortfall, 0),
    },
  };
}

const reportLabels: Record<
  Locale,
  {
    sheet: string;
    title: (centre: string, from: string, to: string) => string;
    fileName: (from: string, to: string) => string;
    columns: [string, string, string, string, string, string, string, string, string, string];
    total: string;
  }
> = {
  kk: {
    sheet: 'Сұраныс пен ұсыныс',
    title: (centre, from, to) => `СЖО-ға сұраныс пен ұсыныс — ${centre} — ${from}…${to}`,
    fileName: (from, to) => `СЖО сұраныс пен ұсыныс ${from}–${to}.xlsx`,
    columns: [
      'Бағдарлама',
      'Кәсіп коды',
      'Кәсіп',
      'Өтінімдер',
      'Сұралған жұмыс орындары',
      'Аудандар',
      'Кәсібі бойынша тіркелген ізденушілер',
      'Мақсатты топқа сәйкес келетіндер',
      'Солардың ішінде сол аудандағылар',
      'Жетіспеушілік',
    ],
    total: 'Барлығы',
  },
  ru: {
    sheet: 'Спрос и предложение',
    title: (centre, from, to) => `Спрос и предложение на СРМ — ${centre} — ${from}…${to}`,
    fileName: (from, to) => `Спрос и предложение СРМ ${from}–${to}.xlsx`,
    columns: [
      'Программа',
      'Код профессии',
      'Профессия',
      'Заявок',
      'Запрошено рабочих мест',
      'Районы',
      'Зарегистрировано соискателей по профессии',
      'Подходят по целевой группе',
      'Из них в том же районе',
      'Нехватка',
    ],
    total: 'Итого',
  },
  en: {
    sheet: 'Demand and supply',
    title: (centre, from, to) => `Demand and supply for subsidized jobs — ${centre} — ${from}…${to}`,
    fileName: (from, to) => `Subsidized jobs demand and supply ${from}–${to}.xlsx`,
    columns: [
      'Programme',
      'Occupation code',
      'Occupation',
      'Applications',
      'Jobs requested',
      'Districts',
      'Registered seekers of the occupation',
      'Of the target group',
      'Of those in the district',
      'Shortfall',
    ],
    total: 'Total',
  },
};

const pick = (text: LocalizedText, locale: Locale) => text[locale] ?? text.ru;

/** The report as a spreadsheet: the same rows and totals as the screen, in the reader's language. */
export function demandSupplySheet(report: DemandSupplyReport, locale: Locale): { sheet: XlsxSheet; fileName: string } {
  const labels = reportLabels[locale];
  const [programme, code, occupation, applications, jobs, districts, byOccupation, qualifying, inDistrict, shortfall] =
    labels.columns;
  return {
    fileName: labels.fileName(report.from, report.to),
    sheet: {
      name: labels.sheet,
      title: labels.title(pick(report.centre.name, locale), report.from, report.to),
      columns: [
        { header: programme },
        { header: code, kind: 'text' },
        { header: occupation },
        { header: applications, kind: 'integer' },
        { header: jobs, kind: 'integer' },
        { header: districts },
        { header: byOccupation, kind: 'integer' },
        { header: qualifying, kind: 'integer' },
        { header: inDistrict, kind: 'integer' },
        { header: shortfall, kind: 'integer' },
      ],
      rows: report.rows.map((r) => [
        pick(r.programmeName, locale),
        r.occupationCode,
        pick(r.occupationName, locale),
        r.applications,
        r.jobsRequested,
        r.districts.map((d) => districtLabel(d, locale)).join(', '),
        r.seekers.byOccupation,
        r.seekers.qualifying,
        r.seekers.qualifyingInDistrict,
        r.shortfall,
      ]),
      totals: [
        labels.total,
        null,
        null,
        report.totals.applications,
        report.totals.jobsRequested,
        null,
        report.totals.seekers.byOccupation,
        report.totals.seekers.qualifying,
        report.totals.seekers.qualifyingInDistrict,
        report.totals.shortfall,
      ],
    },
  };
}
