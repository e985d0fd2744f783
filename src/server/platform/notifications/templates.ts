// Notification and e-mail templates of the platform itself; modules register their own the same way.
import type { Locale } from '../../../shared/roles';

export const platformTemplates: Record<Locale, Record<string, string>> = {
  kk: {
    'notification.account.welcome.title': 'Jumys жүйесіне қош келдіңіз',
    'notification.account.welcome.body':
      '{{name}}, сіздің есептік жазбаңыз дайын. Хабарламалар осында және электрондық поштаңызға келеді.',
    'mail.footer': 'Бұл хат Jumys жүйесінен автоматты түрде жіберілді. Оған жауап бермеңіз.',
  },
  ru: {
    'notification.account.welcome.title': 'Добро пожаловать в Jumys',
    'notification.account.welcome.body':
      '{{name}}, ваша учётная запись готова. Уведомления будут приходить сюда и на вашу электронную почту.',
    'mail.footer': 'Это письмо отправлено системой Jumys автоматически. Не отвечайте на него.',
  },
  en: {
    'notification.account.welcome.title': 'Welcome to Jumys',
    'notification.account.welcome.body': '{{name}}, your account is ready. Notifications arrive here and by e-mail.',
    'mail.footer': 'This message was sent automatically by Jumys. Please do not reply.',
  },
};
