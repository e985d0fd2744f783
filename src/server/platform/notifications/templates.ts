// Notification and e-mail templates of the platform itself; modules register their own the same way.
import type { Locale } from '../../../shared/roles';

export const platformTemplates: Record<Locale, Record<string, string>> = {
  kk: {
    'notification.account.welcome.title': 'Jumys жүйесіне қош келдіңіз',
    'notification.account.welcome.body':
      '{{name}}, сіздің есептік жазбаңыз дайын. Хабарламалар осында және электрондық поштаңызға келеді.',
    'notification.subsidy.application_returned.title': '{{number}} өтінімі ескертулермен қайтарылды',
    'notification.subsidy.application_returned.body':
      'Еңбек мобильділігі орталығы {{number}} өтініміңізді ескертулермен қайтарды (саны: {{count}}). Ескертулермен танысып, өтінімді түзетіңіз, ЭЦҚ-мен қайта қол қойып, орталыққа қайта жіберіңіз.',
    'notification.subsidy.decision_approved.title': '{{number}} өтінімі мақұлданды',
    'notification.subsidy.decision_approved.body':
      'Еңбек мобильділігі орталығының комиссиясы субсидияланатын жұмыс орындарын ұйымдастыруға берілген {{number}} өтініміңізді мақұлдады. Мақұлданған жұмыс орындарының саны: {{jobs}}. Шешіммен жеке кабинетте танысыңыз: {{url}}',
    'notification.subsidy.decision_rejected.title': '{{number}} өтінімі бойынша бас тарту шешімі қабылданды',
    'notification.subsidy.decision_rejected.body':
      'Еңбек мобильділігі орталығының комиссиясы субсидияланатын жұмыс орындарын ұйымдастыруға берілген {{number}} өтініміңізден бас тартты. Себебі: «{{reason}}». Шешіммен жеке кабинетте танысыңыз: {{url}}',
    'notification.subsidy.application_submitted.title': 'Жаңа өтінім: {{number}}',
    'notification.subsidy.application_submitted.body':
      '{{employerKk}} субсидияланатын жұмыс орындарын ұйымдастыруға арналған {{number}} өтініміне ЭЦҚ-мен қол қойып, орталыққа жіберді. Өтінімді қарап шығыңыз.',
    'notification.subsidy.application_resubmitted.title': '{{number}} өтінімі түзетіліп, қайта жіберілді',
    'notification.subsidy.application_resubmitted.body':
      '{{employerKk}} {{number}} өтінімін ескертулер бойынша түзетіп, ЭЦҚ-мен қайта қол қойды ({{revision}}-нұсқа). Өзгерістерді қарап шығыңыз.',
    'notification.subsidy.application_withdrawn.title': '{{number}} өтінімі кері қайтарылды',
    'notification.subsidy.application_withdrawn.body':
      '{{employerKk}} {{number}} өтінімін кері қайтарып алды. Себебі: «{{reason}}».',
    'notification.subsidy.application_abandonment_notice.title': '{{number}} өтінімі жабылуы мүмкін',
    'notification.subsidy.application_abandonment_notice.body':
      '{{number}} өтінімі түзетуді {{waited}} жұмыс күні күтіп тұр. Ол {{closeAfter}} жұмыс күнінен кейін түзетілмесе, орталық оны жабуы мүмкін. Өтінімді түзетіп, қайта жіберіңіз немесе кері қайтарып алыңыз.',
    'notification.subsidy.application_abandoned.title': '{{number}} өтінімі жабылды',
    'notification.subsidy.application_abandoned.body':
      'Түзетуге қайтарылған {{number}} өтінімі белгіленген мерзімде түзетілмегендіктен, орталық оны жапты. Қажет болса, жаңа өтінім беріңіз.',
    'mail.footer': 'Бұл хат Jumys жүйесінен автоматты түрде жіберілді. Оған жауап бермеңіз.',
  },
  ru: {
    'notification.account.welcome.title': 'Добро пожаловать в Jumys',
    'notification.account.welcome.body':
      '{{name}}, ваша учётная запись готова. Уведомления будут приходить сюда и на вашу электронную почту.',
    'notification.subsidy.application_returned.title': 'Заявка {{number}} возвращена с замечаниями',
    'notification.subsidy.application_returned.body':
      'Центр трудовой мобильности вернул вашу заявку {{number}} с замечаниями (количество: {{count}}). Ознакомьтесь с замечаниями, исправьте заявку, подпишите её ЭЦП и отправьте в центр повторно.',
    'notification.subsidy.decision_approved.title': 'Заявка {{number}} одобрена',
    'notification.subsidy.decision_approved.body':
      'Комиссия центра трудовой мобильности одобрила вашу заявку {{number}} на организацию субсидируемых рабочих мест. Количество одобренных рабочих мест: {{jobs}}. Решение — в личном кабинете: {{url}}',
    'notification.subsidy.decision_rejected.title': 'По заявке {{number}} принято решение об отказе',
    'notification.subsidy.decision_rejected.body':
      'Комиссия центра трудовой мобильности отказала в одобрении вашей заявки {{number}} на организацию субсидируемых рабочих мест. Причина: «{{reason}}». Решение — в личном кабинете: {{url}}',
    'notification.subsidy.application_submitted.title': 'Новая заявка {{number}}',
    'notification.subsidy.application_submitted.body':
      'Поступила заявка {{number}} на организацию субсидируемых рабочих мест от работодателя {{employerRu}}, подписанная ЭЦП. Рассмотрите её.',
    'notification.subsidy.application_resubmitted.title': 'Заявка {{number}} исправлена и отправлена повторно',
    'notification.subsidy.application_resubmitted.body':
      'Работодатель {{employerRu}} исправил заявку {{number}} по замечаниям и повторно подписал её ЭЦП (редакция {{revision}}). Просмотрите изменения.',
    'notification.subsidy.application_withdrawn.title': 'Заявка {{number}} отозвана работодателем',
    'notification.subsidy.application_withdrawn.body':
      'Работодатель {{employerRu}} отозвал заявку {{number}}. Причина: «{{reason}}».',
    'notification.subsidy.application_abandonment_notice.title': 'Заявку {{number}} могут закрыть',
    'notification.subsidy.application_abandonment_notice.body':
      'Заявка {{number}} ждёт ваших исправлений уже {{waited}} рабочих дней. Если её не исправить, после {{closeAfter}} рабочих дней центр может её закрыть. Исправьте и отправьте заявку повторно или отзовите её.',
    'notification.subsidy.application_abandoned.title': 'Заявка {{number}} закрыта',
    'notification.subsidy.application_abandoned.body':
      'Центр закрыл заявку {{number}}: возвращённая на исправление, она не была исправлена в установленный срок. При необходимости подайте новую заявку.',
    'mail.footer': 'Это письмо отправлено системой Jumys автоматически. Не отвечайте на него.',
  },
  en: {
    'notification.account.welcome.title': 'Welcome to Jumys',
    'notification.account.welcome.body': '{{name}}, your account is ready. Notifications arrive here and by e-mail.',
    'notification.subsidy.application_returned.title': 'Application {{number}} returned with remarks',
    'notification.subsidy.application_returned.body':
      'The employment centre returned your application {{number}} with remarks ({{count}}). Read the remarks, correct the application, sign it again with your digital signature and send it to the centre again.',
    'notification.subsidy.decision_approved.title': 'Application {{number}} approved',
    'notification.subsidy.decision_approved.body':
      'The employment centre’s commission approved your subsidized-jobs application {{number}}. Jobs approved: {{jobs}}. See the decision in your account: {{url}}',
    'notification.subsidy.decision_rejected.title': 'Application {{number}} rejected',
    'notification.subsidy.decision_rejected.body':
      'The employment centre’s commission rejected your subsidized-jobs application {{number}}. Reason: "{{reason}}". See the decision in your account: {{url}}',
    'notification.subsidy.application_submitted.title': 'New application {{number}}',
    'notification.subsidy.application_submitted.body':
      'Employer {{employerRu}} signed and sent application {{number}} for subsidized jobs. Please review it.',
    'notification.subsidy.application_resubmitted.title': 'Application {{number}} corrected and sent again',
    'notification.subsidy.application_resubmitted.body':
      'Employer {{employerRu}} corrected application {{number}} after the remarks and signed it again (revision {{revision}}). Please review the changes.',
    'notification.subsidy.application_withdrawn.title': 'Application {{number}} withdrawn by the employer',
    'notification.subsidy.application_withdrawn.body':
      'Employer {{employerRu}} withdrew application {{number}}. Reason: "{{reason}}".',
    'notification.subsidy.application_abandonment_notice.title': 'Application {{number}} may be closed',
    'notification.subsidy.application_abandonment_notice.body':
      'Application {{number}} has waited {{waited}} working days for your corrections. If it is not corrected, the centre may close it after {{closeAfter}} working days. Correct it and send it again, or withdraw it.',
    'notification.subsidy.application_abandoned.title': 'Application {{number}} closed',
    'notification.subsidy.application_abandoned.body':
      'The centre closed application {{number}}: it was returned for correction and not corrected in time. Apply again if you need to.',
    'mail.footer': 'This message was sent automatically by Jumys. Please do not reply.',
  },
};
