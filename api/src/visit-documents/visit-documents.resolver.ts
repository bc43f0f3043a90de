import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { graphqlEnum, type RequestContext } from '../core';
import { type StudyVisit, StudyVisitGql } from '../visits';
import { DOCUMENT_LANGUAGES, VISIT_DOCUMENT_KINDS } from './visit-document-kinds';
import { visitDocumentsOf } from './visit-documents.service';

export const VisitDocumentKindEnum = graphqlEnum(
  VISIT_DOCUMENT_KINDS,
  'VisitDocumentKind',
  'REQUEST_LETTER: surat permohonan. HOST_REPLY: surat balasan. TRIP_REPORT: draft of the laporan hasil studi tiru.',
);
export const DocumentLanguageEnum = graphqlEnum(DOCUMENT_LANGUAGES, 'DocumentLanguage', 'ID: Indonesian. EN: English.');

@ObjectType('VisitDocument', { description: 'A document of a study visit, as a PDF the API renders from the visit.' })
export class VisitDocumentGql {
  @Field(() => VisitDocumentKindEnum) kind!: string;
  @Field(() => DocumentLanguageEnum) language!: string;
  @Field(() => String, { description: 'The document’s title in its own language, e.g. "Permohonan Studi Tiru".' }) title!: string;
  @Field(() => String, { description: 'Path of the PDF on the API, for those who may see the visit (session cookie).' }) path!: string;
}

@Resolver(() => StudyVisitGql)
export class VisitDocumentsResolver {
  @FieldResolver(() => [VisitDocumentGql], {
    description: 'The visit’s documents now: the request letter always, the host’s reply once answered, the trip report once completed.',
  })
  async documents(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext): Promise<VisitDocumentGql[]> {
    return (await visitDocumentsOf(em, visit)).map((entry) => ({ ...entry, language: entry.language.toUpperCase() }));
  }
}
