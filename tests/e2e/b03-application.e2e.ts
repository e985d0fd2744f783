// ФК-В.03 steps 1–3.2 in Chromium, once in Russian and once in Kazakh: an employer fills in an application, passes the
// registries' check, signs it with its test certificate and sends it; the centre's specialist reviews it and returns it
// with a remark; the employer corrects and re-signs it; its first commission session is cancelled for want of a quorum
// and it moves to the next; there the secretary records, the chair opens and closes, both sign the minutes with
// personal ЭЦП, the specialist enters the approval; the employer reads the decision.

import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousA11yViolations } from './support/browser';
import {
  chooseDistrict,
  escapeRegExp,
  eventually,
  firstOfNextMonth,
  type Language,
  mainHeading,
  shownText,
  signIn,
  signWithTestKey,
  wholeLabel,
} from './support/journeys';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What a person reads on the screens of this journey, in each interface language. */
const words = {
  ru: {
    // The employer's application (subsidy.json) and the signing window (signatures.json).
    newApplication: 'Новая заявка',
    programme: 'Программа субсидирования',
    centre: 'Центр трудовой мобильности (ЦТМ / КЦ)',
    create: 'Создать заявку',
    headPosition: 'Должность руководителя',
    saveAndContinue: 'Сохранить и продолжить',
    addPosition: 'Добавить рабочее место',
    position1: 'Рабочее место 1',
    occupation: 'Профессия (НКЗ)',
    jobs: 'Количество рабочих мест',
    wage: 'Заработная плата в месяц, ₸',
    plannedStartDate: 'Планируемая дата начала работ',
    workplace: 'Место работы',
    district: 'Район',
    // Shown with a narrow no-break space between thousands; shownText and getByText read it as a space.
    wageBelowMzp: 'Заработная плата не может быть ниже минимальной (МЗП): 85 000 тенге в месяц.',
    runCheck: 'Запустить проверку',
    eligible: 'Организация соответствует условиям',
    byCentre: 'Проверит центр: Обязательства по прежним договорам о субсидируемых рабочих местах выполнены',
    toSigning: 'Перейти к подписанию',
    prepare: 'Сформировать документ для подписи',
    signAndSend: 'Подписать и отправить',
    signDialog: 'Подпишите заявку на субсидируемые рабочие места',
    sentTitle: (number: string) => `Заявка № ${number} отправлена`,
    remarkAbout: 'К разделу: Заработная плата',
    whatChanged: 'Что изменилось по сравнению с редакцией 1',
    wageChange: (before: string, after: string) =>
      `Рабочее место 1 · Заработная плата в месяц, ₸ изменено Было: ${before} Стало: ${after}`,
    approvedTitle: 'Заявка одобрена',
    approvedJobs: (jobs: number, asked: number) =>
      jobs < asked ? `Одобрено рабочих мест: ${jobs} из ${asked} запрошенных.` : `Одобрено рабочих мест: ${jobs}.`,
    inboxTitle: 'Входящие',
    approvedNotice: (number: string) => `Заявка ${number} одобрена`,
    approvedNoticeJobs: (jobs: number) => `Количество одобренных рабочих мест: ${jobs}.`,
    // The centre's review (review.json).
    queueTitle: 'Заявки работодателей на субсидируемые рабочие места',
    reviewTitle: (number: string) => `Заявка ${number}`,
    startReview: 'Взять в работу',
    assess: 'Сформировать',
    manualItem: 'Документы и сведения заявки согласуются',
    passed: 'Выполнено',
    note: 'Примечание',
    saveItem: 'Сохранить',
    itemSaved: 'Сохранено.',
    remarkField: 'Замечание 1: к чему относится',
    remarkText: 'Замечание 1: текст',
    wageSection: 'Заработная плата',
    returnToEmployer: 'Вернуть работодателю',
    channel: 'Способ',
    inPerson: 'Лично',
    topic: 'Тема',
    summary: 'Содержание',
    logConsultation: 'Записать',
    consultationSaved: 'Консультация записана.',
    staffChanges: 'Изменения относительно редакции 1',
    reassess: 'Сформировать заново',
    drawConclusion: 'Сформировать заключение',
    notCompliant: 'Не соответствует условиям',
    targetGroupItem: 'Есть соискатели целевой группы — позиция 1',
    // The commission (commission.json).
    sessionsTitle: 'Заседания комиссии',
    scheduledFor: 'Дата и время заседания',
    place: 'Место проведения',
    plan: 'Запланировать',
    sessionTitle: 'Заседание комиссии № 1',
    nextSessionTitle: 'Заседание комиссии № 2',
    cancelSession: 'Отменить заседание',
    cancelReason: 'Причина отмены',
    cancelDo: 'Да, отменить заседание',
    cancelledTitle: 'Заседание не состоялось',
    reasonNoQuorum: 'Нет кворума: из пяти членов комиссии пришли двое.',
    openDo: 'Да, открыть',
    closeDo: 'Да, закрыть и сформировать протокол',
    enterDo: 'Да, внести и направить',
    signMinutes: { kk: 'Подписать протокол на казахском', ru: 'Подписать протокол на русском' },
    signMinutesDialog: { kk: 'Подпись протокола на казахском языке', ru: 'Подпись протокола на русском языке' },
    sendToCommission: 'Направить на комиссию (выбрано: 1)',
    quorum: 'Присутствуют 4 из 5; для кворума нужно не меньше 3.',
    openSession: 'Открыть заседание',
    voteFor: 'За',
    tally: 'За — 4, против — 0, воздержались — 0.',
    outcomeApproved: 'Итог голосования: одобрить.',
    approvedJobsField: 'Одобрено рабочих мест',
    proposalReason: 'Причина (меньше мест, чем запрошено, или отказ)',
    saveProposal: 'Сохранить предложение',
    approvePosition: 'Одобрить эту должность',
    extractTitle: 'Выписка из протокола №',
    extractAppeal: 'Порядок обжалования',
    extractUnconfirmed: 'Не подтверждено',
    recordDecision: 'Записать решение',
    recordDo: 'Да, записать решение',
    proposalSummary: (jobs: number, asked: number) => `1 из 1 должности, ${jobs} из ${asked} рабочих мест`,
    decisionSummary: (jobs: number, asked: number) => `1 из 1 должности, ${jobs} из ${asked} рабочих мест`,
    closeSession: 'Закрыть заседание и сформировать протокол',
    minutes: 'Протокол на русском (PDF)',
    enterAll: 'Внести все решения (1)',
    delivered: 'Решение внесено и направлено работодателю: в личный кабинет, во входящие и на электронную почту.',
  },
  kk: {
    newApplication: 'Жаңа өтінім',
    programme: 'Субсидиялау бағдарламасы',
    centre: 'Еңбек мобильділігі орталығы (ЕМО / МО)',
    create: 'Өтінім жасау',
    headPosition: 'Басшының лауазымы',
    saveAndContinue: 'Сақтап, жалғастыру',
    addPosition: 'Жұмыс орнын қосу',
    position1: '1-жұмыс орны',
    occupation: 'Кәсіп',
    jobs: 'Жұмыс орындарының саны',
    wage: 'Айлық жалақы, ₸',
    plannedStartDate: 'Жұмыстың жоспарланған басталу күні',
    workplace: 'Жұмыс орны (мекенжайы)',
    district: 'Аудан',
    wageBelowMzp: 'Жалақы ең төменгі жалақыдан (ЕТЖ) төмен болмауы керек: айына 85 000 теңге.',
    runCheck: 'Тексеруді бастау',
    eligible: 'Ұйым шарттарға сәйкес келеді',
    byCentre: 'Орталық тексереді: Бұрынғы субсидияланатын жұмыс орындары шарттары бойынша міндеттемелер орындалған',
    toSigning: 'Қол қоюға өту',
    prepare: 'Қол қоюға құжат қалыптастыру',
    signAndSend: 'Қол қойып, жіберу',
    signDialog: 'Субсидияланатын жұмыс орындарына өтінімге қол қойыңыз',
    sentTitle: (number: string) => `№ ${number} өтінім жіберілді`,
    remarkAbout: 'Бөлім: Жалақы',
    whatChanged: '1-редакциямен салыстырғанда не өзгерді',
    wageChange: (before: string, after: string) =>
      `1-жұмыс орны · Айлық жалақы, ₸ өзгертілді Бұрын: ${before} Қазір: ${after}`,
    approvedTitle: 'Өтінім мақұлданды',
    approvedJobs: (jobs: number, asked: number) =>
      jobs < asked
        ? `Мақұлданған жұмыс орындары: сұралған ${asked} орынның ${jobs}.`
        : `Мақұлданған жұмыс орындары: ${jobs}.`,
    inboxTitle: 'Кіріс хабарлар',
    approvedNotice: (number: string) => `${number} өтінімі мақұлданды`,
    approvedNoticeJobs: (jobs: number) => `Мақұлданған жұмыс орындарының саны: ${jobs}.`,
    queueTitle: 'Жұмыс берушілердің субсидияланатын жұмыс орындарына өтінімдері',
    reviewTitle: (number: string) => `${number} өтінімі`,
    startReview: 'Жұмысқа алу',
    assess: 'Қалыптастыру',
    manualItem: 'Өтінімнің құжаттары мен мәліметтері бір-біріне сәйкес',
    passed: 'Орындалды',
    note: 'Ескертпе',
    saveItem: 'Сақтау',
    itemSaved: 'Сақталды.',
    remarkField: '1-ескерту: неге қатысты',
    remarkText: '1-ескерту: мәтіні',
    wageSection: 'Жалақы',
    returnToEmployer: 'Жұмыс берушіге қайтару',
    channel: 'Тәсілі',
    inPerson: 'Жеке кездесу',
    topic: 'Тақырыбы',
    summary: 'Мазмұны',
    logConsultation: 'Жазу',
    consultationSaved: 'Кеңес жазылды.',
    staffChanges: '1-редакциямен салыстырғандағы өзгерістер',
    reassess: 'Қайта қалыптастыру',
    drawConclusion: 'Қорытынды жасау',
    notCompliant: 'Талаптарға сәйкес келмейді',
    targetGroupItem: 'Нысаналы топтағы ізденушілер бар — 1-позиция',
    sessionsTitle: 'Комиссия отырыстары',
    scheduledFor: 'Отырыстың күні мен уақыты',
    place: 'Өткізілетін орны',
    plan: 'Жоспарлау',
    sessionTitle: 'Комиссияның № 1 отырысы',
    nextSessionTitle: 'Комиссияның № 2 отырысы',
    cancelSession: 'Отырысты болдырмау',
    cancelReason: 'Болдырмау себебі',
    cancelDo: 'Иә, отырысты болдырмау',
    cancelledTitle: 'Отырыс өткізілмеді',
    reasonNoQuorum: 'Кворум жоқ: комиссияның бес мүшесінің екеуі ғана келді.',
    openDo: 'Иә, ашу',
    closeDo: 'Иә, жабу және хаттама жасау',
    enterDo: 'Иә, енгізу және жіберу',
    signMinutes: { kk: 'Қазақ тіліндегі хаттамаға қол қою', ru: 'Орыс тіліндегі хаттамаға қол қою' },
    signMinutesDialog: { kk: 'Қазақ тіліндегі хаттамаға қол қою', ru: 'Орыс тіліндегі хаттамаға қол қою' },
    sendToCommission: 'Комиссияға жіберу (таңдалды: 1)',
    quorum: '5 мүшенің 4 мүшесі қатысып отыр; кворум үшін кемінде 3 мүше қажет.',
    openSession: 'Отырысты ашу',
    voteFor: 'Жақтады',
    tally: 'Жақтады — 4, қарсы — 0, қалыс қалды — 0.',
    outcomeApproved: 'Дауыс беру қорытындысы: мақұлдау.',
    approvedJobsField: 'Мақұлданған жұмыс орындары',
    proposalReason: 'Себебі (сұралғаннан аз немесе бас тарту)',
    saveProposal: 'Ұсынысты сақтау',
    approvePosition: 'Осы лауазымды мақұлдау',
    extractTitle: 'хаттамасынан үзінді',
    extractAppeal: 'Шағым жасау тәртібі',
    extractUnconfirmed: 'Расталмаған',
    recordDecision: 'Шешімді жазу',
    recordDo: 'Иә, шешімді жазу',
    proposalSummary: (jobs: number, asked: number) => `1 лауазымның 1, ${asked} жұмыс орнының ${jobs}`,
    decisionSummary: (jobs: number, asked: number) => `1 лауазымның 1, ${asked} жұмыс орнының ${jobs}`,
    closeSession: 'Отырысты жабу және хаттама жасау',
    minutes: 'Хаттама қазақ тілінде (PDF)',
    enterAll: 'Барлық шешімді енгізу (1)',
    delivered:
      'Шешім енгізіліп, жұмыс берушіге жіберілді: жеке кабинетке, кіріс хабарламаларына және электрондық поштаға.',
  },
} as const;

type Words = (typeof words)[keyof typeof words];

/** One walk through the process: who acts, where, and what they enter. */
type Journey = {
  language: 'ru' | 'kk';
  employer: { login: string; nameRu: string; nameKk: string; width: number };
  centre: { nameRu: string; nameKk: string };
  specialist: string;
  /** The centre's head chairs the commission; the employment-assistance specialist is its secretary. */
  chair: string;
  secretary: string;
  programme: { ru: string; kk: string };
  occupation: string;
  jobs: number;
  wage: { first: number; corrected: number };
  /** The state's monthly subsidy per job at each wage, computed by hand from the programme's formula. */
  subsidy: { first: number; corrected: number };
  workplace: string;
  /** What the employer types in the district picker, and the КАТО name it chooses. */
  district: { typed: string; shown: string };
  remark: string;
  consultation: { topic: string; summary: string };
  approvedJobs: number;
  /** Why the secretary proposes fewer jobs than asked. */
  proposalReason: string;
};

/** Tenge as the pages write it: digit groups and the sign after a narrow no-break space, read back as plain spaces. */
function tenge(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ₸`;
}

/** The first day of next month in Kazakhstan (UTC+5), YYYY-MM-DD: a planned start the server accepts. */
/** Opens a Mantine select by its label and picks the option a person would click. */
async function choose(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope.getByRole('textbox', { name: wholeLabel(label) }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Prepares the document and signs it in the signing window with the test signer and the user's .p12, as a person would. */
async function signAndSend(page: Page, w: Words, language: Language, login: string) {
  const panel = page.locator('[data-step-panel="B03-1.4"]');
  await panel.getByRole('button', { name: w.prepare }).click();
  await panel.getByRole('button', { name: w.signAndSend }).click();
  const dialog = page.getByRole('dialog', { name: w.signDialog });
  await signWithTestKey(page, dialog, { key: login, language });
  await page.locator('[data-submitted-number]').waitFor({ timeout: 20_000 });
  await eventually(() => page.getByRole('dialog').count()).toBe(0);
}

function walkThrough(journey: Journey) {
  const { language } = journey;
  const w: Words = words[language];
  const employerName = language === 'kk' ? journey.employer.nameKk : journey.employer.nameRu;
  const centreName = language === 'kk' ? journey.centre.nameKk : journey.centre.nameRu;
  let employer: Page;
  let specialist: Page;
  let chair: Page;
  let secretary: Page;
  let applicationId = '';
  let number = '';

  const applicationPage = () => employer.locator(`[data-application-id="${applicationId}"]`);
  const reviewPage = () => specialist.locator(`[data-application-id="${applicationId}"][data-status]`).first();

  /** The specialist plans a session for today at the given time and lands on its page; its address is returned. */
  const planSession = async (page: Page, time: string, title: string) => {
    await page.goto('/commission');
    await eventually(() => mainHeading(page)).toBe(w.sessionsTitle);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel(wholeLabel(w.scheduledFor)).fill(`${today}T${time}`);
    await page
      .getByLabel(wholeLabel(w.place))
      .fill(language === 'kk' ? 'Орталықтың мәжіліс залы' : 'Зал заседаний центра');
    await page.getByRole('button', { name: w.plan, exact: true }).click();
    await page.waitForURL((url) => /^\/commission\/sessions\/[0-9a-f-]{36}$/.test(url.pathname));
    await eventually(() => mainHeading(page)).toBe(title);
    return page.url();
  };

  // The steps build on one another: once one fails, the rest are skipped rather than each waiting out its timeouts.
  let broken = false;
  const step = (name: string, walk: () => Promise<void>) =>
    it(name, async (context) => {
      if (broken) context.skip();
      try {
        await walk();
      } catch (error) {
        broken = true;
        throw error;
      }
    });

  beforeAll(async () => {
    employer = await openPage(browser, { language, width: journey.employer.width });
    specialist = await openPage(browser, { language, width: 1280 });
    await signIn(employer, journey.employer.login, { language });
    await signIn(specialist, journey.specialist, { language });
    chair = await openPage(browser, { language, width: 1280 });
    secretary = await openPage(browser, { language, width: 1280 });
    await signIn(chair, journey.chair, { language });
    await signIn(secretary, journey.secretary, { language });
  });

  afterAll(async () => {
    await employer?.context().close();
    await specialist?.context().close();
    await chair?.context().close();
    await secretary?.context().close();
  });

  step(
    'B03-1.1 B03-1.2 B03-1.3 B03-1.4 the employer fills in the application, is stopped by a wage under the МЗП beside the field, passes the check, signs with ЭЦП and sends it',
    async () => {
      const page = employer;
      await page.goto('/employer/applications');
      await page.getByRole('button', { name: w.newApplication }).click();
      const dialog = page.getByRole('dialog', { name: w.newApplication });
      await choose(page, dialog, w.programme, journey.programme[language]);
      // The centre of the employer's own region is offered first.
      expect(await dialog.getByRole('textbox', { name: wholeLabel(w.centre) }).inputValue()).toBe(centreName);
      await dialog.getByRole('button', { name: w.create }).click();
      await page.waitForURL((url) => /^\/employer\/applications\/[0-9a-f-]{36}$/.test(url.pathname));
      applicationId = new URL(page.url()).pathname.split('/').pop()!;

      // B03-1.1: the organisation's saved requisites come into the new application, so it opens on the form; the
      // employer goes back to them, checks them, changes one and saves.
      await page.locator('[data-step-panel="B03-1.2"]').waitFor();
      expect(await page.locator('[data-step-id="B03-1.1"]').getAttribute('data-step-done')).toBe('true');
      await page.locator('[data-step-id="B03-1.1"]').click();
      let panel = page.locator('[data-step-panel="B03-1.1"]');
      await panel.locator('[data-requisites-origin="application"]').waitFor();
      await panel.locator('[data-iban-valid]').waitFor();
      await panel
        .getByLabel(wholeLabel(w.headPosition))
        .fill(language === 'kk' ? 'Бас директор' : 'Генеральный директор');
      await panel.getByRole('button', { name: w.saveAndContinue }).click();

      // B03-1.2: the planned start, the first day of next month; a position; a wage under the МЗП is refused by the
      // server, with its message beside the wage field.
      panel = page.locator('[data-step-panel="B03-1.2"]');
      await panel.getByLabel(wholeLabel(w.plannedStartDate)).fill(firstOfNextMonth());
      await panel.getByRole('button', { name: w.addPosition }).click();
      const job = panel.getByRole('region', { name: w.position1 });
      await job.getByRole('textbox', { name: wholeLabel(w.occupation) }).fill(journey.occupation);
      await page.getByRole('option', { name: new RegExp(`^${journey.occupation} — `) }).click();
      await job.getByLabel(wholeLabel(w.jobs)).fill(String(journey.jobs));
      await job.getByLabel(wholeLabel(w.workplace)).fill(journey.workplace);
      await chooseDistrict(page, job, w.district, journey.district);
      const wage = job.getByLabel(wholeLabel(w.wage));
      await wage.fill('70000');
      await panel.locator('[data-autosave="failed"]').waitFor({ timeout: 15_000 });
      await job.getByText(w.wageBelowMzp, { exact: true }).waitFor();
      expect(await wage.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await wage.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
      expect(await shownText(page.locator(`[id="${errorId}"]`))).toBe(w.wageBelowMzp);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await wage.fill(String(journey.wage.first));
      await panel.locator('[data-autosave="saved"]').waitFor({ timeout: 15_000 });
      expect(await job.getByText(w.wageBelowMzp).count()).toBe(0);
      expect(await wage.getAttribute('aria-invalid')).not.toBe('true');
      await job.locator(`[data-monthly-subsidy="${journey.subsidy.first}"]`).waitFor();
      // Before signing the figures by year are live, at today's МРП/МЗП.
      await panel.locator('[data-figures="live"]').waitFor();
      await panel.getByRole('button', { name: w.saveAndContinue }).click();

      // B03-1.3: the registries' simulator finds the employer clean.
      panel = page.locator('[data-step-panel="B03-1.3"]');
      await panel.getByRole('button', { name: w.runCheck }).click();
      const result = panel.locator('[data-check-result]');
      await result.waitFor({ timeout: 30_000 });
      expect(await result.getAttribute('data-check-result')).toBe('eligible');
      expect(await shownText(result)).toContain(w.eligible);
      expect(await result.locator('[data-passed="false"]').count()).toBe(0);
      expect(await result.locator('[data-passed="true"]').count()).toBeGreaterThanOrEqual(5);
      // Condition 7 no registry answers: shown as the centre's to check, not hidden, and not blocking.
      expect(await shownText(result.locator('[data-condition-by-centre="earlier_contracts_fulfilled"]'))).toContain(
        w.byCentre,
      );
      await panel.getByRole('button', { name: w.toSigning }).click();

      // B03-1.4: signed with the employer's test certificate and sent to the centre with a number.
      await signAndSend(page, w, language, journey.employer.login);
      const sent = page.locator('[data-submitted-number]');
      number = (await sent.getAttribute('data-submitted-number')) ?? '';
      expect(number).toMatch(/\S/);
      expect(await shownText(sent)).toContain(w.sentTitle(number));
      expect(await shownText(sent)).toContain(centreName);
      expect(await page.locator('[data-step-id="B03-1.4"]').getAttribute('data-step-done')).toBe('true');
      // Once sent, the page shows the figures as signed, not recomputed.
      await page.locator('[data-figures="signed"]').waitFor();
      expect(await applicationPage().count()).toBe(1);
      expect(await seriousA11yViolations(page)).toEqual([]);
    },
  );

  step(
    'B03-2.1 B03-2.2 B03-2.3 B03-2.4 the specialist finds it in the queue, takes it, forms demand and supply, records a manual check, returns it with a remark and logs a consultation',
    async () => {
      const page = specialist;
      await page.goto('/staff/applications');
      await eventually(() => mainHeading(page)).toBe(w.queueTitle);
      const row = page.locator(`[data-application-id="${applicationId}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('submitted');
      expect(await shownText(row)).toContain(employerName);
      await row.getByRole('link', { name: number }).click();
      await eventually(() => mainHeading(page)).toBe(w.reviewTitle(number));
      expect(await reviewPage().getAttribute('data-status')).toBe('submitted');

      await page.getByRole('button', { name: w.startReview }).click();
      await eventually(() => reviewPage().getAttribute('data-status')).toBe('under_review');

      // B03-2.1: the position against the centre's registered seekers, counted.
      const demandSupply = page.locator('section[data-step-id="B03-2.1"]');
      await demandSupply.getByRole('button', { name: w.assess, exact: true }).click();
      const positionRow = demandSupply.locator('tr[data-position="1"]');
      await positionRow.waitFor();
      expect(await shownText(positionRow)).toContain(journey.district.shown);

      // B03-2.2: the specialist's own check, with a note.
      const compliance = page.locator('section[data-step-id="B03-2.2"]');
      const item = compliance.locator('li[data-compliance-item]').filter({ hasText: w.manualItem });
      await item.getByRole('radio', { name: w.passed, exact: true }).check();
      await item
        .getByLabel(w.note)
        .fill(language === 'kk' ? 'БСН мен басшы тізілімге сәйкес.' : 'БИН и руководитель совпадают с реестром.');
      await item.getByRole('button', { name: w.saveItem }).click();
      await item.getByText(w.itemSaved).waitFor();
      await eventually(() => item.getAttribute('data-result')).toBe('passed');

      // B03-2.3: back to the employer with a remark on the wage.
      const remarks = page.locator('section[data-step-id="B03-2.3"]');
      await choose(page, remarks, w.remarkField, w.wageSection);
      await remarks.getByLabel(wholeLabel(w.remarkText)).fill(journey.remark);
      await remarks.getByRole('button', { name: w.returnToEmployer }).click();
      await eventually(() => reviewPage().getAttribute('data-status')).toBe('returned');
      const remark = remarks.locator('li[data-remark-id]');
      expect(await shownText(remark)).toContain(journey.remark);

      // B03-2.4: the consultation given in person while the application is with the employer.
      const consultations = page.locator('section[data-step-id="B03-2.4"]');
      await choose(page, consultations, w.channel, w.inPerson);
      await consultations.getByLabel(wholeLabel(w.topic)).fill(journey.consultation.topic);
      await consultations.getByLabel(wholeLabel(w.summary)).fill(journey.consultation.summary);
      await consultations.getByRole('button', { name: w.logConsultation, exact: true }).click();
      await consultations.getByText(w.consultationSaved).waitFor();
      const consultation = consultations.locator('li[data-consultation-id]');
      expect(await shownText(consultation)).toContain(journey.consultation.topic);
      expect(await shownText(consultation)).toContain(w.inPerson);
      expect(await seriousA11yViolations(page)).toEqual([]);
    },
  );

  step(
    'B03-2.3 B03-2.4 B03-1.2 B03-1.4 the employer reads the remark and the consultation, corrects the wage and re-signs: revision 2 shows what changed',
    async () => {
      const page = employer;
      await page.goto(`/employer/applications/${applicationId}`);
      const current = page.locator('[data-remarks="current"]');
      await current.waitFor();
      expect(await shownText(current.locator('[data-remark-id]'))).toContain(journey.remark);
      expect(await shownText(current.locator('[data-remark-id]'))).toContain(w.remarkAbout);
      const consultation = page.locator('[data-consultation-id]');
      expect(await shownText(consultation)).toContain(journey.consultation.topic);
      expect(await shownText(consultation)).toContain(journey.consultation.summary);

      // A returned application opens on its form, where the wage is corrected.
      const panel = page.locator('[data-step-panel="B03-1.2"]');
      const job = panel.getByRole('region', { name: w.position1 });
      const wage = job.getByLabel(wholeLabel(w.wage));
      await wage.fill(String(journey.wage.corrected));
      await panel.locator('[data-autosave="saved"]').waitFor({ timeout: 15_000 });
      await job.locator(`[data-monthly-subsidy="${journey.subsidy.corrected}"]`).waitFor();
      await panel.getByRole('button', { name: w.saveAndContinue }).click();

      // The check made before the first signing still holds (it is valid for a day): no need to run it again.
      const check = page.locator('[data-step-panel="B03-1.3"]');
      expect(await check.locator('[data-check-result]').getAttribute('data-check-result')).toBe('eligible');
      await check.getByRole('button', { name: w.toSigning }).click();
      await signAndSend(page, w, language, journey.employer.login);
      expect(await page.locator('[data-submitted-number]').getAttribute('data-submitted-number')).toBe(number);
      expect(await page.locator('[data-remarks="current"]').count()).toBe(0);

      const revision2 = page.locator('[data-revisions] [data-revision="2"]');
      await revision2.getByRole('button', { name: w.whatChanged }).click();
      const change = revision2.locator('[data-revision-diff="1-2"] [data-change-path="positions.0.monthlyWage"]');
      expect(await shownText(change)).toBe(w.wageChange(tenge(journey.wage.first), tenge(journey.wage.corrected)));
      expect(await page.locator('[data-revisions] [data-revision="1"]').count()).toBe(1);
    },
  );

  step(
    'B03-2.5 B03-3.1 the specialist puts it before the commission; a session without quorum is cancelled and it moves to the next, where the secretary records the votes, the chair opens and closes, both sign the minutes with ЭЦП and the decision is entered',
    async () => {
      const page = specialist;
      await page.goto(`/staff/applications/${applicationId}`);
      await eventually(() => reviewPage().getAttribute('data-status')).toBe('submitted');
      // The specialist sees what the employer changed in revision 2, in the same words, before taking it again.
      const revision2 = page.locator('li[data-revision="2"]');
      await revision2.getByRole('button', { name: w.staffChanges }).click();
      const change = revision2.locator('[data-revision-diff="1-2"] [data-change-path="positions.0.monthlyWage"]');
      expect(await shownText(change)).toBe(w.wageChange(tenge(journey.wage.first), tenge(journey.wage.corrected)));
      await page.getByRole('button', { name: w.startReview }).click();
      await eventually(() => reviewPage().getAttribute('data-status')).toBe('under_review');

      // B03-2.1 again for revision 2, then B03-2.2's conclusion, without which B03-2.5 refuses: no seeker of the target
      // group is registered for the position, so "not compliant", naming that item; it goes to the commission with it.
      const demandSupply = page.locator('section[data-step-id="B03-2.1"]');
      await demandSupply.getByRole('button', { name: w.reassess, exact: true }).click();
      const compliance = page.locator('section[data-step-id="B03-2.2"]');
      await compliance.locator('[data-compliance-item="target_group_available.1"][data-result="failed"]').waitFor();
      await compliance.getByRole('button', { name: w.drawConclusion }).click();
      const conclusion = compliance.locator('[data-conclusion="not_compliant"]');
      await conclusion.waitFor();
      expect(await shownText(conclusion)).toContain(w.notCompliant);
      expect(await shownText(conclusion.locator('[data-failed-item]'))).toBe(w.targetGroupItem);

      const sessionUrl = await planSession(page, '15:00', w.sessionTitle);

      // B03-2.5: the employer and its application go on the agenda.
      let agenda = page.locator('section[data-step-id="B03-2.5"]');
      await agenda.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(number)} — `) }).check();
      await agenda.getByRole('button', { name: w.sendToCommission }).click();
      const agendaRow = agenda.locator(`tr[data-application-id="${applicationId}"]`);
      await agendaRow.waitFor();
      expect(await shownText(agendaRow)).toContain(employerName);

      // Two of five come: no quorum. The session is cancelled with its reason, after a confirmation saying what follows.
      await page.getByRole('button', { name: w.cancelSession }).click();
      const confirm = page.locator('[data-confirm="cancel-session"]');
      await confirm.getByLabel(wholeLabel(w.cancelReason)).fill(w.reasonNoQuorum);
      await confirm.getByRole('button', { name: w.cancelDo }).click();
      await page.getByText(w.cancelledTitle).waitFor();
      expect(await page.locator('[data-session-id][data-status]').first().getAttribute('data-status')).toBe(
        'cancelled',
      );
      expect(await page.locator('[data-removal="session_cancelled"]').count()).toBe(1);

      // The next session takes it from the commission's queue: still at the commission, no second sending.
      await planSession(page, '16:00', w.nextSessionTitle);
      agenda = page.locator('section[data-step-id="B03-2.5"]');
      // Offered first, as waiting in the queue since session 1 was cancelled.
      await agenda.locator(`input[data-application-id="${applicationId}"][data-queued]`).check();
      await agenda.getByRole('button', { name: w.sendToCommission }).click();
      await agenda.locator(`tr[data-application-id="${applicationId}"]`).waitFor();
      const heldUrl = page.url();
      expect(heldUrl).not.toBe(sessionUrl);

      // The secretary marks who came: four of five, the quorum is three.
      await secretary.goto(new URL(heldUrl).pathname);
      const quorum = secretary.locator('[data-quorum]');
      await quorum.waitFor();
      expect(await quorum.getAttribute('data-quorum')).toBe('missing');
      const members = secretary.locator('section[aria-labelledby="attendance-title"] li[data-member-id]');
      expect(await members.count()).toBe(5);
      for (let index = 0; index < 4; index++) {
        const member = members.nth(index);
        // Each tick is saved at once and shows as ticked when the server has it.
        await member.getByRole('checkbox').click();
        await eventually(() => member.getAttribute('data-present')).toBe('true');
      }
      await eventually(() => quorum.getAttribute('data-quorum')).toBe('reached');
      expect(await shownText(quorum)).toContain(w.quorum);

      // The chair opens the session, confirming it.
      await chair.goto(new URL(heldUrl).pathname);
      await chair.getByRole('button', { name: w.openSession }).click();
      await chair.getByRole('button', { name: w.openDo }).click();
      await eventually(() => chair.locator('[data-session-id][data-status]').first().getAttribute('data-status')).toBe(
        'in_session',
      );

      // B03-3.1: before the vote the secretary amends the proposal put to it: fewer jobs than asked, with the reason.
      await secretary.reload();
      const item = secretary.locator(`article[data-application-id="${applicationId}"]`);
      // The review's non-compliant conclusion travels with the item, and its failed position is proposed refused.
      expect(await shownText(item.locator('[data-conclusion-of] [data-failed-item]'))).toBe(w.targetGroupItem);
      const proposal = item.locator('[data-proposal]');
      const approve = proposal.getByRole('checkbox', { name: w.approvePosition });
      expect(await approve.isChecked()).toBe(false);
      await approve.check();
      await proposal.getByLabel(wholeLabel(w.approvedJobsField)).fill(String(journey.approvedJobs));
      await proposal.getByLabel(wholeLabel(w.proposalReason)).fill(journey.proposalReason);
      await proposal.getByRole('button', { name: w.saveProposal }).click();
      await eventually(async () => shownText(proposal.getByRole('status'))).toBe(
        w.proposalSummary(journey.approvedJobs, journey.jobs),
      );
      // Then every present member votes for it; the absent one does not vote.
      const rows = item.locator('li[data-member-id]');
      for (let index = 0; index < 4; index++) {
        const row = rows.nth(index);
        await row.getByRole('radio', { name: w.voteFor, exact: true }).click();
        await eventually(() => row.getAttribute('data-vote')).toBe('for');
      }
      expect(await rows.nth(4).getAttribute('data-vote')).toBe('absent');
      const tally = item.locator('[data-outcome]');
      await eventually(() => tally.getAttribute('data-outcome')).toBe('approved');
      expect(await shownText(tally)).toContain(w.tally);
      expect(await shownText(tally)).toContain(w.outcomeApproved);

      // What the votes carried is the decision: recorded, confirmed, nothing typed.
      await item.getByRole('button', { name: w.recordDecision }).click();
      await item.getByRole('button', { name: w.recordDo }).click();
      await eventually(() => item.getAttribute('data-decision')).toBe('approved');
      expect(await seriousA11yViolations(secretary)).toEqual([]);

      // The chair closes it; the minutes are drawn up in both languages.
      await chair.reload();
      await chair.getByRole('button', { name: w.closeSession }).click();
      await chair.getByRole('button', { name: w.closeDo }).click();
      await chair.locator('[data-minutes-signatures]').waitFor();

      // The chair and the secretary each sign both languages with their personal keys.
      for (const [signer, login] of [
        [chair, journey.chair],
        [secretary, journey.secretary],
      ] as const) {
        await signer.reload();
        for (const lang of ['kk', 'ru'] as const) {
          await signer.getByRole('button', { name: w.signMinutes[lang] }).click();
          const dialog = signer.getByRole('dialog', { name: w.signMinutesDialog[lang] });
          await signWithTestKey(signer, dialog, { key: `${login}-personal`, language });
          await eventually(() => signer.getByRole('dialog').count()).toBe(0);
          await signer.locator(`[data-mine="true"] [data-signed-language="${lang}"]`).waitFor();
        }
      }
      await eventually(() => secretary.locator('[data-minutes-signatures]').getAttribute('data-signed')).toBe('true');

      // The specialist downloads the minutes and enters the decision, as the signed minutes state it.
      await page.goto(new URL(heldUrl).pathname);
      const minutes = page.getByRole('link', { name: w.minutes });
      await minutes.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), minutes.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const file = await download.path();
      expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // What the browser was sent: the same link, read with the specialist's session.
      const response = await page.context().request.get((await minutes.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/pdf/);

      await page.getByRole('button', { name: w.enterAll }).click();
      await page.getByRole('button', { name: w.enterDo }).click();
      const held = page.locator(`article[data-application-id="${applicationId}"]`);
      await held.getByText(w.delivered).waitFor();
      expect(await held.locator('[data-application-status]').getAttribute('data-application-status')).toBe('approved');
      expect(await seriousA11yViolations(page)).toEqual([]);
    },
  );

  step('B03-3.2 the employer finds the decision in the cabinet and in the inbox', async () => {
    const page = employer;
    await page.goto(`/employer/applications/${applicationId}`);
    const decision = page.locator('[data-decision="approved"]');
    await decision.waitFor();
    expect(await shownText(decision)).toContain(w.approvedTitle);
    const jobs = decision.locator('[data-approved-jobs]');
    expect(await jobs.getAttribute('data-approved-jobs')).toBe(String(journey.approvedJobs));
    expect(await shownText(jobs)).toBe(w.approvedJobs(journey.approvedJobs, journey.jobs));
    // Per position: how many of the jobs asked, and the reason for the rest.
    const perPosition = page.locator('[data-commission-summary]');
    await perPosition.waitFor();
    expect(await shownText(perPosition)).toBe(w.decisionSummary(journey.approvedJobs, journey.jobs));
    expect(await shownText(page.locator('li[data-ordinal="1"]'))).toContain(journey.proposalReason);
    // The decision as a document: the signed minutes' extract in the employer's language, with how to appeal.
    const documentLink = page.locator(`a[data-decision-document="${language}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), documentLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const extract = (
      await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
    ).text.replace(/\s+/g, ' ');
    for (const expected of [w.extractTitle, number, journey.proposalReason, w.extractAppeal, w.extractUnconfirmed]) {
      expect(extract).toContain(expected);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);

    // In the cabinet's list too, with its status in words.
    await page.goto('/employer/applications');
    const card = page.locator(`li[data-application-id="${applicationId}"]`);
    expect(await card.locator('[data-status]').getAttribute('data-status')).toBe('approved');
    expect(await shownText(card)).toContain(number);

    await page.goto('/inbox');
    await eventually(() => mainHeading(page)).toBe(w.inboxTitle);
    const notice = page.locator('li').filter({ has: page.getByRole('heading', { name: w.approvedNotice(number) }) });
    await notice.waitFor();
    expect(await shownText(notice)).toContain(w.approvedNoticeJobs(journey.approvedJobs));
    expect(await notice.getAttribute('data-unread')).toBe('true');
  });
}

describe('ФК-В.03 in Russian: an Astana employer on a phone, the Astana centre', () => {
  walkThrough({
    language: 'ru',
    employer: {
      login: 'employer1@demo.kz',
      nameRu: 'ТОО «Астана Курылыс»',
      nameKk: '«Астана Құрылыс» ЖШС',
      width: 390,
    },
    centre: {
      nameRu: 'Центр трудовой мобильности города Астаны',
      nameKk: 'Астана қаласының Еңбек мобильділігі орталығы',
    },
    specialist: 'specialist.astana@jumys.kz',
    chair: 'head.astana@jumys.kz',
    secretary: 'assistance.astana@jumys.kz',
    programme: { ru: 'Социальные рабочие места', kk: 'Әлеуметтік жұмыс орындары' },
    occupation: '5120',
    jobs: 3,
    wage: { first: 150_000, corrected: 180_000 },
    // Social jobs: 35 % of the wage, no cap.
    subsidy: { first: 52_500, corrected: 63_000 },
    workplace: 'г. Астана, ул. Кунаева, 12, столовая',
    district: { typed: 'Есиль', shown: 'район Есиль' },
    remark: 'Зарплата повара ниже средней по Есильскому району; укажите не меньше 180 000 тенге.',
    consultation: {
      topic: 'Размер заработной платы на социальных рабочих местах',
      summary: 'Разъяснили, что субсидия — 35 % зарплаты, и как исправить заявку и подписать её заново.',
    },
    approvedJobs: 2,
    proposalReason: 'По числу подходящих соискателей в районе: на третье место кандидатов нет.',
  });
});

describe('ФК-В.03 in Kazakh: an Almaty employer on a desktop, the Almaty centre', () => {
  walkThrough({
    language: 'kk',
    employer: { login: 'employer5@demo.kz', nameRu: 'ТОО «Алатау Тех»', nameKk: '«Алатау Тех» ЖШС', width: 1280 },
    centre: {
      nameRu: 'Центр трудовой мобильности города Алматы',
      nameKk: 'Алматы қаласының Еңбек мобильділігі орталығы',
    },
    specialist: 'specialist.almaty@jumys.kz',
    chair: 'head.almaty@jumys.kz',
    secretary: 'assistance.almaty@jumys.kz',
    programme: { ru: 'Молодёжная практика', kk: 'Жастар практикасы' },
    occupation: '4110',
    jobs: 2,
    wage: { first: 120_000, corrected: 140_000 },
    // Youth practice: 30 МРП a month (2026: 30 × 4 325 = 129 750 ₸; a later year not yet published is estimated at
    // the same), but never more than the wage: 120 000 at a wage of 120 000, 129 750 at 140 000.
    subsidy: { first: 120_000, corrected: 129_750 },
    workplace: 'Алматы қ., Абай даңғылы, 52, кеңсе',
    district: { typed: 'Бостандық', shown: 'Бостандық ауданы' },
    remark: 'Іс жүргізушінің жалақысы аудандағы орташа деңгейден төмен; кемінде 140 000 теңге көрсетіңіз.',
    consultation: {
      topic: 'Жастар практикасындағы жалақы мөлшері',
      summary: 'Субсидия айына 30 АЕК екені және өтінімді түзетіп, қайта қол қою тәртібі түсіндірілді.',
    },
    approvedJobs: 1,
    proposalReason: 'Аудандағы ізденушілер санына сай: екінші орынға үміткер жоқ.',
  });
});
