// Occupations for applications, CVs and demand-and-supply: unit groups (4 digits) of НКЗ РК, which follows ISCO-08.
// A working subset for the demo and the forms; production loads the full classifier the same shape.
import type { LocalizedText } from './api/common';

export const occupations = {
  '1120': { kk: 'Кәсіпорын басшысы', ru: 'Руководитель предприятия', en: 'Managing director' },
  '2211': { kk: 'Жалпы тәжірибелік дәрігер', ru: 'Врач общей практики', en: 'General medical practitioner' },
  '2221': { kk: 'Мейірбике', ru: 'Медицинская сестра', en: 'Nurse' },
  '2341': { kk: 'Бастауыш сынып мұғалімі', ru: 'Учитель начальных классов', en: 'Primary school teacher' },
  '2411': { kk: 'Бухгалтер', ru: 'Бухгалтер', en: 'Accountant' },
  '2512': {
    kk: 'Бағдарламалық жасақтама әзірлеушісі',
    ru: 'Разработчик программного обеспечения',
    en: 'Software developer',
  },
  '2631': { kk: 'Экономист', ru: 'Экономист', en: 'Economist' },
  '3112': { kk: 'Құрылыс технигі', ru: 'Техник-строитель', en: 'Civil engineering technician' },
  '3313': { kk: 'Бухгалтер көмекшісі', ru: 'Помощник бухгалтера', en: 'Accounting associate' },
  '3322': { kk: 'Сауда өкілі', ru: 'Торговый представитель', en: 'Commercial sales representative' },
  '4110': { kk: 'Іс жүргізуші', ru: 'Делопроизводитель', en: 'General office clerk' },
  '4120': { kk: 'Хатшы', ru: 'Секретарь', en: 'Secretary' },
  '4222': { kk: 'Байланыс орталығының операторы', ru: 'Оператор контакт-центра', en: 'Contact centre operator' },
  '4321': { kk: 'Қойма есепшісі', ru: 'Кладовщик', en: 'Stock clerk' },
  '5120': { kk: 'Аспаз', ru: 'Повар', en: 'Cook' },
  '5131': { kk: 'Даяшы', ru: 'Официант', en: 'Waiter' },
  '5223': { kk: 'Сатушы', ru: 'Продавец', en: 'Shop sales assistant' },
  '5230': { kk: 'Кассир', ru: 'Кассир', en: 'Cashier' },
  '5311': { kk: 'Тәрбиеші көмекшісі', ru: 'Помощник воспитателя', en: 'Child care worker' },
  '5322': {
    kk: 'Әлеуметтік қызметкер (үйде күтім)',
    ru: 'Социальный работник (уход на дому)',
    en: 'Home-based personal care worker',
  },
  '5414': { kk: 'Күзетші', ru: 'Охранник', en: 'Security guard' },
  '6111': { kk: 'Егіншілік жұмысшысы', ru: 'Работник растениеводства', en: 'Field crop grower' },
  '6121': { kk: 'Мал өсіруші', ru: 'Животновод', en: 'Livestock farmer' },
  '7112': { kk: 'Қалаушы', ru: 'Каменщик', en: 'Bricklayer' },
  '7115': { kk: 'Ағаш ұстасы', ru: 'Плотник', en: 'Carpenter' },
  '7126': { kk: 'Сантехник', ru: 'Сантехник', en: 'Plumber' },
  '7212': { kk: 'Дәнекерлеуші', ru: 'Сварщик', en: 'Welder' },
  '7231': { kk: 'Автослесарь', ru: 'Автослесарь', en: 'Motor vehicle mechanic' },
  '7411': { kk: 'Электрмонтер', ru: 'Электромонтёр', en: 'Building electrician' },
  '7512': { kk: 'Наубайшы', ru: 'Пекарь', en: 'Baker' },
  '7531': { kk: 'Тігінші', ru: 'Швея', en: 'Tailor' },
  '8322': { kk: 'Жүргізуші', ru: 'Водитель', en: 'Car driver' },
  '8332': { kk: 'Жүк көлігінің жүргізушісі', ru: 'Водитель грузового автомобиля', en: 'Heavy truck driver' },
  '9112': { kk: 'Тазалаушы', ru: 'Уборщик', en: 'Cleaner' },
  '9313': { kk: 'Құрылыс жұмысшысы', ru: 'Подсобный рабочий на стройке', en: 'Building construction labourer' },
  '9333': { kk: 'Жүк тиеуші', ru: 'Грузчик', en: 'Freight handler' },
  '9214': { kk: 'Көгалдандыру жұмысшысы', ru: 'Рабочий по озеленению', en: 'Garden labourer' },
} as const satisfies Record<string, LocalizedText>;

export type OccupationCode = keyof typeof occupations;
export const occupationCodes = Object.keys(occupations) as OccupationCode[];

export function occupationName(code: string): LocalizedText | null {
  return (occupations as Record<string, LocalizedText>)[code] ?? null;
}
