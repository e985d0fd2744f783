// Mail of accounts in Kazakh, Russian and English: the e-mail confirmation and the password-reset link.
import type { Locale } from '../../../shared/roles';

export const accountTemplates: Record<Locale, Record<string, string>> = {
  kk: {
    'notification.account.confirm_email.title': 'Jumys: электрондық поштаны растаңыз',
    'notification.account.confirm_email.body':
      '{{name}}, Jumys жүйесінде тіркелуді аяқтау үшін сілтемені ашыңыз: {{link}}\nСілтеме {{hours}} сағат бойы бір рет жұмыс істейді. Егер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.',
    'notification.account.password_reset.title': 'Jumys: құпиясөзді қалпына келтіру',
    'notification.account.password_reset.body':
      'Жаңа құпиясөз орнату үшін сілтемені ашыңыз: {{link}}\nСілтеме {{minutes}} минут бойы бір рет жұмыс істейді. Егер сіз сұрамаған болсаңыз, бұл хатты елемеңіз — құпиясөзіңіз өзгермейді.',
  },
  ru: {
    'notification.account.confirm_email.title': 'Jumys: подтвердите электронную почту',
    'notification.account.confirm_email.body':
      '{{name}}, чтобы завершить регистрацию в Jumys, откройте ссылку: {{link}}\nСсылка действует {{hours}} часа и срабатывает один раз. Если вы не регистрировались, просто проигнорируйте это письмо.',
    'notification.account.password_reset.title': 'Jumys: восстановление пароля',
    'notification.account.password_reset.body':
      'Чтобы задать новый пароль, откройте ссылку: {{link}}\nСсылка действует {{minutes}} минут и срабатывает один раз. Если вы не запрашивали смену пароля, проигнорируйте письмо — пароль останется прежним.',
  },
  en: {
    'notification.account.confirm_email.title': 'Jumys: confirm your e-mail',
    'notification.account.confirm_email.body':
      '{{name}}, to finish registering with Jumys, open this link: {{link}}\nThe link works once, for {{hours}} hours. If you did not register, ignore this message.',
    'notification.account.password_reset.title': 'Jumys: password reset',
    'notification.account.password_reset.body':
      'To set a new password, open this link: {{link}}\nThe link works once, for {{minutes}} minutes. If you did not ask for it, ignore this message: your password stays the same.',
  },
};
