// ФК-В.03 «Организация субсидируемых рабочих мест», step by step as the seed map prints it (kk, ru, en).
import type { ProcessDefinition } from './types';

export const subsidizedJobsMap: ProcessDefinition = {
  code: 'B03',
  officialCode: 'ФК-В.03',
  title: {
    kk: 'Субсидияланатын жұмыс орындарын ұйымдастыру',
    ru: 'Организация субсидируемых рабочих мест',
    en: 'Organisation of subsidized jobs',
  },
  purpose: {
    kk: 'Субсидияланатын жұмыс орындарын ұйымдастыру',
    ru: 'Организация субсидируемых рабочих мест',
    en: 'Organisation of subsidized jobs',
  },
  steps: [
    {
      number: '1',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'Жеке кабинеттен өтінім беру',
        ru: 'Подача заявки с личного кабинета',
        en: 'Apply from the personal cabinet',
      },
    },
    {
      number: '1.1',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'Шарт үшін деректемелерді толтыру',
        ru: 'Заполнить реквизиты для договора',
        en: 'Fill in the requisites for the contract',
      },
    },
    {
      number: '1.2',
      lane: 'employer',
      system: 'enbek',
      action: { kk: 'Өтінім нысанын толтыру', ru: 'Заполнить форму заявки', en: 'Fill in the application form' },
    },
    {
      number: '1.3',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'Жұмыс берушінің салық мен әлеуметтік төлемдер бойынша берешегінің бар-жоғын автоматты түрде тексеру, бір жылдан астам әрекет. Шарттарға сәйкес келмеген жағдайда өтінім беруден бас тарту',
        ru: 'Автоматическая проверка работодателя на наличие задолженности по налогам и социальным платежам, действие более года. При несоответствии условиям отказ в подаче заявки',
        en: 'Automatic check of the employer for tax and social-payment debt and over a year of operation; the application is refused if the conditions are not met',
      },
    },
    {
      number: '1.4',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'ЭЦҚ қол қою және ЕМО (МО) жіберу',
        ru: 'Подписать ЭЦП и отправить в ЦТМ (КЦ)',
        en: 'Sign with the digital signature and send to the employment centre',
      },
    },
    {
      number: '2',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Жұмыс берушінің өтінішін қарау',
        ru: 'Рассмотрение заявки от работодателя',
        en: "Review of the employer's application",
      },
    },
    {
      number: '2.1',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'СЖО ұйымдастыруға сұраныс пен ұсынысты қалыптастыру',
        ru: 'Формировать спрос и предложение на организацию СРМ',
        en: 'Form the demand and supply for subsidized jobs',
      },
    },
    {
      number: '2.2',
      lane: 'employer_relations_specialist',
      system: 'ais_rt',
      action: {
        kk: 'Жұмыс берушінің және өтінімнің НҚА талаптарына сәйкестігін тексеру',
        ru: 'Проверить работодателя и заявку на соответствие условиям НПА',
        en: 'Check the employer and the application against the regulations',
      },
    },
    {
      number: '2.3',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Өтінім бойынша ЕМО (МО) ескертуін енгізу',
        ru: 'Внести замечание ЦТМ (КЦ) по заявке',
        en: "Enter the centre's remarks on the application",
      },
    },
    {
      number: '2.4',
      lane: 'employer_relations_specialist',
      system: 'none',
      action: {
        kk: 'Жұмыс берушіге кеңес беру',
        ru: 'Предоставить консультацию работодателю',
        en: 'Consult the employer',
      },
    },
    {
      number: '2.5',
      lane: 'employer_relations_specialist',
      system: 'ais_rt',
      action: {
        kk: 'Жұмыс берушілердің тізбесін және ЕМО-на барлық өтінімдерді қарауға жіберу',
        ru: 'Направить перечень работодателей и все заявки на рассмотрение в ЦТМ',
        en: "Send the list of employers and all applications to the centre's commission",
      },
    },
    {
      number: '3',
      lane: 'employer_relations_specialist',
      system: 'ais_rt',
      action: {
        kk: 'Шарттың жобасын қалыптастыру',
        ru: 'Формирование проекта Договора',
        en: 'Forming the draft contract',
      },
    },
    {
      number: '3.1',
      lane: 'employer_relations_specialist',
      system: 'ais_rt',
      action: {
        kk: 'Өтінімдер бойынша ЕМО шешімін енгізу',
        ru: 'Внести решение ЦТМ по заявкам',
        en: "Enter the centre's decision on the applications",
      },
    },
    {
      number: '3.2',
      lane: 'automatic',
      system: 'enbek',
      action: {
        kk: 'ЕМО шешімі жұмыс берушінің жеке кабинетіне түседі',
        ru: 'Решение ЦТМ поступает работодателю в личный кабинет',
        en: "The centre's decision reaches the employer's cabinet",
      },
    },
    {
      number: '3.3',
      lane: 'automatic',
      system: 'ais_rt',
      action: {
        kk: 'Мақұлданған өтінімдер бойынша Шарт жобасы қалыптастырылады',
        ru: 'Формируется проект Договора по одобренным заявкам',
        en: 'A draft contract is formed for approved applications',
      },
    },
    {
      number: '3.4',
      lane: 'employer_relations_specialist',
      system: 'ais_rt',
      action: {
        kk: 'Шарттың жобасына Шарттың нөмірін, сомасын және аяқталу күнін енгізіп, ЕМО басшысына қол қоюға жіберу',
        ru: 'Внести в проект Договора номер, сумму и дату окончания Договора и направить на подпись руководителю ЦТМ',
        en: 'Enter the number, amount and end date in the draft contract and send it to the head of the centre for signature',
      },
    },
    {
      number: '4',
      lane: 'centre_head',
      system: 'ais_rt',
      action: {
        kk: 'Тапсырыс берушінің Шартқа қол қоюы',
        ru: 'Подписание Договора Заказчиком',
        en: 'Signing of the contract by the customer (the centre)',
      },
    },
    {
      number: '4.1',
      lane: 'centre_head',
      system: 'ais_rt',
      action: {
        kk: 'Шартты тексереді және қол қояды / Пысықтауға жібереді',
        ru: 'Проверяет и подписывает Договор / Отправляет на доработку',
        en: 'Checks and signs the contract / returns it for rework',
      },
    },
    {
      number: '4.2',
      lane: 'automatic',
      system: 'enbek',
      action: {
        kk: 'Шарт жұмыс берушінің жеке кабинетіне қол қоюға түседі',
        ru: 'Договор поступает на подпись работодателю в личный кабинет',
        en: "The contract reaches the employer's cabinet for signature",
      },
    },
    {
      number: '5',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'Орындаушының шартқа қол қоюы',
        ru: 'Подписание договора Исполнителем',
        en: 'Signing of the contract by the contractor (the employer)',
      },
    },
    {
      number: '5.1',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'Шартқа қол қояды / бас тартады',
        ru: 'Подписывает Договор / отказывает',
        en: 'Signs the contract / refuses',
      },
    },
    {
      number: '6',
      lane: 'employer',
      system: 'enbek',
      action: { kk: 'Бос жұмыс орнын жариялау', ru: 'Публикация вакансии', en: 'Publishing the vacancy' },
    },
    {
      number: '6.1',
      lane: 'employer',
      system: 'enbek',
      action: {
        kk: 'Бос жұмыс орнын өз бетінше жариялайды',
        ru: 'Публикует вакансию самостоятельно',
        en: 'Publishes the vacancy itself',
      },
    },
    {
      number: '6.2',
      lane: 'automatic',
      system: 'enbek',
      action: {
        kk: 'Бос жұмыс орны 3-ші жұмыс күні жарияланады',
        ru: 'Публикуется вакансия на 3-й рабочий день',
        en: 'The vacancy is published on the 3rd working day',
      },
    },
    {
      number: '6.3',
      lane: 'automatic',
      system: 'ais_rt',
      action: {
        kk: 'Бос жұмыс орны ЕН ААЖ-ғе түседі',
        ru: 'Поступает вакансия в АИС РТ',
        en: 'The vacancy enters the labour-market system (АИС РТ)',
      },
    },
  ],
};
