// One CV for each of the six demo seekers (three in Kazakh), matching their demo profiles' occupations and centres.
import { type CvInputDraft, cvInput } from '../../../shared/api/cvs';
import type { Locale } from '../../../shared/roles';
import { Role } from '../../../shared/roles';
import type { DbOrTx } from '../../platform/db/database';
import { countCvsOfSeeker, insertCv } from './cvs.repository';

type DemoCv = { login: string; cv: CvInputDraft };

export const demoCvs: readonly DemoCv[] = [
  {
    login: 'seeker1@demo.kz',
    cv: {
      title: 'Іс жүргізуші — колледж түлегі',
      desiredPosition: 'Іс жүргізуші',
      occupationCode: '4110',
      desiredSalary: 230_000,
      region: 'astana',
      willingToRelocate: false,
      experience: [],
      education: [
        {
          institution: 'Астана жоғары политехникалық колледжі',
          speciality: 'Іс жүргізу және мұрағаттану',
          level: 'vocational',
          graduationYear: 2023,
        },
      ],
      skills: ['Құжат айналымы', 'MS Word, Excel', '1С: Құжат айналымы', 'Іскери хат жазу'],
      languages: [
        { language: 'kk', level: 'native' },
        { language: 'ru', level: 'C1' },
        { language: 'en', level: 'A2' },
      ],
      about: 'Колледжді үздік бітірдім, өндірістік тәжірибені аудан әкімдігінде өттім. Жауапты, тез үйренемін.',
      locale: 'kk',
    },
  },
  {
    login: 'seeker2@demo.kz',
    cv: {
      title: 'Делопроизводитель, офис-менеджер',
      desiredPosition: 'Делопроизводитель',
      occupationCode: '4110',
      desiredSalary: 300_000,
      region: 'astana',
      willingToRelocate: true,
      experience: [
        {
          employer: 'ТОО «Нур Медиа»',
          position: 'Офис-менеджер',
          from: '2021-09',
          to: '2024-12',
          duties: 'Регистрация входящей и исходящей корреспонденции, ведение номенклатуры дел, приём посетителей.',
        },
      ],
      education: [
        {
          institution: 'Евразийский национальный университет им. Л. Н. Гумилёва',
          speciality: 'Информационные системы',
          level: 'higher',
          graduationYear: 2021,
        },
      ],
      skills: ['Делопроизводство', 'Электронный документооборот', 'Деловая переписка'],
      languages: [
        { language: 'kk', level: 'B2' },
        { language: 'ru', level: 'native' },
        { language: 'en', level: 'B1' },
      ],
      about: 'Ищу работу с документами в государственной или частной организации Астаны.',
      locale: 'ru',
    },
  },
  {
    login: 'seeker3@demo.kz',
    cv: {
      title: 'Рабочий по благоустройству и озеленению',
      desiredPosition: 'Рабочий по озеленению',
      occupationCode: '9214',
      desiredSalary: null,
      region: 'astana',
      willingToRelocate: false,
      experience: [
        {
          employer: 'ГКП «Астана Зеленстрой»',
          position: 'Озеленитель',
          from: '2012-04',
          to: '2023-10',
          duties: 'Посадка деревьев и кустарников, уход за газонами и цветниками, обрезка.',
        },
      ],
      education: [
        {
          institution: 'Целиноградское профессионально-техническое училище № 3',
          speciality: 'Садовник',
          level: 'vocational',
          graduationYear: 1990,
        },
      ],
      skills: ['Уход за зелёными насаждениями', 'Работа с бензопилой и газонокосилкой'],
      languages: [
        { language: 'ru', level: 'native' },
        { language: 'kk', level: 'A2' },
      ],
      about: '',
      locale: 'ru',
    },
  },
  {
    login: 'seeker4@demo.kz',
    cv: {
      title: 'Тігінші',
      desiredPosition: 'Тігінші',
      occupationCode: '7531',
      desiredSalary: 200_000,
      region: 'almaty',
      willingToRelocate: false,
      experience: [],
      education: [
        {
          institution: 'Алматы жеңіл өнеркәсіп колледжі',
          speciality: 'Тігін өндірісі және киім үлгілеу',
          level: 'vocational',
          graduationYear: 2024,
        },
      ],
      skills: ['Өнеркәсіптік тігін машинасы', 'Оверлок', 'Киім пішу'],
      languages: [
        { language: 'kk', level: 'native' },
        { language: 'ru', level: 'B2' },
      ],
      about: 'Тігін цехында тұрақты жұмыс іздеймін, ауысыммен жұмыс істеуге дайынмын.',
      locale: 'kk',
    },
  },
  {
    login: 'seeker5@demo.kz',
    cv: {
      title: 'Жүк көлігінің жүргізушісі (C, CE санаты)',
      desiredPosition: 'Жүк көлігінің жүргізушісі',
      occupationCode: '8332',
      desiredSalary: 450_000,
      region: 'almaty',
      willingToRelocate: true,
      experience: [
        {
          employer: '«Жетісу Логистика» ЖШС',
          position: 'Жүргізуші-экспедитор',
          from: '2015-03',
          to: null,
          duties: 'Алматы облысы бойынша жүк тасымалдау, жол парағын толтыру, көлікке күтім жасау.',
        },
        {
          employer: 'Жеке кәсіпкер Сейітов Б.',
          position: 'Жүргізуші',
          from: '2009-06',
          to: '2015-02',
          duties: 'Құрылыс материалдарын жеткізу.',
        },
      ],
      education: [
        { institution: 'Алматы қаласының № 54 мектебі', speciality: '', level: 'secondary', graduationYear: 2006 },
      ],
      skills: ['C, CE санаттары', 'Тахограф', 'Көлікке техникалық қызмет көрсету'],
      languages: [
        { language: 'kk', level: 'native' },
        { language: 'ru', level: 'C1' },
      ],
      about: 'Мүгедектігім жұмысқа кедергі келтірмейді, ұзақ рейстерге дайынмын.',
      locale: 'kk',
    },
  },
  {
    login: 'seeker6@demo.kz',
    cv: {
      title: 'Повар горячего цеха',
      desiredPosition: 'Повар',
      occupationCode: '5120',
      desiredSalary: 280_000,
      region: 'almaty',
      willingToRelocate: false,
      experience: [
        {
          employer: 'ТОО «Медеу Тамак»',
          position: 'Повар горячего цеха',
          from: '2010-01',
          to: '2025-03',
          duties: 'Приготовление блюд казахской и европейской кухни, составление заявок на продукты.',
        },
      ],
      education: [
        {
          institution: 'Талгарский аграрный колледж',
          speciality: 'Повар-кондитер',
          level: 'vocational',
          graduationYear: 1987,
        },
      ],
      skills: ['Казахская кухня', 'Банкетное обслуживание', 'Санитарные нормы'],
      languages: [
        { language: 'kk', level: 'native' },
        { language: 'ru', level: 'C2' },
      ],
      about: 'Живу в Талгарском районе, готова ездить в Алматы.',
      locale: 'ru',
    },
  },
];

export type SeededCv = { login: string; cvId: string; locale: Locale };

/**
 * Gives each demo seeker who has no CV yet one CV, checked by the same schema the API uses; returns what it made.
 * Who may see them follows each seeker's consent (seedSeekersDemo sets it; without a profile, only the seeker).
 */
export async function seedCvsDemo(db: DbOrTx, { now }: { now: Date }): Promise<SeededCv[]> {
  const seeded: SeededCv[] = [];
  for (const demo of demoCvs) {
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('login', '=', demo.login)
      .where('role', '=', Role.jobSeeker)
      .executeTakeFirstOrThrow(() => new Error(`demo seeker ${demo.login} is missing: seed the demo world first`));
    if ((await countCvsOfSeeker(db, user.id)) > 0) continue;
    const cv = cvInput.parse(demo.cv);
    const cvId = await insertCv(db, { seekerId: user.id, values: cv, now });
    seeded.push({ login: demo.login, cvId, locale: cv.locale });
  }
  return seeded;
}
