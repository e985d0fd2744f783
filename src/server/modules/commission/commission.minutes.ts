// B03-3.1 the minutes of a commission session (хаттама / протокол): one complete PDF in Kazakh and one in Russian.
import { type MinutesLanguage, positionReason, proposalGrounds, type VoteChoice } from '../../../shared/api/commission';
import type { ConclusionView } from '../../../shared/api/subsidy-review';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { tallyOfItem } from '../../../shared/commission/rules';
import { occupationName } from '../../../shared/occupations';
import type { DbOrTx } from '../../platform/db/database';
import { type PdfBlock, renderPdf } from '../../platform/documents/pdf';
import { createSignedDocument } from '../signatures';
import { findApplicationConclusion } from '../subsidy-review';
import {
  type AgendaItemDetails,
  type CompositionMember,
  excludedMemberIds,
  findSession,
  listAgendaItems,
  listSessionComposition,
  type SessionRow,
  setMinutesDocument,
} from './commission.repository';

/**
 * Two documents, not one bilingual: each is whole in its language (the state language and Russian have equal force),
 * a reader and a screen reader get one language tagged correctly, and either can be printed and signed alone.
 * Both are kept immutably as signed documents of the session; the Kazakh one is the session's minutes_document_id.
 */
export const minutesKinds: Record<MinutesLanguage, string> = { kk: 'minutes_kk', ru: 'minutes_ru' };

type Labels = {
  title: (n: number) => string;
  footer: (n: number, centre: string) => string;
  centre: string;
  date: string;
  opened: string;
  closed: string;
  place: string;
  chair: string;
  secretary: string;
  present: string;
  absent: string;
  nobody: string;
  quorum: (present: number, members: number) => string;
  roles: Record<CompositionMember['role'], string>;
  agenda: string;
  agendaText: string;
  columns: { ordinal: string; employer: string; bin: string; application: string; programme: string; jobs: string };
  considered: (ordinal: number, employer: string, bin: string, number: string) => string;
  programme: string;
  positions: string;
  jobsAsked: string;
  conflicts: string;
  conflictLine: (name: string, reason: string) => string;
  noConflicts: string;
  voteColumns: { member: string; vote: string; dissent: string };
  votes: Record<VoteChoice, string>;
  result: (forVotes: number, against: number, abstain: number) => string;
  dissentNoted: (count: number) => string;
  approved: (jobs: number, asked: number) => string;
  rejected: (reason: string) => string;
  rejectedByVote: string;
  proposal: string;
  proposalColumns: { position: string; asked: string; proposed: string; reason: string };
  proposalNo: string;
  grounds: (reason: string) => string;
  conclusion: { compliant: string; notCompliant: string; none: string; failed: string; proposedRejection: string };
  summary: string;
  summaryColumns: { decision: string; jobs: string };
  decisionWords: { approved: string; rejected: string };
  notDecided: string;
  signedTitle: string;
  signedLine: (name: string, iin: string, serial: string, at: string) => string;
  signedNote: string;
};

const labels: Record<MinutesLanguage, Labels> = {
  kk: {
    title: (n) => `Еңбек мобильділігі орталығы комиссиясы отырысының № ${n} хаттамасы`,
    footer: (n, centre) => `№ ${n} хаттама — ${centre}`,
    centre: 'Орталық',
    date: 'Отырыс күні',
    opened: 'Басталды',
    closed: 'Аяқталды',
    place: 'Өткізілген орны',
    chair: 'Комиссия төрағасы',
    secretary: 'Комиссия хатшысы',
    present: 'Қатысқан комиссия мүшелері',
    absent: 'Қатыспаған комиссия мүшелері',
    nobody: 'Жоқ',
    quorum: (present, members) =>
      `Комиссияның ${members} мүшесінің ${present} мүшесі қатысты. Кворум бар, комиссия шешім қабылдауға құқылы.`,
    roles: { chair: 'төраға', deputy_chair: 'төрағаның орынбасары', secretary: 'хатшы', member: 'комиссия мүшесі' },
    agenda: 'Күн тәртібі',
    agendaText:
      'Жұмыс берушілердің субсидияланатын жұмыс орындарын ұйымдастыруға берген өтінімдерін қарау. Қаралатын жұмыс берушілердің тізбесі:',
    columns: {
      ordinal: '№',
      employer: 'Жұмыс беруші',
      bin: 'БСН',
      application: 'Өтінім',
      programme: 'Бағдарлама',
      jobs: 'Сұралған жұмыс орындары',
    },
    considered: (ordinal, employer, bin, number) => `${ordinal}. ${employer} (БСН ${bin}), № ${number} өтінім`,
    programme: 'Бағдарлама',
    positions: 'Лауазымдар',
    jobsAsked: 'Сұралған жұмыс орындары',
    conflicts: 'Мүдделер қақтығысы',
    conflictLine: (name, reason) => `${name}: ${reason} — бұл мәселе бойынша дауыс беруге қатыспады.`,
    noConflicts: 'Мүдделер қақтығысы мәлімделмеді.',
    voteColumns: { member: 'Комиссия мүшесі', vote: 'Дауыс', dissent: 'Ерекше пікір' },
    votes: { for: 'Жақтады', against: 'Қарсы', abstain: 'Қалыс қалды' },
    result: (f, a, s) => `Дауыс беру қорытындысы: жақтады — ${f}, қарсы — ${a}, қалыс қалды — ${s}.`,
    dissentNoted: (count) => `Ерекше пікір білдірген мүшелер саны: ${count}.`,
    approved: (jobs, asked) => `ШЕШІМ: өтінім ${jobs} жұмыс орнына мақұлдансын (сұралғаны — ${asked}).`,
    rejected: (reason) => `ШЕШІМ: өтінімнен бас тартылсын. Себебі: ${reason}`,
    rejectedByVote: 'ШЕШІМ: ұсыныс қабылданбады, өтінімнен бас тартылсын. Себебі: комиссия ұсынысқа қарсы дауыс берді.',
    proposal: 'Дауысқа қойылған ұсыныс',
    proposalColumns: { position: 'Лауазым', asked: 'Сұралғаны', proposed: 'Ұсынылғаны', reason: 'Себебі' },
    proposalNo: 'бас тарту',
    grounds: (reason) => `Негіздеме: ${reason}`,
    conclusion: {
      compliant: 'Маманның қорытындысы: өтінім шарттарға сәйкес келеді.',
      notCompliant: 'Маманның қорытындысы: өтінім шарттарға сәйкес келмейді.',
      none: 'Маманның қорытындысы жоқ.',
      failed: 'Орындалмаған шарттар',
      proposedRejection: 'Маман өтінімнен бас тартуды ұсынады, себептері',
    },
    summary: 'Комиссия шешімдері',
    summaryColumns: { decision: 'Шешім', jobs: 'Мақұлданған жұмыс орындары' },
    decisionWords: { approved: 'Мақұлданды', rejected: 'Бас тартылды' },
    notDecided: 'Шешім қабылданбады',
    signedTitle: 'Электрондық цифрлық қолтаңбамен қол қойылды',
    signedLine: (name, iin, serial, at) => `${name}, ЖСН ${iin}, тіркеу куәлігі № ${serial}, ${at}`,
    signedNote: 'Бұл — хаттаманың көшірмесі. Қол қойылған түпнұсқа мен қолтаңбалар жүйеде өзгертілмейтіндей сақталады.',
  },
  ru: {
    title: (n) => `Протокол № ${n} заседания комиссии центра трудовой мобильности`,
    footer: (n, centre) => `Протокол № ${n} — ${centre}`,
    centre: 'Центр',
    date: 'Дата заседания',
    opened: 'Начало',
    closed: 'Окончание',
    place: 'Место проведения',
    chair: 'Председатель комиссии',
    secretary: 'Секретарь комиссии',
    present: 'Присутствовали члены комиссии',
    absent: 'Отсутствовали члены комиссии',
    nobody: 'Нет',
    quorum: (present, members) =>
      `Присутствуют ${present} из ${members} членов комиссии. Кворум имеется, комиссия правомочна принимать решения.`,
    roles: {
      chair: 'председатель',
      deputy_chair: 'заместитель председателя',
      secretary: 'секретарь',
      member: 'член комиссии',
    },
    agenda: 'Повестка дня',
    agendaText:
      'Рассмотрение заявок работодателей на организацию субсидируемых рабочих мест. Перечень работодателей, заявки которых рассматриваются:',
    columns: {
      ordinal: '№',
      employer: 'Работодатель',
      bin: 'БИН',
      application: 'Заявка',
      programme: 'Программа',
      jobs: 'Запрошено рабочих мест',
    },
    considered: (ordinal, employer, bin, number) => `${ordinal}. ${employer} (БИН ${bin}), заявка № ${number}`,
    programme: 'Программа',
    positions: 'Должности',
    jobsAsked: 'Запрошено рабочих мест',
    conflicts: 'Конфликт интересов',
    conflictLine: (name, reason) => `${name}: ${reason} — в голосовании по этому вопросу не участвовал(а).`,
    noConflicts: 'Конфликт интересов не заявлен.',
    voteColumns: { member: 'Член комиссии', vote: 'Голос', dissent: 'Особое мнение' },
    votes: { for: 'За', against: 'Против', abstain: 'Воздержался(ась)' },
    result: (f, a, s) => `Итоги голосования: за — ${f}, против — ${a}, воздержались — ${s}.`,
    dissentNoted: (count) => `Особое мнение высказали членов комиссии: ${count}.`,
    approved: (jobs, asked) => `РЕШЕНИЕ: заявку одобрить; количество рабочих мест — ${jobs} (запрошено — ${asked}).`,
    rejected: (reason) => `РЕШЕНИЕ: в заявке отказать. Причина: ${reason}`,
    rejectedByVote:
      'РЕШЕНИЕ: предложение не принято, в заявке отказать. Основание: комиссия проголосовала против предложения.',
    proposal: 'Предложение, поставленное на голосование',
    proposalColumns: { position: 'Должность', asked: 'Запрошено', proposed: 'Предложено', reason: 'Причина' },
    proposalNo: 'отказ',
    grounds: (reason) => `Обоснование: ${reason}`,
    conclusion: {
      compliant: 'Заключение специалиста: заявка соответствует условиям.',
      notCompliant: 'Заключение специалиста: заявка не соответствует условиям.',
      none: 'Заключения специалиста нет.',
      failed: 'Не выполнены условия',
      proposedRejection: 'Специалист предлагает отклонить заявку по причинам',
    },
    summary: 'Решения комиссии',
    summaryColumns: { decision: 'Решение', jobs: 'Одобрено рабочих мест' },
    decisionWords: { approved: 'Одобрена', rejected: 'Отказано' },
    notDecided: 'Решение не принято',
    signedTitle: 'Подписано электронной цифровой подписью',
    signedLine: (name, iin, serial, at) => `${name}, ИИН ${iin}, регистрационное свидетельство № ${serial}, ${at}`,
    signedNote: 'Это копия протокола. Подписанный оригинал и подписи хранятся в системе без возможности изменения.',
  },
};

/** dd.mm.yyyy and HH:MM in Kazakhstan's time (UTC+5), the same in both languages. */
/** A decision's grounds in the document's language, drawn from its positions; the stored text where it has none. */
export function itemGrounds(
  item: Pick<AgendaItemDetails, 'proposal' | 'reason'>,
  language: MinutesLanguage,
): string | null {
  const nameOf = (p: AgendaItemDetails['proposal'][number]) =>
    occupationName(p.occupationCode)?.[language] ?? p.occupationName;
  return proposalGrounds(item.proposal, language, nameOf) ?? item.reason;
}

export function kazakhstanDate(instant: Date): string {
  const [year, month, day] = dateInKazakhstan(instant).split('-');
  return `${day}.${month}.${year}`;
}

export function kazakhstanTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 5 * 3_600_000);
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

export type MinutesInput = {
  session: SessionRow;
  composition: CompositionMember[];
  items: AgendaItemDetails[];
  /** B03-2.2's conclusion each application travels with, by application id. */
  conclusions: ReadonlyMap<string, ConclusionView | null>;
};

/** The minutes' content as blocks for the PDF renderer; a pure function of the session as it closed. */
export function minutesBlocks(
  language: MinutesLanguage,
  { session, composition, items, conclusions }: MinutesInput,
): PdfBlock[] {
  const l = labels[language];
  const centreName = language === 'kk' ? session.centre_name_kk : session.centre_name_ru;
  const employerName = (item: AgendaItemDetails) =>
    language === 'kk' ? item.application.employerNameKk : item.application.employerNameRu;
  const programmeName = (item: AgendaItemDetails) =>
    language === 'kk' ? item.application.programmeNameKk : item.application.programmeNameRu;
  const chair = composition.find((m) => m.role === 'chair');
  const secretary = composition.find((m) => m.role === 'secretary');
  const present = composition.filter((m) => m.present === true);
  const absent = composition.filter((m) => m.present !== true);
  const memberLine = (m: CompositionMember) =>
    `${m.fullName}${m.position ? `, ${m.position}` : ''} (${l.roles[m.role]})`;
  const openedAt = session.opened_at ? new Date(session.opened_at) : null;
  const closedAt = session.closed_at ? new Date(session.closed_at) : null;

  const blocks: PdfBlock[] = [
    { kind: 'title', text: l.title(session.number) },
    {
      kind: 'fields',
      rows: [
        [l.centre, centreName],
        [l.date, kazakhstanDate(openedAt ?? new Date(session.scheduled_for))],
        [l.opened, openedAt ? kazakhstanTime(openedAt) : '—'],
        [l.closed, closedAt ? kazakhstanTime(closedAt) : '—'],
        [l.place, session.place],
        [l.chair, chair?.fullName ?? '—'],
        [l.secretary, secretary?.fullName ?? '—'],
      ],
    },
    { kind: 'heading', text: l.present },
    { kind: 'paragraph', text: present.length ? present.map(memberLine).join('\n') : l.nobody },
    { kind: 'heading', text: l.absent },
    { kind: 'paragraph', text: absent.length ? absent.map(memberLine).join('\n') : l.nobody },
    { kind: 'paragraph', text: l.quorum(present.length, composition.length) },
    { kind: 'heading', text: l.agenda },
    { kind: 'paragraph', text: l.agendaText, align: 'justify' },
    {
      kind: 'table',
      columns: [
        // Wide enough for a 12-digit BIN and an application number on one line at the table's type size.
        { title: l.columns.ordinal, width: 0.45, align: 'right' },
        { title: l.columns.employer, width: 2.4 },
        { title: l.columns.bin, width: 1.65 },
        { title: l.columns.application, width: 1.95 },
        { title: l.columns.programme, width: 2.1 },
        { title: l.columns.jobs, width: 1.45, align: 'right' },
      ],
      rows: items.map((item) => [
        String(item.ordinal),
        employerName(item),
        item.application.employerBin,
        item.application.number ?? '—',
        programmeName(item),
        String(item.jobsAsked),
      ]),
    },
  ];

  for (const item of items) {
    const tally = tallyOfItem({
      composition,
      conflictedMemberIds: excludedMemberIds(item, composition),
      votes: item.votes,
    });
    const dissents = item.votes.filter((v) => v.dissent);
    blocks.push(
      {
        kind: 'heading',
        text: l.considered(
          item.ordinal,
          employerName(item),
          item.application.employerBin,
          item.application.number ?? '—',
        ),
      },
      {
        kind: 'fields',
        rows: [
          [l.programme, programmeName(item)],
          [
            l.positions,
            item.positions.map((p) => `${p.occupationCode} ${p.occupationName} — ${p.jobs}`).join('\n') || '—',
          ],
          [l.jobsAsked, String(item.jobsAsked)],
        ],
      },
      { kind: 'paragraph', text: conclusionText(l, language, conclusions.get(item.application.id) ?? null) },
      {
        kind: 'paragraph',
        text: item.conflicts.length
          ? [`${l.conflicts}:`, ...item.conflicts.map((c) => l.conflictLine(c.memberName, c.reason))].join('\n')
          : l.noConflicts,
      },
    );
    if (item.proposal.length > 0) {
      blocks.push(
        { kind: 'paragraph', text: `${l.proposal}:` },
        {
          kind: 'table',
          columns: [
            { title: l.proposalColumns.position, width: 3.2 },
            { title: l.proposalColumns.asked, width: 1.2, align: 'right' },
            { title: l.proposalColumns.proposed, width: 1.3, align: 'right' },
            { title: l.proposalColumns.reason, width: 3.3 },
          ],
          rows: item.proposal.map((p) => [
            `${p.ordinal}. ${p.occupationCode} ${occupationName(p.occupationCode)?.[language] ?? p.occupationName}`,
            String(p.jobsAsked),
            p.approved ? String(p.approvedJobs) : `0 (${l.proposalNo})`,
            positionReason(p, language) ?? '—',
          ]),
        },
      );
    }
    if (item.votes.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [
          { title: l.voteColumns.member, width: 3 },
          { title: l.voteColumns.vote, width: 1.4 },
          { title: l.voteColumns.dissent, width: 4 },
        ],
        rows: item.votes.map((v) => [v.memberName, l.votes[v.vote], v.dissent ?? '—']),
      });
    }
    blocks.push({ kind: 'paragraph', text: l.result(tally.for, tally.against, tally.abstain) });
    if (dissents.length > 0) blocks.push({ kind: 'paragraph', text: l.dissentNoted(dissents.length) });
    const grounds = itemGrounds(item, language);
    if (item.decision === 'approved') {
      blocks.push({ kind: 'paragraph', text: l.approved(item.approvedJobs ?? 0, item.jobsAsked) });
      if (grounds) blocks.push({ kind: 'paragraph', text: l.grounds(grounds) });
    } else if (item.decision === 'rejected' && item.rejectedByVote) {
      blocks.push({ kind: 'paragraph', text: l.rejectedByVote });
    } else if (item.decision === 'rejected') {
      blocks.push({ kind: 'paragraph', text: l.rejected(grounds ?? '') });
    } else {
      blocks.push({ kind: 'paragraph', text: l.notDecided });
    }
  }

  blocks.push(
    { kind: 'heading', text: l.summary },
    {
      kind: 'table',
      columns: [
        { title: l.columns.ordinal, width: 0.45, align: 'right' },
        { title: l.columns.employer, width: 3 },
        { title: l.columns.application, width: 1.95 },
        { title: l.summaryColumns.decision, width: 1.6 },
        { title: l.summaryColumns.jobs, width: 1.4, align: 'right' },
      ],
      rows: items.map((item) => [
        String(item.ordinal),
        employerName(item),
        item.application.number ?? '—',
        item.decision ? l.decisionWords[item.decision] : l.notDecided,
        item.decision === 'approved' ? String(item.approvedJobs ?? 0) : '—',
      ]),
    },
    {
      kind: 'signatures',
      rows: [
        { role: l.chair, name: chair?.fullName ?? '' },
        { role: l.secretary, name: secretary?.fullName ?? '' },
      ],
    },
  );
  return blocks;
}

/** The review's conclusion in the document's language: the failed conditions by their names in it, and the proposal. */
function conclusionText(l: Labels, language: MinutesLanguage, conclusion: ConclusionView | null): string {
  if (!conclusion) return l.conclusion.none;
  const lines = [conclusion.outcome === 'compliant' ? l.conclusion.compliant : l.conclusion.notCompliant];
  if (conclusion.failedItems.length > 0) {
    lines.push(`${l.conclusion.failed}: ${conclusion.failedItems.map((f) => f.label[language]).join('; ')}.`);
  }
  if (conclusion.proposedRejection && conclusion.proposedRejection.reasons.length > 0) {
    lines.push(`${l.conclusion.proposedRejection}: ${conclusion.proposedRejection.reasons.join('; ')}`);
  }
  return lines.join('\n');
}

/** Each agenda application's conclusion, read for the minutes. */
export async function loadConclusions(db: DbOrTx, items: readonly AgendaItemDetails[]) {
  const entries = await Promise.all(
    items.map(async (i) => [i.application.id, await findApplicationConclusion(db, i.application.id)] as const),
  );
  return new Map(entries);
}

export type MinutesSigner = { name: string; iinMasked: string; certificateSerial: string; signedAt: Date };

/** The stamp a signed copy carries: who signed this language, with which certificate, when (Kazakhstan time). */
export function signatureBlocks(language: MinutesLanguage, signers: readonly MinutesSigner[]): PdfBlock[] {
  const l = labels[language];
  if (signers.length === 0) return [];
  return [
    { kind: 'heading', text: l.signedTitle },
    {
      kind: 'paragraph',
      text: signers
        .map((s) =>
          l.signedLine(
            s.name,
            s.iinMasked,
            s.certificateSerial,
            `${kazakhstanDate(s.signedAt)} ${kazakhstanTime(s.signedAt)}`,
          ),
        )
        .join('\n'),
    },
    { kind: 'paragraph', text: l.signedNote },
  ];
}

export async function renderMinutes(
  language: MinutesLanguage,
  input: MinutesInput,
  now: Date,
  signers: readonly MinutesSigner[] = [],
): Promise<Uint8Array> {
  const l = labels[language];
  const centreName = language === 'kk' ? input.session.centre_name_kk : input.session.centre_name_ru;
  return renderPdf({
    title: l.title(input.session.number),
    author: centreName,
    subject: l.title(input.session.number),
    language,
    createdAt: now,
    footer: l.footer(input.session.number, centreName),
    blocks: [...minutesBlocks(language, input), ...signatureBlocks(language, signers)],
  });
}

/** The minutes as they closed, read again from the session: what a signed copy is rendered from. */
export async function loadMinutesInput(db: DbOrTx, sessionId: string): Promise<MinutesInput> {
  const session = await findSession(db, sessionId);
  if (!session) throw new Error(`session ${sessionId} not found`);
  const composition = await listSessionComposition(db, {
    id: session.id,
    centreId: session.centre_id,
    status: session.status,
  });
  const items = (await listAgendaItems(db, session.id)).filter((item) => item.removal === null);
  return { session, composition, items, conclusions: await loadConclusions(db, items) };
}

/** Renders both languages and keeps them immutably (signed_documents refuses UPDATE and DELETE). */
export async function generateSessionMinutes(
  tx: DbOrTx,
  { sessionId, createdBy, now }: { sessionId: string; createdBy: string | null; now: Date },
): Promise<Record<MinutesLanguage, string>> {
  const session = await findSession(tx, sessionId);
  if (!session) throw new Error(`session ${sessionId} vanished while closing`);
  const composition = await listSessionComposition(tx, {
    id: session.id,
    centreId: session.centre_id,
    status: session.status,
  });
  const items = (await listAgendaItems(tx, session.id)).filter((item) => item.removal === null);
  const input = { session, composition, items, conclusions: await loadConclusions(tx, items) };
  const ids = {} as Record<MinutesLanguage, string>;
  for (const language of ['kk', 'ru'] as const) {
    const document = await createSignedDocument(tx, {
      subjectType: 'commission_session',
      subjectId: session.id,
      kind: minutesKinds[language],
      content: await renderMinutes(language, input, now),
      mediaType: 'application/pdf',
      createdBy,
      now,
    });
    ids[language] = document.id;
  }
  await setMinutesDocument(tx, session.id, ids.kk);
  return ids;
}
