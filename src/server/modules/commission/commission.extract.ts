// B03-3.2 the decision as a document for its employer: an extract of the signed minutes for one application, per language.
import { type MinutesLanguage, positionReason } from '../../../shared/api/commission';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { maskIdentifier } from '../../../shared/iin-bin';
import { occupationName } from '../../../shared/occupations';
import type { DbOrTx } from '../../platform/db/database';
import { type PdfBlock, renderPdf } from '../../platform/documents/pdf';
import { type AppealRoute, findAppealRouteOn } from '../appeal-routes';
import { itemGrounds, kazakhstanDate, kazakhstanTime, loadMinutesInput, minutesKinds } from './commission.minutes';
import { type AgendaItemDetails, listMinutesSignatures } from './commission.repository';

type Labels = {
  title: (session: number, date: string) => string;
  footer: (number: string, centre: string) => string;
  centre: string;
  application: string;
  employer: string;
  bin: string;
  programme: string;
  jobsAsked: string;
  decisionHeading: string;
  columns: { position: string; asked: string; approved: string; reason: string };
  refused: string;
  approved: (jobs: number, asked: number, positions: number, total: number) => string;
  rejected: string;
  rejectedByVote: string;
  grounds: string;
  votedAgainst: string;
  basisHeading: string;
  basis: (session: number, date: string) => string;
  signedBy: (name: string, role: string, iin: string, at: string) => string;
  roles: { chair: string; deputy_chair: string; secretary: string; member: string };
  appealHeading: string;
  appealSource: (source: string, from: string) => string;
  unconfirmed: string;
  noAppealRoute: string;
};

const labels: Record<MinutesLanguage, Labels> = {
  kk: {
    title: (session, date) =>
      `Еңбек мобильділігі орталығы комиссиясы отырысының ${date} № ${session} хаттамасынан үзінді`,
    footer: (number, centre) => `№ ${number} өтінім бойынша шешім — ${centre}`,
    centre: 'Орталық',
    application: 'Өтінім',
    employer: 'Жұмыс беруші',
    bin: 'БСН',
    programme: 'Бағдарлама',
    jobsAsked: 'Сұралған жұмыс орындары',
    decisionHeading: 'Комиссияның шешімі',
    columns: { position: 'Лауазым', asked: 'Сұралғаны', approved: 'Мақұлданғаны', reason: 'Себебі' },
    refused: 'бас тартылды',
    approved: (jobs, asked, positions, total) =>
      `Өтінім мақұлданды: ${total} лауазымның ${positions}, ${asked} жұмыс орнының ${jobs}.`,
    rejected: 'Өтінімнен бас тартылды.',
    rejectedByVote: 'Ұсыныс қабылданбады, өтінімнен бас тартылды.',
    grounds: 'Бас тарту негіздері',
    votedAgainst: 'комиссия ұсынысқа қарсы дауыс берді',
    basisHeading: 'Шешімнің негізі',
    basis: (session, date) =>
      `Комиссия отырысының ${date} № ${session} хаттамасы, электрондық цифрлық қолтаңбалармен қол қойылған:`,
    signedBy: (name, role, iin, at) => `${name} (${role}), ЖСН ${iin}, ${at}`,
    roles: { chair: 'төраға', deputy_chair: 'төрағаның орынбасары', secretary: 'хатшы', member: 'комиссия мүшесі' },
    appealHeading: 'Шағым жасау тәртібі',
    appealSource: (source, from) => `Дереккөзі: ${source} (${from} бастап қолданылады).`,
    unconfirmed: 'Расталмаған: бұл тәртіп бастапқы дереккөзбен салыстырылмаған.',
    noAppealRoute: 'Шағым жасау тәртібі жүйеге енгізілмеген; оны еңбек мобильділігі орталығынан сұраңыз.',
  },
  ru: {
    title: (session, date) =>
      `Выписка из протокола № ${session} заседания комиссии центра трудовой мобильности от ${date}`,
    footer: (number, centre) => `Решение по заявке № ${number} — ${centre}`,
    centre: 'Центр',
    application: 'Заявка',
    employer: 'Работодатель',
    bin: 'БИН',
    programme: 'Программа',
    jobsAsked: 'Запрошено рабочих мест',
    decisionHeading: 'Решение комиссии',
    columns: { position: 'Должность', asked: 'Запрошено', approved: 'Одобрено', reason: 'Причина' },
    refused: 'отказано',
    approved: (jobs, asked, positions, total) =>
      `Заявка одобрена: должностей — ${positions} из ${total}, рабочих мест — ${jobs} из ${asked}.`,
    rejected: 'В заявке отказано.',
    rejectedByVote: 'Предложение не принято, в заявке отказано.',
    grounds: 'Основания отказа',
    votedAgainst: 'комиссия проголосовала против предложения',
    basisHeading: 'Основание решения',
    basis: (session, date) =>
      `Протокол № ${session} заседания комиссии от ${date}, подписанный электронными цифровыми подписями:`,
    signedBy: (name, role, iin, at) => `${name} (${role}), ИИН ${iin}, ${at}`,
    roles: {
      chair: 'председатель',
      deputy_chair: 'заместитель председателя',
      secretary: 'секретарь',
      member: 'член комиссии',
    },
    appealHeading: 'Порядок обжалования',
    appealSource: (source, from) => `Источник: ${source} (действует с ${from}).`,
    unconfirmed: 'Не подтверждено: порядок не сверен с первоисточником.',
    noAppealRoute: 'Порядок обжалования не внесён в систему; уточните его в центре трудовой мобильности.',
  },
};

export type ExtractSource = {
  applicationId: string;
  sessionId: string;
  itemId: string;
  decidedAt: Date;
};

const isoToDotted = (iso: string) => iso.split('-').reverse().join('.');

function positionRows(l: Labels, item: AgendaItemDetails, language: MinutesLanguage): string[][] {
  return item.proposal.map((p) => {
    const jobs = p.decidedJobs ?? 0;
    const reason =
      jobs < p.jobsAsked ? (item.rejectedByVote ? l.votedAgainst : (positionReason(p, language) ?? '—')) : '—';
    return [
      `${p.ordinal}. ${p.occupationCode} ${occupationName(p.occupationCode)?.[language] ?? p.occupationName}`,
      String(p.jobsAsked),
      jobs > 0 ? String(jobs) : `0 (${l.refused})`,
      reason,
    ];
  });
}

function appealBlocks(l: Labels, route: AppealRoute | null, language: MinutesLanguage): PdfBlock[] {
  if (!route)
    return [
      { kind: 'heading', text: l.appealHeading },
      { kind: 'paragraph', text: l.noAppealRoute },
    ];
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: l.appealHeading },
    { kind: 'paragraph', text: route.text[language], align: 'justify' },
    { kind: 'paragraph', text: l.appealSource(route.source, isoToDotted(route.validFrom)) },
  ];
  if (route.certainty === 'unconfirmed') blocks.push({ kind: 'paragraph', text: l.unconfirmed });
  return blocks;
}

/** The extract in one language: the centre, the session, the application, the decision per position, its basis. */
export async function renderDecisionExtract(
  db: DbOrTx,
  source: ExtractSource,
  language: MinutesLanguage,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const l = labels[language];
  const { session, composition, items } = await loadMinutesInput(db, source.sessionId);
  const item = items.find((i) => i.id === source.itemId);
  if (!item) throw new Error(`agenda item ${source.itemId} not in its session`);
  const centreName = language === 'kk' ? session.centre_name_kk : session.centre_name_ru;
  const employerName = language === 'kk' ? item.application.employerNameKk : item.application.employerNameRu;
  const programmeName = language === 'kk' ? item.application.programmeNameKk : item.application.programmeNameRu;
  const heldOn = kazakhstanDate(new Date(session.opened_at ?? session.scheduled_for));
  const number = item.application.number ?? '—';

  const documents = await db
    .selectFrom('signed_documents')
    .select('id')
    .where('subject_type', '=', 'commission_session')
    .where('subject_id', '=', session.id)
    .where('kind', '=', minutesKinds[language])
    .execute();
  const signatures = await listMinutesSignatures(
    db,
    documents.map((d) => d.id),
  );
  const signers = signatures.map((s) => {
    const member = composition.find((m) => m.iin === s.signer_iin);
    const at = new Date(s.signing_time);
    // The member of record, whose IIN the certificate carries (the minutes' signing checked it).
    return l.signedBy(
      member?.fullName ?? s.signer_name,
      member ? l.roles[member.role] : l.roles.member,
      maskIdentifier(s.signer_iin),
      `${kazakhstanDate(at)} ${kazakhstanTime(at)}`,
    );
  });

  const decided = item.proposal.map((p) => p.decidedJobs ?? 0);
  const jobs = decided.reduce((sum, n) => sum + n, 0);
  const positions = decided.filter((n) => n > 0).length;
  const partial = item.proposal.some((p, index) => (decided[index] ?? 0) < p.jobsAsked);

  const blocks: PdfBlock[] = [
    { kind: 'title', text: l.title(session.number, heldOn) },
    {
      kind: 'fields',
      rows: [
        [l.centre, centreName],
        [l.application, number],
        [l.employer, employerName],
        [l.bin, item.application.employerBin],
        [l.programme, programmeName],
        [l.jobsAsked, String(item.jobsAsked)],
      ],
    },
    { kind: 'heading', text: l.decisionHeading },
    {
      kind: 'paragraph',
      text:
        item.decision === 'approved'
          ? l.approved(jobs, item.jobsAsked, positions, item.proposal.length)
          : item.rejectedByVote
            ? l.rejectedByVote
            : l.rejected,
    },
    {
      kind: 'table',
      columns: [
        { title: l.columns.position, width: 3.2 },
        { title: l.columns.asked, width: 1.2, align: 'right' },
        { title: l.columns.approved, width: 1.5, align: 'right' },
        { title: l.columns.reason, width: 3.1 },
      ],
      rows: positionRows(l, item, language),
    },
  ];
  if (partial) {
    blocks.push({
      kind: 'paragraph',
      text: `${l.grounds}: ${item.rejectedByVote ? l.votedAgainst : (itemGrounds(item, language) ?? '—')}`,
    });
  }
  blocks.push(
    { kind: 'heading', text: l.basisHeading },
    { kind: 'paragraph', text: [l.basis(session.number, heldOn), ...signers].join('\n') },
  );
  if (partial) {
    const route = await findAppealRouteOn(db, dateInKazakhstan(source.decidedAt));
    blocks.push(...appealBlocks(l, route, language));
  }
  const title = l.title(session.number, heldOn);
  const bytes = await renderPdf({
    title,
    author: centreName,
    subject: title,
    language,
    createdAt: source.decidedAt,
    footer: l.footer(number, centreName),
    blocks,
  });
  const fileName = language === 'kk' ? `№ ${number} өтінім бойынша шешім.pdf` : `Решение по заявке № ${number}.pdf`;
  return { fileName, bytes };
}
