import type { VoteResult } from '../contracts/http/plenary.contract';
import { decide } from '../domain/decisions/decisions.rules';
import type { Language } from './languages';
import { SUPPORTED_LANGUAGES } from './languages';
import {
  arithmeticMessage,
  type OutcomeInput,
  outcomeMessage,
  renderOutcome,
  renderRecordedVote,
} from './outcome';
import { renderMessage } from './translator';

const voted = (outcome: 'adopted' | 'rejected', yes: number, no: number, abstain: number): OutcomeInput => ({
  outcome,
  yes,
  no,
  abstain,
});

// The record's sentence, as UN meeting records print it in each language: the usual case, nobody
// against, one against, one abstention, no abstentions, one in favour.
const CASES: Array<[string, OutcomeInput, Record<Language, string>]> = [
  [
    '91 to 45, 4 abstentions',
    voted('adopted', 91, 45, 4),
    {
      en: 'The draft decision was adopted by 91 votes to 45, with 4 abstentions.',
      fr: 'Le projet de décision est adopté par 91 voix contre 45, avec 4 abstentions.',
      es: 'El proyecto de decisión queda aprobado por 91 votos contra 45 y 4 abstenciones.',
      ru: 'Проект решения принят 91 голосом против 45 при 4 воздержавшихся.',
      zh: '决定草案以91票赞成、45票反对、4票弃权获得通过。',
      ar: 'اعتُمد مشروع المقرر بأغلبية 91 صوتا مقابل 45، مع امتناع 4 أعضاء عن التصويت.',
    },
  ],
  [
    'nobody against (168 to none, 17 abstentions)',
    voted('adopted', 168, 0, 17),
    {
      en: 'The draft decision was adopted by 168 votes to none, with 17 abstentions.',
      fr: 'Le projet de décision est adopté par 168 voix contre zéro, avec 17 abstentions.',
      es: 'El proyecto de decisión queda aprobado por 168 votos contra ninguno y 17 abstenciones.',
      ru: 'Проект решения принят 168 голосами при отсутствии голосов против при 17 воздержавшихся.',
      zh: '决定草案以168票赞成、0票反对、17票弃权获得通过。',
      ar: 'اعتُمد مشروع المقرر بأغلبية 168 صوتا مقابل لا شيء، مع امتناع 17 عضوا عن التصويت.',
    },
  ],
  [
    'one against, one abstention',
    voted('adopted', 150, 1, 1),
    {
      en: 'The draft decision was adopted by 150 votes to 1, with 1 abstention.',
      fr: 'Le projet de décision est adopté par 150 voix contre 1, avec 1 abstention.',
      es: 'El proyecto de decisión queda aprobado por 150 votos contra 1 y 1 abstención.',
      ru: 'Проект решения принят 150 голосами против 1 при 1 воздержавшемся.',
      zh: '决定草案以150票赞成、1票反对、1票弃权获得通过。',
      ar: 'اعتُمد مشروع المقرر بأغلبية 150 صوتا مقابل صوت واحد، مع امتناع عضو واحد عن التصويت.',
    },
  ],
  [
    'no abstentions, two against, 21 in favour',
    voted('adopted', 21, 2, 0),
    {
      en: 'The draft decision was adopted by 21 votes to 2.',
      fr: 'Le projet de décision est adopté par 21 voix contre 2.',
      es: 'El proyecto de decisión queda aprobado por 21 votos contra 2.',
      ru: 'Проект решения принят 21 голосом против 2.',
      zh: '决定草案以21票赞成、2票反对、0票弃权获得通过。',
      ar: 'اعتُمد مشروع المقرر بأغلبية 21 صوتا مقابل صوتين.',
    },
  ],
  [
    'one in favour, nobody against, two abstentions',
    voted('adopted', 1, 0, 2),
    {
      en: 'The draft decision was adopted by 1 vote to none, with 2 abstentions.',
      fr: 'Le projet de décision est adopté par 1 voix contre zéro, avec 2 abstentions.',
      es: 'El proyecto de decisión queda aprobado por 1 voto contra ninguno y 2 abstenciones.',
      ru: 'Проект решения принят 1 голосом при отсутствии голосов против при 2 воздержавшихся.',
      zh: '决定草案以1票赞成、0票反对、2票弃权获得通过。',
      ar: 'اعتُمد مشروع المقرر بأغلبية صوت واحد مقابل لا شيء، مع امتناع عضوين عن التصويت.',
    },
  ],
  [
    'a rejection, 60 to 72, 39 abstentions',
    voted('rejected', 60, 72, 39),
    {
      en: 'The draft decision was rejected by 60 votes to 72, with 39 abstentions.',
      fr: 'Le projet de décision est rejeté par 60 voix contre 72, avec 39 abstentions.',
      es: 'El proyecto de decisión queda rechazado por 60 votos contra 72 y 39 abstenciones.',
      ru: 'Проект решения отклонен 60 голосами против 72 при 39 воздержавшихся.',
      zh: '决定草案以60票赞成、72票反对、39票弃权被否决。',
      ar: 'رُفض مشروع المقرر، إذ حصل على 60 صوتا مقابل 72، مع امتناع 39 عضوا عن التصويت.',
    },
  ],
  [
    'a two-thirds rejection with more in favour than against',
    voted('rejected', 80, 50, 10),
    {
      en: 'The draft decision was rejected by 80 votes to 50, with 10 abstentions, having failed to obtain the required two-thirds majority.',
      fr: "Le projet de décision est rejeté par 80 voix contre 50, avec 10 abstentions, faute d'avoir obtenu la majorité requise des deux tiers.",
      es: 'El proyecto de decisión queda rechazado por 80 votos contra 50 y 10 abstenciones, al no haber obtenido la mayoría de dos tercios requerida.',
      ru: 'Проект решения отклонен 80 голосами против 50 при 10 воздержавшихся, поскольку требуемое большинство в две трети не было получено.',
      zh: '决定草案以80票赞成、50票反对、10票弃权未获通过，因未获得所需的三分之二多数。',
      ar: 'رُفض مشروع المقرر، إذ حصل على 80 صوتا مقابل 50، مع امتناع 10 أعضاء عن التصويت، ولم يحصل على أغلبية الثلثين المطلوبة.',
    },
  ],
  [
    'everyone abstaining',
    voted('rejected', 0, 0, 17),
    {
      en: 'The draft decision was not adopted: no votes were cast in favour or against, with 17 abstentions.',
      fr: "Le projet de décision n'est pas adopté : aucune voix pour ni contre, avec 17 abstentions.",
      es: 'El proyecto de decisión no queda aprobado: no hubo votos a favor ni en contra y hubo 17 abstenciones.',
      ru: 'Проект решения не принят: голосов «за» или «против» подано не было; воздержались: 17.',
      zh: '决定草案未获通过：没有赞成票或反对票，17票弃权。',
      ar: 'لم يُعتمد مشروع المقرر: لم يُدلَ بأي صوت مؤيد أو معارض، مع امتناع 17 عضوا عن التصويت.',
    },
  ],
  [
    'a vote closed without the quorum',
    { outcome: 'no-quorum', presentAtClose: 80, quorumRequired: 81 },
    {
      en: 'No decision was taken: the quorum was not present when the vote closed (80 States Parties present; 81 required).',
      fr: "Aucune décision n'est prise : le quorum n'était pas atteint à la clôture du vote (80 États parties présents ; 81 requis).",
      es: 'No se adopta ninguna decisión: no había quórum al cerrarse la votación (80 Estados partes presentes; se requieren 81).',
      ru: 'Решение не принято: при закрытии голосования кворума не было (присутствовало государств-участников: 80; требуется: 81).',
      zh: '未作出决定：表决结束时不足法定人数（出席的缔约国：80个；所需：81个）。',
      ar: 'لم يُتخذ أي قرار: لم يكتمل النصاب القانوني عند إقفال باب التصويت (عدد الدول الأطراف الحاضرة: 80؛ العدد المطلوب: 81).',
    },
  ],
  [
    'consensus',
    { outcome: 'adopted-without-vote' },
    {
      en: 'The draft decision was adopted without a vote.',
      fr: 'Le projet de décision est adopté sans vote.',
      es: 'El proyecto de decisión queda aprobado sin votación.',
      ru: 'Проект решения принят без голосования.',
      zh: '决定草案未经表决获得通过。',
      ar: 'اعتُمد مشروع المقرر دون تصويت.',
    },
  ],
];

describe('the outcome as UN records phrase it', () => {
  describe.each(CASES)('%s', (_name, result, expected) => {
    it.each(SUPPORTED_LANGUAGES)('in %s', (lang) => {
      expect(renderOutcome(lang, result)).toBe(expected[lang]);
    });
  });

  it.each([
    [2, 'بأغلبية صوتين'],
    [3, 'بأغلبية 3 أصوات'],
    [10, 'بأغلبية 10 أصوات'],
    [11, 'بأغلبية 11 صوتا'],
    [99, 'بأغلبية 99 صوتا'],
    [100, 'بأغلبية 100 صوت'],
    [102, 'بأغلبية 102 صوت'],
    [103, 'بأغلبية 103 أصوات'],
    [111, 'بأغلبية 111 صوتا'],
  ])('counts %i votes with Arabic’s plural forms', (yes, phrase) => {
    expect(renderOutcome('ar', voted('adopted', yes, 0, 0))).toContain(phrase);
  });

  it.each([
    [1, 'принят 1 голосом'],
    [2, 'принят 2 голосами'],
    [5, 'принят 5 голосами'],
    [11, 'принят 11 голосами'],
    [21, 'принят 21 голосом'],
    [101, 'принят 101 голосом'],
  ])('counts %i votes with Russian’s plural forms', (yes, phrase) => {
    expect(renderOutcome('ru', voted('adopted', yes, 0, 0))).toContain(phrase);
  });

  it.each(SUPPORTED_LANGUAGES)('never says "rejected" or "tie" when the quorum failed (%s)', (lang) => {
    const noQuorum = renderOutcome(lang, { outcome: 'no-quorum', presentAtClose: 2, quorumRequired: 81 });
    const rejected = renderOutcome(lang, voted('rejected', 1, 1, 0));
    const rejectedWord = {
      en: 'rejected',
      fr: 'rejeté',
      es: 'rechazado',
      ru: 'отклонен',
      zh: '否决',
      ar: 'رُفض',
    }[lang];
    expect(rejected).toContain(rejectedWord);
    expect(noQuorum).not.toContain(rejectedWord);
    expect(noQuorum).not.toMatch(/\btie\b|1–1|1-1/);
  });

  it('names an amendment, a proposal or a motion with the right agreement', () => {
    const r = voted('adopted', 91, 45, 4);
    expect(renderOutcome('en', r, 'amendment')).toMatch(/^The amendment was adopted by 91 votes/);
    expect(renderOutcome('fr', r, 'motion')).toMatch(/^La motion est adoptée par 91 voix/);
    expect(renderOutcome('es', r, 'amendment')).toMatch(/^La enmienda queda aprobada por 91 votos/);
    expect(renderOutcome('ru', r, 'amendment')).toMatch(/^Поправка принята 91 голосом/);
    expect(renderOutcome('zh', r, 'proposal')).toMatch(/^提案以91票赞成/);
    expect(renderOutcome('ar', r, 'amendment')).toMatch(/^اعتُمد التعديل بأغلبية/);
  });

  it('renders a vote result from the wire contract, decided by the shared rule', () => {
    const d = decide('two-thirds-present-voting', { yes: 91, no: 45, abstain: 4 });
    const result: VoteResult = {
      outcome: d.outcome,
      yes: d.yes,
      no: d.no,
      abstain: d.abstain,
      presentAndVoting: d.presentAndVoting,
      required: d.required,
      quorumRequired: 81,
      presentAtClose: 140,
      explanation: d.explanation,
    };
    expect(outcomeMessage(result)).toEqual({
      key: 'record.adopted',
      params: { subject: 'draft-decision', yes: 91, no: 45, abstain: 4 },
    });
    expect(renderMessage('en', arithmeticMessage(d))).toBe(
      'Two-thirds of 136 present and voting requires 91.',
    );
    expect(renderMessage('fr', arithmeticMessage(d))).toBe(
      'Majorité des deux tiers sur 136 présents et votants : 91 voix requises.',
    );
    expect(renderMessage('ru', arithmeticMessage(d))).toBe(
      'Присутствующих и участвующих в голосовании: 136; для большинства в две трети требуется 91 голос.',
    );
  });

  it.each(SUPPORTED_LANGUAGES)(
    'renders the arithmetic line in %s with the numbers in Western digits',
    (lang) => {
      const text = renderMessage(
        lang,
        arithmeticMessage({ rule: 'two-thirds-present-voting', presentAndVoting: 136, required: 91 }),
      );
      expect(text).toContain('136');
      expect(text).toContain('91');
      expect(text).not.toMatch(/[\u0660-\u0669]/);
    },
  );
});

describe('the recorded vote in the record (DOMAIN.md §6)', () => {
  const votes = { inFavour: ['TUR', 'CIV', 'CRI', 'TKM', 'AFG'], against: ['PRK'], abstaining: [] };
  const result = voted('adopted', 5, 1, 0);

  it('lists the States in UN English order, by their UN short names', () => {
    expect(renderRecordedVote('en', votes, result)).toEqual([
      'A recorded vote was taken.',
      "In favour: Afghanistan, Costa Rica, Côte d'Ivoire, Türkiye, Turkmenistan.",
      "Against: Democratic People's Republic of Korea.",
      'Abstaining: None.',
      'The draft decision was adopted by 5 votes to 1.',
    ]);
  });

  it('keeps English order in every language, with the names and headings of that language', () => {
    const [taken, inFavour, , abstaining] = renderRecordedVote('ar', votes, result);
    expect(taken).toBe('أُجري تصويت مسجل.');
    expect(inFavour).toBe('المؤيدون: أفغانستان، كوستاريكا، كوت ديفوار، تركيا، تركمانستان.');
    expect(abstaining).toBe('الممتنعون: لا أحد.');
    expect(renderRecordedVote('zh', votes, result)[1]).toBe(
      '赞成: 阿富汗、哥斯达黎加、科特迪瓦、土耳其、土库曼斯坦。',
    );
    expect(renderRecordedVote('fr', votes, result)[2]).toBe(
      'Contre : République populaire démocratique de Corée.',
    );
  });
});
