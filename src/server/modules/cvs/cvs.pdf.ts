// A CV as a PDF in the language it is written in (Kazakh letters included), with its photo when there is one.
import type { EducationLevel, LanguageLevel } from '../../../shared/api/cvs';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { groupDigits } from '../../../shared/money';
import { occupationName } from '../../../shared/occupations';
import { regions } from '../../../shared/regions';
import type { Locale } from '../../../shared/roles';
import { type PdfBlock, renderPdf } from '../../platform/documents/pdf';
import type { CvRow } from './cvs.repository';

type Labels = {
  document: string;
  fileName: (name: string) => string;
  footer: (date: string) => string;
  occupation: string;
  salary: string;
  salaryValue: (amount: string) => string;
  byAgreement: string;
  region: string;
  relocation: string;
  yes: string;
  no: string;
  email: string;
  phone: string;
  experience: string;
  experienceColumns: { period: string; place: string; duties: string };
  present: string;
  education: string;
  educationColumns: { institution: string; speciality: string; level: string; year: string };
  levels: Record<EducationLevel, string>;
  languages: string;
  languageNames: Record<'kk' | 'ru' | 'en', string>;
  languageLevels: Record<LanguageLevel, string>;
  skills: string;
  about: string;
};

const cefr = (level: string, name: string) => `${level} — ${name}`;

const labels: Record<Locale, Labels> = {
  kk: {
    document: 'Түйіндеме',
    fileName: (name) => `Түйіндеме — ${name}.pdf`,
    footer: (date) => `Jumys — түйіндеме, ${date} жаңартылды`,
    occupation: 'Кәсібі',
    salary: 'Күтілетін жалақы',
    salaryValue: (amount) => `айына ${amount} ₸`,
    byAgreement: 'келісім бойынша',
    region: 'Өңір',
    relocation: 'Басқа өңірге көшуге дайын',
    yes: 'иә',
    no: 'жоқ',
    email: 'Электрондық пошта',
    phone: 'Телефон',
    experience: 'Жұмыс тәжірибесі',
    experienceColumns: { period: 'Кезең', place: 'Жұмыс беруші, лауазымы', duties: 'Міндеттері' },
    present: 'қазіргі уақытқа дейін',
    education: 'Білімі',
    educationColumns: { institution: 'Оқу орны', speciality: 'Мамандығы', level: 'Деңгейі', year: 'Бітірген жылы' },
    levels: {
      secondary: 'орта',
      vocational: 'техникалық және кәсіптік',
      higher: 'жоғары',
      postgraduate: 'жоғары оқу орнынан кейінгі',
    },
    languages: 'Тілдерді меңгеруі',
    languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
    languageLevels: {
      A1: cefr('A1', 'бастапқы'),
      A2: cefr('A2', 'базалық'),
      B1: cefr('B1', 'орташа'),
      B2: cefr('B2', 'ортадан жоғары'),
      C1: cefr('C1', 'жоғары'),
      C2: cefr('C2', 'еркін'),
      native: 'ана тілі',
    },
    skills: 'Дағдылары',
    about: 'Өзім туралы',
  },
  ru: {
    document: 'Резюме',
    fileName: (name) => `Резюме — ${name}.pdf`,
    footer: (date) => `Jumys — резюме, обновлено ${date}`,
    occupation: 'Профессия',
    salary: 'Желаемая зарплата',
    salaryValue: (amount) => `${amount} ₸ в месяц`,
    byAgreement: 'по договорённости',
    region: 'Регион',
    relocation: 'Готовность к переезду',
    yes: 'да',
    no: 'нет',
    email: 'Электронная почта',
    phone: 'Телефон',
    experience: 'Опыт работы',
    experienceColumns: { period: 'Период', place: 'Работодатель, должность', duties: 'Обязанности' },
    present: 'по настоящее время',
    education: 'Образование',
    educationColumns: {
      institution: 'Учебное заведение',
      speciality: 'Специальность',
      level: 'Уровень',
      year: 'Год окончания',
    },
    levels: {
      secondary: 'среднее',
      vocational: 'техническое и профессиональное',
      higher: 'высшее',
      postgraduate: 'послевузовское',
    },
    languages: 'Владение языками',
    languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
    languageLevels: {
      A1: cefr('A1', 'начальный'),
      A2: cefr('A2', 'элементарный'),
      B1: cefr('B1', 'средний'),
      B2: cefr('B2', 'выше среднего'),
      C1: cefr('C1', 'продвинутый'),
      C2: cefr('C2', 'свободный'),
      native: 'родной',
    },
    skills: 'Навыки',
    about: 'О себе',
  },
  en: {
    document: 'CV',
    fileName: (name) => `CV — ${name}.pdf`,
    footer: (date) => `Jumys — CV, updated ${date}`,
    occupation: 'Occupation',
    salary: 'Desired salary',
    salaryValue: (amount) => `${amount} ₸ a month`,
    byAgreement: 'negotiable',
    region: 'Region',
    relocation: 'Willing to relocate',
    yes: 'yes',
    no: 'no',
    email: 'E-mail',
    phone: 'Phone',
    experience: 'Work experience',
    experienceColumns: { period: 'Period', place: 'Employer, position', duties: 'Duties' },
    present: 'present',
    education: 'Education',
    educationColumns: { institution: 'Institution', speciality: 'Speciality', level: 'Level', year: 'Graduated' },
    levels: {
      secondary: 'secondary',
      vocational: 'technical and vocational',
      higher: 'higher',
      postgraduate: 'postgraduate',
    },
    languages: 'Languages',
    languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    languageLevels: {
      A1: cefr('A1', 'beginner'),
      A2: cefr('A2', 'elementary'),
      B1: cefr('B1', 'intermediate'),
      B2: cefr('B2', 'upper intermediate'),
      C1: cefr('C1', 'advanced'),
      C2: cefr('C2', 'proficient'),
      native: 'native',
    },
    skills: 'Skills',
    about: 'About me',
  },
};

/** YYYY-MM as MM.YYYY. */
function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${monthNumber}.${year}`;
}

function formatDate(instant: Date): string {
  const [year, month, day] = dateInKazakhstan(instant).split('-');
  return `${day}.${month}.${year}`;
}

function languageName(language: string, words: Labels): string {
  return language in words.languageNames ? words.languageNames[language as 'kk' | 'ru' | 'en'] : language;
}

export type CvDocument = {
  cv: CvRow;
  fullName: string;
  /** Only for the seeker and their centre; an employer's copy has none. */
  contacts: { email: string | null; phone: string | null } | null;
  photo: Uint8Array | null;
};

export function cvFileName(cv: Pick<CvRow, 'locale'>, fullName: string): string {
  return labels[cv.locale].fileName(fullName);
}

export function cvPdfBlocks({ cv, fullName, contacts, photo }: CvDocument): PdfBlock[] {
  const words = labels[cv.locale];
  const blocks: PdfBlock[] = [];
  if (photo) blocks.push({ kind: 'image', bytes: photo, width: 90 });
  blocks.push({ kind: 'title', text: fullName }, { kind: 'heading', text: cv.desired_position });

  const occupation = cv.occupation_code ? occupationName(cv.occupation_code) : null;
  const region = regions[cv.region as keyof typeof regions];
  const facts: [string, string][] = [];
  if (occupation) facts.push([words.occupation, `${occupation[cv.locale] ?? occupation.ru} (${cv.occupation_code})`]);
  facts.push(
    [words.salary, cv.desired_salary === null ? words.byAgreement : words.salaryValue(groupDigits(cv.desired_salary))],
    [words.region, region ? region[cv.locale] : cv.region],
    [words.relocation, cv.willing_to_relocate ? words.yes : words.no],
  );
  if (contacts?.email) facts.push([words.email, contacts.email]);
  if (contacts?.phone) facts.push([words.phone, contacts.phone]);
  blocks.push({ kind: 'fields', rows: facts });

  if (cv.experience.length > 0) {
    blocks.push(
      { kind: 'heading', text: words.experience },
      {
        kind: 'table',
        columns: [
          { title: words.experienceColumns.period, width: 1.3 },
          { title: words.experienceColumns.place, width: 2 },
          { title: words.experienceColumns.duties, width: 3 },
        ],
        rows: cv.experience.map((entry) => [
          `${formatMonth(entry.from)} – ${entry.to === null ? words.present : formatMonth(entry.to)}`,
          `${entry.employer}\n${entry.position}`,
          entry.duties,
        ]),
      },
    );
  }
  if (cv.education.length > 0) {
    blocks.push(
      { kind: 'heading', text: words.education },
      {
        kind: 'table',
        columns: [
          { title: words.educationColumns.institution, width: 3 },
          { title: words.educationColumns.speciality, width: 2.4 },
          { title: words.educationColumns.level, width: 1.8 },
          { title: words.educationColumns.year, width: 1.2, align: 'right' },
        ],
        rows: cv.education.map((entry) => [
          entry.institution,
          entry.speciality,
          words.levels[entry.level],
          String(entry.graduationYear),
        ]),
      },
    );
  }
  if (cv.languages.length > 0) {
    blocks.push(
      { kind: 'heading', text: words.languages },
      {
        kind: 'fields',
        rows: cv.languages.map((entry) => [languageName(entry.language, words), words.languageLevels[entry.level]]),
      },
    );
  }
  if (cv.skills.length > 0) {
    blocks.push({ kind: 'heading', text: words.skills }, { kind: 'paragraph', text: cv.skills.join(', ') });
  }
  if (cv.about) blocks.push({ kind: 'heading', text: words.about }, { kind: 'paragraph', text: cv.about });
  return blocks;
}

/** The same CV gives the same bytes: the document's dates are the CV's last change. */
export async function renderCvPdf(document: CvDocument): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { cv, fullName } = document;
  const words = labels[cv.locale];
  const bytes = await renderPdf({
    title: `${words.document} — ${fullName}`,
    author: fullName,
    subject: cv.desired_position,
    language: cv.locale,
    createdAt: cv.updated_at,
    footer: words.footer(formatDate(cv.updated_at)),
    blocks: cvPdfBlocks(document),
  });
  return { bytes, fileName: cvFileName(cv, fullName) };
}
