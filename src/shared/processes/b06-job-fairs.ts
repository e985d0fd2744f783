// ФК-В.06 «Организация ярмарок вакансий», step by step as the seed map prints it (kk, ru, en).
import type { ProcessDefinition } from './types';

export const jobFairsMap: ProcessDefinition = {
  code: 'B06',
  officialCode: 'ФК-В.06',
  title: {
    kk: 'Бос орындар жәрмеңкелерін ұйымдастыру',
    ru: 'Организация ярмарок вакансий',
    en: 'Organisation of job fairs',
  },
  purpose: {
    kk: 'Тиісті бос жұмыс орындары мен жұмыс іздеушілерді іздеуге жәрдемдесу',
    ru: 'Содействие в поиске подходящих вакансий и соискателей',
    en: 'Help in finding suitable vacancies and job seekers',
  },
  steps: [
    {
      number: '1',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Бос орындар жәрмеңкелерін жоспарлау',
        ru: 'Планирование ярмарок вакансий',
        en: 'Planning job fairs',
      },
    },
    {
      number: '1.1',
      lane: 'employer_relations_specialist',
      system: 'tanda',
      action: {
        kk: 'Бос орындар жәрмеңкелерін өткізу жоспарын дайындау және бекіту, оның ішінде tanda.enbek.kz',
        ru: 'Подготовить и утвердить план проведения ярмарок вакансий, в том числе на tanda.enbek.kz',
        en: 'Prepare and approve the plan of job fairs, including on tanda.enbek.kz',
      },
    },
    {
      number: '2',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Бос жұмыс орындары бар жұмыс берушілерді іздеу',
        ru: 'Поиск работодателей со свободными рабочими местами',
        en: 'Finding employers with vacant jobs',
      },
    },
    {
      number: '2.1',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Азаматтар мен жұмыс берушілерді бос орындар жәрмеңкесін өткізу туралы хабардар ету (жоспарды сайтта жариялау, баспасөз релиздері, бұқаралық ақпарат құралдарында, әлеуметтік желілердің ресми парақшаларында хабарлау және т.б.)',
        ru: 'Информировать граждан и работодателей о проведении ярмарок вакансий (публикация плана на сайте, пресс-релизы, информирование в СМИ, на официальных страницах социальных сетей и т.д.)',
        en: 'Inform citizens and employers about the job fairs (the plan on the website, press releases, media, official social-network pages, etc.)',
      },
    },
    {
      number: '2.2',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Жәрмеңке бағдарламаларын, күндерін, уақытын, орындары мен нысандарын анықтау',
        ru: 'Определить программы ярмарки, даты, время, места и формы проведения ярмарки',
        en: 'Set the fair programme, dates, times, venues and formats',
      },
    },
    {
      number: '2.3',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Жәрмеңкенің өткізілу нысанын және жұмыс берушілерден келіп түскен өтінімдерді ескере отырып, жұмыс берушілердің, болжамды қатысушылардың тізімін қалыптастыру',
        ru: 'Сформировать список работодателей, предполагаемых участников ярмарки, с учетом формы ее проведения и поступивших заявок от работодателей',
        en: "Form the list of employers expected to take part, given the fair's format and the employers' applications",
      },
    },
    {
      number: '3',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: { kk: 'Бос орындар жәрмеңкесін өткізу', ru: 'Проведение ярмарки вакансий', en: 'Holding the job fair' },
    },
    {
      number: '3.1',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Жұмыс берушілер мен азаматтардың жәрмеңкеге қатысу ережелері, оны өткізу мерзімі мен орны туралы хабардар ету',
        ru: 'Информировать работодателей и граждан о правилах участия в ярмарке, сроках и месте ее проведения',
        en: 'Inform employers and citizens of the rules of participation, the dates and the venue',
      },
    },
    {
      number: '3.2',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Бос орындар жәрмеңкесіне қатысушы жұмыс берушілерді тіркеу',
        ru: 'Регистрировать работодателей-участников ярмарки вакансий',
        en: 'Register the participating employers',
      },
    },
    {
      number: '3.3',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Жұмыс берушіні өз бос жұмыс орындарын таныстыру және азаматтармен әңгімелесу өткізу үшін орынмен қамтамасыз ету',
        ru: 'Обеспечить работодателя местом для презентации своих вакансий и проведения собеседования с гражданами',
        en: 'Give each employer a place to present its vacancies and interview citizens',
      },
    },
    {
      number: '3.4',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Азаматтар мен жұмыс берушілерге жұмыспен қамту саласында мемлекеттік қызметтер көрсету мәселелері бойынша кеңес беру',
        ru: 'Проводить гражданам и работодателям консультации по вопросам предоставления государственных услуг в сфере занятости',
        en: 'Consult citizens and employers on public employment services',
      },
    },
    {
      number: '3.5',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Бос орындар жәрмеңкелерін өткізу тиімділігінің есебі мен талдауын қалыптастыру',
        ru: 'Сформировать отчет и анализ эффективности проведения ярмарок вакансий',
        en: 'Produce the report and analysis of the fairs’ efficiency',
      },
    },
    {
      number: '4',
      lane: 'employer_relations_specialist',
      system: 'tanda',
      action: {
        kk: 'Онлайн бос орындар жәрмеңкелерін жоспарлау',
        ru: 'Планирование онлайн-ярмарок вакансий',
        en: 'Planning online job fairs',
      },
    },
    {
      number: '5',
      lane: 'employer',
      system: 'tanda',
      action: { kk: 'Өтінім беру', ru: 'Подача заявки', en: 'Applying' },
    },
    {
      number: '5.1',
      lane: 'employer',
      system: 'tanda',
      action: { kk: 'Алдын ала өтініш беру', ru: 'Подать предварительную заявку', en: 'Submit a pre-application' },
    },
    {
      number: '5.2',
      lane: 'employer_relations_specialist',
      system: 'tanda',
      action: {
        kk: 'Өтінім бойынша шешім қабылдау (мақұлдау / қабылдамау)',
        ru: 'Принять решение по заявке (одобрение / отклонение)',
        en: 'Decide on the pre-application (approve / reject)',
      },
    },
    {
      number: '6',
      lane: 'employer',
      system: 'tanda',
      action: { kk: 'Ақпаратты қалыптастыру', ru: 'Формирование информации', en: 'Preparing the information' },
    },
    {
      number: '6.1',
      lane: 'employer',
      system: 'tanda',
      action: {
        kk: 'Ұйым туралы ақпаратты толтыру және жіберу',
        ru: 'Заполнить и подать информацию об организации',
        en: 'Fill in and submit the organisation information',
      },
    },
    {
      number: '6.2',
      lane: 'employer_relations_specialist',
      system: 'tanda',
      action: {
        kk: 'Ұйым туралы ақпарат бойынша шешім қабылдау (мақұлдау / қабылдамау)',
        ru: 'Принять решение по информации об организации (одобрение / отклонение)',
        en: 'Decide on the organisation information (approve / reject)',
      },
    },
    {
      number: '6.3',
      lane: 'automatic',
      system: 'tanda',
      action: {
        kk: 'Ақпарат мақұлдағаннан кейін жұмыс беруші жәрмеңкенің қатысушысы болады, кәсіпорынның стенді мен бос орындары порталда орналастырылады',
        ru: 'После одобрения информации работодатель становится участником ярмарки, стенд и вакансии предприятия размещаются на портале',
        en: 'Once approved, the employer takes part in the fair; its stand and vacancies appear on the portal',
      },
    },
    {
      number: '6.4',
      lane: 'employer',
      system: 'tanda',
      action: {
        kk: 'Жеке кабинетте жәрмеңке карточкасы қалыптастырылады',
        ru: 'В личном кабинете формируется карточка ярмарки',
        en: "A fair card is formed in the employer's cabinet",
      },
    },
    {
      number: '6.5',
      lane: 'job_seeker',
      system: 'tanda',
      action: {
        kk: 'Жәрмеңкеге қатысу үшін тіркелу',
        ru: 'Зарегистрироваться для участия в ярмарке',
        en: 'Register to take part in the fair',
      },
    },
    {
      number: '7',
      lane: 'job_seeker',
      system: 'tanda',
      action: { kk: 'Онлайн-жәрмеңке өткізу', ru: 'Проведение онлайн-ярмарки', en: 'Holding the online fair' },
    },
    {
      number: '7.1',
      lane: 'job_seeker',
      system: 'tanda',
      action: {
        kk: 'Бір күн бұрын және жәрмеңке күні бос жұмыс орындарына түйіндеме жіберу',
        ru: 'Направить резюме на вакансии за один день и в день ярмарки',
        en: 'Send CVs to vacancies the day before and on the fair day',
      },
    },
    {
      number: '7.2',
      lane: 'employer_or_job_seeker',
      system: 'tanda',
      action: {
        kk: 'Сұхбат жүргізу: онлайн-чат / бейне сұхбат',
        ru: 'Проводить собеседования: онлайн-чат / видеоинтервью',
        en: 'Hold interviews: online chat / video interview',
      },
    },
    {
      number: '7.3',
      lane: 'employer_relations_specialist',
      system: 'tanda',
      action: { kk: 'Есепті қалыптастыру', ru: 'Сформировать отчет', en: 'Produce the report' },
    },
  ],
};
