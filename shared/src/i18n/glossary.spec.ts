// The Convention's terms must be the glossary's, character for character. The table below is
// GLOSSARY.md's; where ../shared/GLOSSARY.md exists (the project's shared folder) it is read too,
// so a change there that the catalogues have not followed fails here.
// eslint-disable-next-line no-restricted-imports -- test fixture loading, not rule code
import { existsSync, readFileSync } from 'fs';
// eslint-disable-next-line no-restricted-imports -- test fixture loading, not rule code
import { join } from 'path';
import type { MessageKey } from './catalogue';
import { SUPPORTED_LANGUAGES, type Language } from './languages';
import { renderOutcome } from './outcome';
import { formatMessage } from './translator';

type Row = Record<Language, string>;
const row = (en: string, fr: string, es: string, ru: string, zh: string, ar: string): Row => ({
  en,
  fr,
  es,
  ru,
  zh,
  ar,
});

// GLOSSARY.md, in its order and spelling.
const GLOSSARY: Row[] = [
  row(
    'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction',
    "Convention sur l'interdiction de l'emploi, du stockage, de la production et du transfert des mines antipersonnel et sur leur destruction",
    'Convención sobre la prohibición del empleo, almacenamiento, producción y transferencia de minas antipersonal y sobre su destrucción',
    'Конвенция о запрещении применения, накопления запасов, производства и передачи противопехотных мин и об их уничтожении',
    '《关于禁止使用、储存、生产和转让杀伤人员地雷及销毁此种地雷的公约》',
    'اتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد وتدمير تلك الألغام',
  ),
  row(
    'State Party / States Parties',
    'État partie / États parties',
    'Estado parte / Estados partes',
    'государство-участник / государства-участники',
    '缔约国',
    'دولة طرف / الدول الأطراف',
  ),
  row(
    'Meeting of the States Parties',
    'Assemblée des États parties',
    'Reunión de los Estados Partes',
    'Совещание государств-участников',
    '缔约国会议',
    'اجتماع الدول الأطراف',
  ),
  row(
    'Special Meeting of the States Parties',
    'Assemblée extraordinaire des États parties',
    'Reunión extraordinaria de los Estados Partes',
    'Специальное совещание государств-участников',
    '缔约国特别会议',
    'اجتماع استثنائي للدول الأطراف',
  ),
  row(
    'Review Conference',
    "Conférence d'examen",
    'Conferencia de Examen',
    'Конференция по рассмотрению действия Конвенции',
    '审议会议',
    'المؤتمر الاستعراضي',
  ),
  row(
    'Amendment Conference',
    "Conférence d'amendement",
    'Conferencia de Enmienda',
    'Конференция по поправкам',
    '修正会议',
    'مؤتمر التعديل',
  ),
  row('President', 'Président(e)', 'Presidente/a', 'Председатель', '主席', 'الرئيس'),
  row('observer', 'observateur', 'observador', 'наблюдатель', '观察员', 'مراقب'),
  row('quorum', 'quorum', 'quórum', 'кворум', '法定人数', 'النصاب القانوني'),
  row(
    'present and voting',
    'présents et votants',
    'presentes y votantes',
    'присутствующих и участвующих в голосовании',
    '出席并参加表决',
    'الحاضرين والمصوتين',
  ),
  row(
    'two-thirds majority',
    'majorité des deux tiers',
    'mayoría de dos tercios',
    'большинство в две трети',
    '三分之二多数',
    'أغلبية الثلثين',
  ),
  row(
    'simple majority',
    'majorité simple',
    'mayoría simple',
    'простое большинство',
    '简单多数',
    'أغلبية بسيطة',
  ),
  row('consensus', 'consensus', 'consenso', 'консенсус', '协商一致', 'توافق الآراء'),
  row(
    'recorded vote',
    'vote enregistré',
    'votación registrada',
    'голосование с занесением в отчет',
    '记录表决',
    'تصويت مسجل',
  ),
  row(
    'roll-call vote',
    'vote par appel nominal',
    'votación nominal',
    'голосование поименно',
    '唱名表决',
    'تصويت بنداء الأسماء',
  ),
  row(
    'secret ballot',
    'scrutin secret',
    'votación secreta',
    'тайное голосование',
    '无记名投票',
    'اقتراع سري',
  ),
  row(
    'In favour: / Against: / Abstaining:',
    'Pour : / Contre : / Abstentions :',
    'Votos a favor: / Votos en contra: / Abstenciones:',
    'Голосовали за: / Голосовали против: / Воздержались:',
    '赞成: / 反对: / 弃权:',
    'المؤيدون: / المعارضون: / الممتنعون:',
  ),
  row(
    'adopted by 91 votes to 45, with 4 abstentions',
    'adopté par 91 voix contre 45, avec 4 abstentions',
    'aprobado por 91 votos contra 45 y 4 abstenciones',
    'принят 91 голосом против 45 при 4 воздержавшихся',
    '以91票赞成、45票反对、4票弃权获得通过',
    'اعتُمد بأغلبية 91 صوتا مقابل 45، مع امتناع 4 أعضاء عن التصويت',
  ),
  row(
    'point of order',
    "motion d'ordre",
    'cuestión de orden',
    'в порядке ведения заседания',
    '程序问题',
    'نقطة نظام',
  ),
  row('right of reply', 'droit de réponse', 'derecho de respuesta', 'право на ответ', '答辩权', 'حق الرد'),
  row(
    'explanation of vote',
    'explication de vote',
    'explicación de voto',
    'выступление по мотивам голосования',
    '解释投票',
    'تعليل التصويت',
  ),
  row(
    'list of speakers',
    'liste des orateurs',
    'lista de oradores',
    'список ораторов',
    '发言名单',
    'قائمة المتكلمين',
  ),
  row('credentials', 'pouvoirs', 'credenciales', 'полномочия', '全权证书', 'وثائق التفويض'),
  row(
    'Implementation Support Unit',
    "Unité d'appui à l'application",
    'Dependencia de Apoyo para la Aplicación',
    'Группа имплементационной поддержки',
    '执行支助股',
    'وحدة دعم التنفيذ',
  ),
];

const ADOPTED = 'adopted by 91 votes to 45, with 4 abstentions';

// The catalogue keys each glossary row fills; a row of several terms ("a / b") fills several keys.
const KEYS: Record<string, MessageKey[]> = {
  'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction':
    ['term.convention'],
  'State Party / States Parties': ['term.stateParty', 'term.statesParties'],
  'Meeting of the States Parties': ['term.meetingOfStatesParties', 'meetingKind.msp'],
  'Special Meeting of the States Parties': ['term.specialMeeting', 'meetingKind.special'],
  'Review Conference': ['term.reviewConference', 'meetingKind.review'],
  'Amendment Conference': ['term.amendmentConference', 'meetingKind.amendment'],
  President: ['term.president'],
  observer: ['term.observer'],
  quorum: ['term.quorum'],
  'present and voting': ['term.presentAndVoting'],
  'two-thirds majority': ['term.twoThirdsMajority'],
  'simple majority': ['term.simpleMajority'],
  consensus: ['term.consensus'],
  'recorded vote': ['term.recordedVote'],
  'roll-call vote': ['term.rollCallVote'],
  'secret ballot': ['term.secretBallot'],
  'In favour: / Against: / Abstaining:': ['term.inFavour', 'term.against', 'term.abstaining'],
  'point of order': ['term.pointOfOrder'],
  'right of reply': ['term.rightOfReply'],
  'explanation of vote': ['term.explanationOfVote'],
  'list of speakers': ['term.listOfSpeakers'],
  credentials: ['term.credentials'],
  'Implementation Support Unit': ['term.implementationSupportUnit'],
};

/** "a / b" -> [a, b] for as many keys as the row fills; a single term fills them all (缔约国). */
function cells(text: string, count: number): string[] {
  const parts = text.split(' / ');
  return parts.length === count ? parts : Array.from({ length: count }, () => text);
}

/** True when the words of `phrase` appear in `sentence` in the same order (a subject may sit between). */
function wordsInOrder(sentence: string, phrase: string): boolean {
  let at = 0;
  for (const word of phrase.split(/\s+/)) {
    const found = sentence.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

describe('the Convention’s terms in six languages (GLOSSARY.md)', () => {
  it.each(GLOSSARY.filter((r) => r.en !== ADOPTED).map((r) => [r.en, r] as const))('%s', (_en, r) => {
    const keys = KEYS[r.en];
    for (const lang of SUPPORTED_LANGUAGES) {
      const expected = cells(r[lang], keys.length);
      expect(keys.map((k) => formatMessage(lang, k))).toEqual(expected);
    }
  });

  it.each(SUPPORTED_LANGUAGES)(
    'phrases "adopted by 91 votes to 45, with 4 abstentions" as the glossary in %s',
    (lang) => {
      const sentence = renderOutcome(lang, { outcome: 'adopted', yes: 91, no: 45, abstain: 4 });
      const phrase = GLOSSARY.find((r) => r.en === ADOPTED)![lang];
      expect({ sentence, ok: wordsInOrder(sentence, phrase) }).toEqual({ sentence, ok: true });
    },
  );

  const file = join(__dirname, '..', '..', '..', '..', 'shared', 'GLOSSARY.md');
  (existsSync(file) ? it : it.skip)('matches ../shared/GLOSSARY.md where that file is present', () => {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| English') && !l.startsWith('|---'))
      .map((l) => l.slice(2, -2).split(' | '))
      .map(([en, fr, es, ru, zh, ar]) => row(en, fr, es, ru, zh, ar));
    expect(rows).toEqual(GLOSSARY);
  });
});
