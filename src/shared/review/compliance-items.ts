// The compliance checklist's item names in kk, ru and en, for what the server writes (the commission's agenda and minutes).
import type { LocalizedText } from '../api/common';

/** The same words as the review page's (review.json compliance.items); a test keeps them equal. */
export const complianceItemNames: Record<string, Required<LocalizedText>> = {
  condition_active: {
    kk: 'Ұйым жұмыс істеп тұр',
    ru: 'Организация действует',
    en: 'The organisation is active',
  },
  condition_operating_over_year: {
    kk: '12 айдан астам жұмыс істейді',
    ru: 'Работает более 12 месяцев',
    en: 'Operating for more than 12 months',
  },
  condition_no_tax_debt: {
    kk: 'Салық берешегі жоқ',
    ru: 'Нет налоговой задолженности',
    en: 'No tax debt',
  },
  condition_no_social_debt: {
    kk: 'Әлеуметтік төлемдер бойынша берешек жоқ',
    ru: 'Нет задолженности по социальным платежам',
    en: 'No social-payment debt',
  },
  condition_no_wage_arrears: {
    kk: 'Жалақы бойынша мерзімі өткен берешек жоқ',
    ru: 'Нет просроченной задолженности по заработной плате',
    en: 'No overdue wage arrears',
  },
  condition_regular_social_payments: {
    kk: 'Әлеуметтік төлемдер тұрақты төленеді',
    ru: 'Социальные платежи вносятся регулярно',
    en: 'Social payments made regularly',
  },
  condition_reliable_taxpayer: {
    kk: 'Сенімсіз салық төлеушілер тізімінде жоқ',
    ru: 'Не входит в список ненадёжных налогоплательщиков',
    en: 'Not on the list of unreliable taxpayers',
  },
  programme_in_force: {
    kk: 'Бағдарлама өтінім күні қолданыста',
    ru: 'Программа действует на дату заявки',
    en: 'The programme is in force on the application date',
  },
  positions_present: {
    kk: 'Өтінімде жұмыс орындары бар',
    ru: 'В заявке есть рабочие места',
    en: 'The application has jobs',
  },
  wage_at_least_mzp: {
    kk: 'Жалақы ЕТЖ-дан төмен емес',
    ru: 'Зарплата не ниже МЗП',
    en: 'Wage not below the minimum wage',
  },
  duration_within_maximum: {
    kk: 'Мерзімі бағдарламаның шекті мерзімінен аспайды',
    ru: 'Срок не больше предельного для программы',
    en: "Duration within the programme's maximum",
  },
  formula_set: {
    kk: 'Субсидия формуласы белгіленген',
    ru: 'Формула субсидии задана',
    en: 'A subsidy formula is set',
  },
  target_group_available: {
    kk: 'Нысаналы топтағы ізденушілер бар',
    ru: 'Есть соискатели целевой группы',
    en: 'Seekers of the target group are available',
  },
  earlier_contracts_fulfilled: {
    kk: 'СЖО туралы бұрынғы шарттар, соның ішінде тұрақты жұмысқа орналастыру міндеті орындалған',
    ru: 'Прежние договоры о СРМ исполнены, включая обязанность постоянного трудоустройства',
    en: 'Earlier subsidized-job contracts fulfilled, including the permanent-hire duty',
  },
  documents_consistent: {
    kk: 'Өтінімнің құжаттары мен мәліметтері бір-біріне сәйкес',
    ru: 'Документы и сведения заявки согласуются',
    en: "The application's documents and details agree",
  },
  workplace_exists: {
    kk: 'Жұмыс орындары шынымен бар',
    ru: 'Рабочие места существуют',
    en: 'The workplaces exist',
  },
};

/** An item's name, with its position for a per-position item, as the review page writes it. */
export function complianceItemLabel(code: string, position: number | null): Required<LocalizedText> {
  const name = complianceItemNames[code] ?? { kk: code, ru: code, en: code };
  if (position === null) return name;
  return {
    kk: `${name.kk} — ${position}-позиция`,
    ru: `${name.ru} — позиция ${position}`,
    en: `${name.en} — position ${position}`,
  };
}
