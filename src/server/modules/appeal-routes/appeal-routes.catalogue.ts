// The appeal route Jumys ships with. No primary text of the rule is stored with the project, so it is unconfirmed:
// an administrator enters a verified version (with its source) when the centre's lawyers confirm it.
import type { AppealRouteInput } from '../../../shared/api/appeal-routes';

export const appealRouteCatalogue: readonly AppealRouteInput[] = [
  {
    validFrom: '2021-07-01',
    text: {
      kk: 'Комиссия шешіміне алдымен сотқа дейінгі тәртіппен — шешім туралы белгілі болған күннен бастап үш ай ішінде жоғары тұрған органға (жұмыспен қамту мәселелері жөніндегі жергілікті атқарушы органға) шағым беру арқылы, одан кейін сотқа Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен шағым жасауға болады.',
      ru: 'Решение комиссии можно обжаловать сначала в досудебном порядке — жалобой в вышестоящий орган (местный исполнительный орган по вопросам занятости) в течение трёх месяцев со дня, когда стало известно о решении, — а затем в суде, в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.',
      en: "The commission's decision can be appealed first out of court — by a complaint to the higher body (the local executive body for employment) within three months of learning of the decision — and then in court, as the Administrative Procedure and Process Code of the Republic of Kazakhstan provides.",
    },
    source:
      'Административный процедурно-процессуальный кодекс Республики Казахстан от 29 июня 2020 года № 350-VI (досудебное обжалование, затем суд); текст нормы и срок не сверены с первоисточником',
    certainty: 'unconfirmed',
  },
];
