// Notifications of the commission's record: a session cancelled, an application postponed or withdrawn from the agenda.
import type { Locale } from '../../../shared/roles';

export const commissionTemplates: Record<Locale, Record<string, string>> = {
  kk: {
    'notification.commission.decision_rejected_by_vote.title': '{{number}} өтінімі бойынша бас тарту шешімі қабылданды',
    'notification.commission.decision_rejected_by_vote.body':
      'Еңбек мобильділігі орталығының комиссиясы {{number}} өтінімі бойынша ұсынысқа қарсы дауыс берді, сондықтан өтінімнен бас тартылды. Шешіммен жеке кабинетте танысыңыз: {{url}}',
    'notification.commission.session_cancelled.title': 'Комиссияның № {{session}} отырысы болмайды',
    'notification.commission.session_cancelled.body':
      '{{number}} өтінімі қаралуы тиіс болған еңбек мобильділігі орталығы комиссиясының № {{session}} отырысы өтпейді. Себебі: «{{reason}}». Өтінім комиссияда қалады және келесі отырыста қаралады.',
    'notification.commission.session_cancelled_member.title': 'Комиссияның № {{session}} отырысы болмайды',
    'notification.commission.session_cancelled_member.body':
      'Еңбек мобильділігі орталығы комиссиясының № {{session}} отырысы өтпейді. Себебі: «{{reason}}». Оның өтінімдері келесі отырысты күтеді.',
    'notification.commission.item_postponed.title': '{{number}} өтінімін қарау ауыстырылды',
    'notification.commission.item_postponed.body':
      '{{number}} өтінімі комиссияның № {{session}} отырысында қаралады ({{date}}, {{place}}).',
    'notification.commission.item_withdrawn.title': '{{number}} өтінімі комиссияның күн тәртібінен алынды',
    'notification.commission.item_withdrawn.body':
      '{{number}} өтінімі комиссияның күн тәртібінен алынып, маманның қарауына қайтарылды. Себебі: «{{reason}}».',
  },
  ru: {
    'notification.commission.decision_rejected_by_vote.title': 'По заявке {{number}} принято решение об отказе',
    'notification.commission.decision_rejected_by_vote.body':
      'Комиссия центра трудовой мобильности проголосовала против предложения по заявке {{number}}, поэтому в заявке отказано. Ознакомьтесь с решением в личном кабинете: {{url}}',
    'notification.commission.session_cancelled.title': 'Заседание комиссии № {{session}} не состоится',
    'notification.commission.session_cancelled.body':
      'Заседание комиссии центра трудовой мобильности № {{session}}, на котором должна была рассматриваться заявка {{number}}, не состоится. Причина: «{{reason}}». Заявка остаётся на комиссии и будет рассмотрена на следующем заседании.',
    'notification.commission.session_cancelled_member.title': 'Заседание комиссии № {{session}} не состоится',
    'notification.commission.session_cancelled_member.body':
      'Заседание комиссии центра трудовой мобильности № {{session}} не состоится. Причина: «{{reason}}». Его заявки ждут следующего заседания.',
    'notification.commission.item_postponed.title': 'Рассмотрение заявки {{number}} перенесено',
    'notification.commission.item_postponed.body':
      'Заявка {{number}} будет рассмотрена на заседании комиссии № {{session}} ({{date}}, {{place}}).',
    'notification.commission.item_withdrawn.title': 'Заявка {{number}} снята с повестки комиссии',
    'notification.commission.item_withdrawn.body':
      'Заявка {{number}} снята с повестки комиссии и возвращена на рассмотрение специалисту. Причина: «{{reason}}».',
  },
  en: {
    'notification.commission.decision_rejected_by_vote.title': 'Application {{number}} rejected',
    'notification.commission.decision_rejected_by_vote.body':
      'The employment centre commission voted against the proposal on application {{number}}, so the application is rejected. Read the decision in your account: {{url}}',
    'notification.commission.session_cancelled.title': 'Commission session No. {{session}} will not take place',
    'notification.commission.session_cancelled.body':
      'The employment centre’s commission session No. {{session}}, where application {{number}} was to be considered, will not take place. Reason: "{{reason}}". The application stays with the commission and will be considered at the next session.',
    'notification.commission.session_cancelled_member.title': 'Commission session No. {{session}} will not take place',
    'notification.commission.session_cancelled_member.body':
      'The employment centre’s commission session No. {{session}} will not take place. Reason: "{{reason}}". Its applications wait for the next session.',
    'notification.commission.item_postponed.title': 'Application {{number}} moved to another session',
    'notification.commission.item_postponed.body':
      'Application {{number}} will be considered at commission session No. {{session}} ({{date}}, {{place}}).',
    'notification.commission.item_withdrawn.title': 'Application {{number}} withdrawn from the commission’s agenda',
    'notification.commission.item_withdrawn.body':
      'Application {{number}} was withdrawn from the commission’s agenda and returned to the specialist’s review. Reason: "{{reason}}".',
  },
};
