import type { OfficialDecision, OfficialRecord } from '@plenary/shared';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';

/*
 * The official record as a Word document the secretariat edits (`docx`, the well-kept writer):
 * the same headings and paragraphs as the print view, in one language; Arabic paragraphs are
 * bidirectional and their runs right to left, and every run carries its language so spelling
 * and fonts follow it.
 */
const LANGUAGE_CODES: Record<OfficialRecord['language'], string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  zh: 'zh-CN',
  ar: 'ar-SA',
};

export async function recordDocx(record: OfficialRecord): Promise<Buffer> {
  const rtl = record.dir === 'rtl';
  const code = LANGUAGE_CODES[record.language];
  const run = (text: string, extra: Partial<IRunOptions> = {}) =>
    new TextRun({
      text,
      rightToLeft: rtl,
      language: { value: code, eastAsia: code, bidirectional: code },
      ...extra,
    });
  const para = (
    text: string,
    opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {},
  ) =>
    new Paragraph({
      heading: opts.heading,
      bidirectional: rtl,
      alignment: AlignmentType.START,
      spacing: { after: 120 },
      children: [run(text, { bold: opts.bold })],
    });
  const labelled = (label: string, value: string) =>
    new Paragraph({
      bidirectional: rtl,
      alignment: AlignmentType.START,
      children: [run(`${label}: `, { bold: true }), run(value)],
    });

  const decision = (d: OfficialDecision): Paragraph[] => [
    para(d.rendered.heading, { heading: HeadingLevel.HEADING_2 }),
    para(d.rendered.agendaItem, { bold: true }),
    labelled(record.labels.text, d.text),
    ...(d.rendered.matter ? [labelled(record.labels.matter, d.rendered.matter)] : []),
    ...(d.rendered.rule ? [labelled(record.labels.rule, d.rendered.rule)] : []),
    ...(d.rendered.method ? [labelled(record.labels.method, d.rendered.method)] : []),
    ...(d.rendered.times ? [para(d.rendered.times)] : []),
    ...(d.rendered.participation ? [para(d.rendered.participation)] : []),
    ...d.rendered.paragraphs.map((p) => para(p)),
    ...(d.rendered.arithmetic ? [para(d.rendered.arithmetic)] : []),
    ...d.intendedVotes.map((n) => para(n.rendered)),
    ...d.corrections.map((c) => para(c.rendered)),
  ];

  const section: ISectionOptions = {
    properties: {},
    children: [
      para(record.labels.title, { heading: HeadingLevel.TITLE }),
      para(`${record.meeting.title} (${record.meeting.code})`, { heading: HeadingLevel.HEADING_1 }),
      para(record.labels.kind),
      para(record.labels.meeting),
      para(record.labels.decisions, { heading: HeadingLevel.HEADING_1 }),
      ...(record.decisions.length === 0 ? [para(record.labels.empty)] : record.decisions.flatMap(decision)),
      ...(record.elections.length === 0
        ? []
        : [
            para(record.labels.elections, { heading: HeadingLevel.HEADING_1 }),
            ...record.elections.flatMap((e) => [
              para(e.rendered.heading, { heading: HeadingLevel.HEADING_2 }),
              ...e.rendered.paragraphs.map((p) => para(p)),
            ]),
          ]),
      ...(record.rulings.length === 0
        ? []
        : [
            para(record.labels.rulings, { heading: HeadingLevel.HEADING_1 }),
            ...record.rulings.map((r) => para(r.rendered)),
          ]),
      ...(record.conclusions.length === 0
        ? []
        : [
            para(record.labels.conclusions, { heading: HeadingLevel.HEADING_1 }),
            ...record.conclusions.flatMap((c) => [
              para(`${c.label} ${c.position}`, { heading: HeadingLevel.HEADING_2 }),
              para(c.text),
            ]),
          ]),
      ...record.otherCorrections.map((c) => para(c.rendered)),
      para(record.labels.chainHead),
    ],
  };
  const doc = new Document({
    creator: 'Plenary',
    title: `${record.labels.title}: ${record.meeting.code}`,
    styles: {
      default: { document: { run: { language: { value: code, eastAsia: code, bidirectional: code } } } },
    },
    sections: [section],
  });
  return Packer.toBuffer(doc);
}
