// Notices to the seeker about the centre's decision on their registration, in Kazakh, Russian and English.
import type { Locale } from '../../../shared/roles';

export const seekerTemplates: Record<Locale, Record<string, string>> = {
  kk: {
    'notification.seekers.registered.title': 'Сіз {{kindKk}} ретінде тіркелдіңіз',
    'notification.seekers.registered.body':
      '{{centreKk}} сізді {{kindKk}} ретінде тіркеді. Тіркеу кезінде белгіленген санаттар: {{categoriesKk}}. Мәліметтер жеке кабинетте: {{url}}',
    'notification.seekers.refused.title': 'Тіркеуден бас тартылды',
    'notification.seekers.refused.body':
      '{{centreKk}} сізді тіркеуден бас тартты. Себебі: «{{reason}}». Кемшілікті жойып, өтінішті қайта жібере аласыз: {{url}}',
    'notification.seekers.deregistered.title': 'Сіз есептен шығарылдыңыз',
    'notification.seekers.deregistered.body':
      '{{centreKk}} сізді есептен шығарды. Негізі: {{reasonKk}}. Көмек қайта қажет болса, жаңа өтініш жіберіңіз: {{url}}',
  },
  ru: {
    'notification.seekers.registered.title': 'Вы зарегистрированы как {{kindRu}}',
    'notification.seekers.registered.body':
      '{{centreRu}} зарегистрировал вас как {{kindRu}}. Категории, отмеченные при регистрации: {{categoriesRu}}. Подробности — в личном кабинете: {{url}}',
    'notification.seekers.refused.title': 'В регистрации отказано',
    'notification.seekers.refused.body':
      '{{centreRu}} отказал вам в регистрации. Причина: «{{reason}}». Устраните причину и подайте заявление снова: {{url}}',
    'notification.seekers.deregistered.title': 'Вы сняты с учёта',
    'notification.seekers.deregistered.body':
      '{{centreRu}} снял вас с учёта. Основание: {{reasonRu}}. Если вам снова нужна помощь, подайте новое заявление: {{url}}',
  },
  en: {
    'notification.seekers.registered.title': 'You are registered as {{kindEn}}',
    'notification.seekers.registered.body':
      '{{centreRu}} registered you as {{kindEn}}. Categories recorded: {{categoriesEn}}. Details in your account: {{url}}',
    'notification.seekers.refused.title': 'Registration refused',
    'notification.seekers.refused.body':
      '{{centreRu}} refused to register you. Reason: "{{reason}}". Remove the reason and apply again: {{url}}',
    'notification.seekers.deregistered.title': 'Your registration has ended',
    'notification.seekers.deregistered.body':
      '{{centreRu}} ended your registration. Ground: {{reasonEn}}. If you need help again, apply anew: {{url}}',
  },
};
