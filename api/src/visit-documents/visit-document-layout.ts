import { type Content, type TableCell } from 'pdfmake/interfaces';
import { type TDocumentDefinitions } from 'pdfmake/interfaces';
import { type DocumentLanguage, formatCalendarDate, formatCalendarDates, formatRupiah } from '../core';
import { type VisitDocumentFacts } from './visit-document-facts';
import { type VisitDocumentKind } from './visit-document-kinds';
import { DOCUMENT_TEXTS, type DocumentTexts } from './visit-document-texts';

/** The document definitions (pdfmake) of the request letter, the host's reply and the trip report: pure, from the facts. */

const A4_MARGINS: [number, number, number, number] = [64, 48, 64, 56];

function letterhead(name: string, place: string): Content[] {
  return [
    { text: name.toLocaleUpperCase('id'), bold: true, fontSize: 14, alignment: 'center' },
    { text: place, alignment: 'center', margin: [0, 2, 0, 4] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 467, y2: 0, lineWidth: 1.5 }], margin: [0, 0, 0, 12] },
  ];
}

function placeAndDate(place: string, date: string, language: DocumentLanguage): Content {
  return { text: `${place}, ${formatCalendarDate(date, language)}`, alignment: 'right', margin: [0, 0, 0, 12] };
}

function letterFields(rows: [string, string][]): Content {
  return {
    table: { widths: [70, 8, '*'], body: rows.map(([label, value]) => [label, ':', value]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 12],
  };
}

function addressee(texts: DocumentTexts, name: string, place: string): Content {
  return { stack: [texts.to, { text: name, bold: true }, texts.at(place)], margin: [0, 0, 0, 12] };
}

/** A paragraph; the letter number in it is never broken across lines (a reader copies it whole). */
function paragraph(text: string, unbroken: string | null = null): Content {
  const pieces = unbroken ? text.split(unbroken).flatMap((piece, index) => (index === 0 ? [piece] : [{ text: unbroken, noWrap: true }, piece])) : text;
  return { text: pieces, alignment: 'justify', margin: [0, 0, 0, 8] };
}

function signatureBlock(texts: DocumentTexts, office: string): Content {
  return { stack: [office, { text: texts.signature, margin: [0, 48, 0, 0], italics: true }], margin: [260, 16, 0, 0] };
}

function programLine(program: VisitDocumentFacts['programs'][number], texts: DocumentTexts, language: DocumentLanguage): string {
  const figures = [
    program.totalBudgetRupiah !== null ? `${texts.totalBudget} ${formatRupiah(program.totalBudgetRupiah, language)}` : null,
    program.unitCostRupiah !== null
      ? [texts.unitCost, formatRupiah(program.unitCostRupiah, language), program.unitCostUnit].filter(Boolean).join(' ')
      : null,
  ].filter((figure) => figure !== null);
  return figures.length > 0 ? `${program.title} (${figures.join('; ')})` : program.title;
}

function table(headers: string[], rows: string[][], widths: (number | string)[]): Content {
  const head: TableCell[] = headers.map((text) => ({ text, bold: true }));
  return { table: { headerRows: 1, widths, body: [head, ...rows] }, fontSize: 10, margin: [0, 0, 0, 10] };
}

function participantTable(facts: VisitDocumentFacts, texts: DocumentTexts): Content {
  const { no, name, position, agency } = texts.columns;
  const rows = facts.participants.map((person, index) => [`${index + 1}`, person.name, person.position, person.agency ?? texts.none]);
  return table([no, name, position, agency], rows, [24, '*', '*', '*']);
}

function agendaTable(facts: VisitDocumentFacts, texts: DocumentTexts, language: DocumentLanguage): Content {
  const { date, time, activity, place } = texts.columns;
  const rows = facts.agenda.map((item) => [
    formatCalendarDate(item.date, language),
    `${item.startTime}–${item.endTime}`,
    item.presenter ? `${item.activity} (${item.presenter})` : item.activity,
    item.place || texts.none,
  ]);
  return table([date, time, activity, place], rows, [84, 64, '*', 100]);
}

function requestLetter(facts: VisitDocumentFacts, language: DocumentLanguage): Content[] {
  const texts = DOCUMENT_TEXTS[language];
  const hasParticipants = facts.participants.length > 0;
  return [
    ...letterhead(facts.sender.name, facts.sender.place),
    placeAndDate(facts.sender.place, facts.requestedOn, language),
    letterFields([
      [texts.number, facts.letterNumber ?? texts.none],
      [texts.attachment, hasParticipants ? texts.participantListAttached : texts.none],
      [texts.subject, texts.requestSubject],
    ]),
    addressee(texts, facts.receiver.name, facts.receiver.place),
    paragraph(texts.greeting),
    paragraph(texts.requestBody(facts, formatCalendarDates(facts.dates, language))),
    paragraph(texts.regenciesIntro),
    // pdfmake turns list items into objects in place: it gets a copy.
    { ol: [...facts.visitingRegencies], margin: [12, 0, 0, 8] },
    paragraph(texts.programsIntro),
    { ul: facts.programs.map((program) => programLine(program, texts, language)), margin: [12, 0, 0, 8] },
    ...(facts.questions.trim() ? [paragraph(texts.questionsIntro), paragraph(facts.questions.trim())] : []),
    paragraph(texts.requestClosing),
    signatureBlock(texts, facts.sender.name),
    ...(hasParticipants ? [{ text: texts.participantList, bold: true, pageBreak: 'before', margin: [0, 0, 0, 8] } as Content, participantTable(facts, texts)] : []),
  ];
}

function replyBody(facts: VisitDocumentFacts, texts: DocumentTexts, language: DocumentLanguage): Content[] {
  const reply = facts.reply!;
  const dates = (days: string[]) => formatCalendarDates(days, language);
  const reason = reply.reason.trim() ? [paragraph(`${texts.reasonLabel}: ${reply.reason.trim()}`)] : [];
  if (reply.action === 'DECLINE') return [paragraph(texts.replyDeclined(facts)), ...reason];
  if (reply.action === 'PROPOSE_DATES') {
    const proposed = reply.dates.length > 0 ? reply.dates : facts.proposedDates;
    return [paragraph(texts.replyProposed(facts, dates(facts.dates), dates(proposed))), ...reason];
  }
  return [paragraph(texts.replyAccepted(facts, dates(facts.dates))), ...(facts.agenda.length > 0 ? [agendaTable(facts, texts, language)] : []), ...reason];
}

function hostReply(facts: VisitDocumentFacts, language: DocumentLanguage): Content[] {
  const texts = DOCUMENT_TEXTS[language];
  return [
    ...letterhead(facts.receiver.name, facts.receiver.place),
    placeAndDate(facts.receiver.place, facts.reply!.on, language),
    letterFields([
      [texts.number, texts.none],
      [texts.attachment, texts.none],
      [texts.subject, texts.replySubject],
    ]),
    addressee(texts, facts.sender.name, facts.sender.place),
    paragraph(texts.greeting),
    paragraph(texts.replyOpening(facts), facts.letterNumber),
    ...replyBody(facts, texts, language),
    paragraph(texts.replyClosing),
    signatureBlock(texts, facts.receiver.name),
  ];
}

function section(title: string, ...body: Content[]): Content[] {
  return [{ text: title, bold: true, margin: [0, 6, 0, 4] }, ...body];
}

function tripReport(facts: VisitDocumentFacts, language: DocumentLanguage): Content[] {
  const texts = DOCUMENT_TEXTS[language];
  const { sections } = texts;
  const feedback = facts.feedback;
  return [
    { text: texts.reportTitle, bold: true, fontSize: 14, alignment: 'center' },
    { text: texts.reportSubtitle(facts), alignment: 'center', margin: [0, 2, 0, 16] },
    ...section(sections.basis, paragraph(texts.basis(facts), facts.letterNumber)),
    ...section(sections.purpose, paragraph(facts.objectives.trim())),
    ...section(sections.timeAndPlace, paragraph(texts.timeAndPlace(facts, formatCalendarDates(facts.dates, language)))),
    ...section(
      sections.participants,
      paragraph(texts.participantsLine(facts.participantCount, facts.visitingRegencies.join(', '))),
      ...(facts.participants.length > 0 ? [participantTable(facts, texts)] : []),
    ),
    ...section(sections.agenda, facts.agenda.length > 0 ? agendaTable(facts, texts, language) : paragraph(texts.noAgenda)),
    ...section(sections.programs, { ul: facts.programs.map((program) => programLine(program, texts, language)), margin: [12, 0, 0, 8] }),
    ...section(sections.lessons, ...(feedback ? [paragraph(texts.rating(feedback.rating)), ...(feedback.willAdopt.trim() ? [paragraph(feedback.willAdopt.trim())] : [])] : [paragraph(texts.noFeedback)])),
    ...section(sections.followUp, paragraph(feedback && feedback.replications.length > 0 ? texts.followUp(feedback.replications.join(', ')) : texts.noFollowUp)),
    ...section(sections.closing, paragraph(texts.reportClosing)),
    signatureBlock(texts, facts.sender.name),
  ];
}

const TITLES: Record<VisitDocumentKind, (texts: DocumentTexts) => string> = {
  REQUEST_LETTER: (texts) => texts.requestSubject,
  HOST_REPLY: (texts) => texts.replySubject,
  TRIP_REPORT: (texts) => texts.reportTitle,
};

export function documentTitle(kind: VisitDocumentKind, language: DocumentLanguage): string {
  return TITLES[kind](DOCUMENT_TEXTS[language]);
}

/** The document of a kind for a visit; the caller has checked that the visit has it (`documentKindsIn`). */
export function visitDocumentDefinition(kind: VisitDocumentKind, facts: VisitDocumentFacts, language: DocumentLanguage): TDocumentDefinitions {
  const content = kind === 'REQUEST_LETTER' ? requestLetter(facts, language) : kind === 'HOST_REPLY' ? hostReply(facts, language) : tripReport(facts, language);
  return {
    pageSize: 'A4',
    pageMargins: A4_MARGINS,
    info: { title: `${documentTitle(kind, language)} — ${facts.hostName}`, creator: 'Tiru' },
    ...(kind === 'TRIP_REPORT' ? { watermark: { text: DOCUMENT_TEXTS[language].draft, opacity: 0.08, bold: true } } : {}),
    content,
  };
}
