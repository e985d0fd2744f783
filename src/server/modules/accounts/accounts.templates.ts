// Mail of accounts in Kazakh, Russian and English: e-mail confirmation, the password-reset link, a joined employer's
// confirmation and a colleague's invitation.
import type { Locale } from '../../../shared/roles';

export const accountTemplates: Record<Locale, Record<string, string>> = {
  kk: {
    'notification.account.confirm_email.title': 'Jumys: электрондық поштаны растаңыз',
    'notification.account.confirm_email.body':
      '{{name}}, Jumys жүйесінде тіркелуді аяқтау үшін сілтемені ашыңыз: {{link}}\nСілтеме {{hours}} сағат бойы бір рет жұмыс істейді. Егер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.',
    'notification.account.password_reset.title': 'Jumys: құпиясөзді қалпына келтіру',
    'notification.account.password_reset.body':
      'Жаңа құпиясөз орнату үшін сілтемені ашыңыз: {{link}}\nСілтеме {{minutes}} минут бойы бір рет жұмыс істейді. Егер сіз сұрамаған болсаңыз, бұл хатты елемеңіз — құпиясөзіңіз өзгермейді.',
    'notification.account.employer_joined.title': 'Jumys: электрондық поштаны растаңыз',
    'notification.account.employer_joined.body':
      '{{name}}, {{organisation}} ұйымы Jumys жүйесіне қосылды, сіз оның бірінші пайдаланушысыз. Электрондық поштаны растау үшін сілтемені ашыңыз: {{link}}\nСілтеме {{hours}} сағат бойы бір рет жұмыс істейді. Жүйеге ЭЦҚ-мен кіре бересіз. Егер ұйымды сіз қоспаған болсаңыз, орталыққа хабарласыңыз.',
    'notification.account.invitation.title': 'Jumys: {{organisation}} ұйымына шақыру',
    'notification.account.invitation.body':
      '{{inviter}} сізді Jumys жүйесінде {{organisation}} ұйымының пайдаланушысы болуға шақырады. Шақыруды қабылдау үшін сілтемені ашыңыз: {{link}}\nСілтеме {{days}} күн бойы бір рет жұмыс істейді. Егер шақыруды күтпеген болсаңыз, бұл хатты елемеңіз.',
  },
  ru: {
    'notification.account.confirm_email.title': 'Jumys: подтвердите электронную почту',
    'notification.account.confirm_email.body':
      '{{name}}, чтобы завершить регистрацию в Jumys, откройте ссылку: {{link}}\nСсылка действует {{hours}} часа и срабатывает один раз. Если вы не регистрировались, просто проигнорируйте это письмо.',
    'notification.account.password_reset.title': 'Jumys: восстановление пароля',
    'notification.account.password_reset.body':
      'Чтобы задать новый пароль, откройте ссылку: {{link}}\nСсылка действует {{minutes}} минут и срабатывает один раз. Если вы не запрашивали смену пароля, проигнорируйте письмо — пароль останется прежним.',
    'notification.account.employer_joined.title': 'Jumys: подтвердите электронную почту',
    'notification.account.employer_joined.body':
      '{{name}}, организация {{organisation}} присоединилась к Jumys, вы — её первый пользователь. Чтобы подтвердить электронную почту, откройте ссылку: {{link}}\nСсылка действует {{hours}} часа и срабатывает один раз. Входить в систему можно по ЭЦП уже сейчас. Если организацию присоединяли не вы, обратитесь в центр занятости.',
    'notification.account.invitation.title': 'Jumys: приглашение в {{organisation}}',
    'notification.account.invitation.body':
      '{{inviter}} приглашает вас стать пользователем организации {{organisation}} в Jumys. Чтобы принять приглашение, откройте ссылку: {{link}}\nСсылка действует {{days}} дней и срабатывает один раз. Если вы не ждали приглашения, просто проигнорируйте это письмо.',
  },
  en: {
    'notification.account.confirm_email.title': 'Jumys: confirm your e-mail',
    'notification.account.confirm_email.body':
      '{{name}}, to finish registering with Jumys, open this link: {{link}}\nThe link works once, for {{hours}} hours. If you did not register, ignore this message.',
    'notification.account.password_reset.title': 'Jumys: password reset',
    'notification.account.password_reset.body':
      'To set a new password, open this link: {{link}}\nThe link works once, for {{minutes}} minutes. If you did not ask for it, ignore this message: your password stays the same.',
    'notification.account.employer_joined.title': 'Jumys: confirm your e-mail',
    'notification.account.employer_joined.body':
      '{{name}}, {{organisation}} has joined Jumys and you are its first user. To confirm your e-mail, open this link: {{link}}\nThe link works once, for {{hours}} hours. You can already sign in with your digital signature (ЭЦП). If it was not you who joined the organisation, contact the employment centre.',
    'notification.account.invitation.title': 'Jumys: invitation to {{organisation}}',
    'notification.account.invitation.body':
      '{{inviter}} invites you to become a user of {{organisation}} in Jumys. To accept, open this link: {{link}}\nThe link works once, for {{days}} days. If you did not expect an invitation, ignore this message.',
  },
};
