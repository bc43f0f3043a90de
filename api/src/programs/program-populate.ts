import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** Relations of a program a GraphQL query may select, each with the nested relations worth loading alongside. */
const PROGRAM_RELATIONS = {
  hostRegency: ['province'],
  leadAgency: ['regency', 'province'],
  costs: [],
  funding: [],
  outcomes: [],
  partners: [],
  contacts: ['agency'],
  documents: [],
} as const;

type Relation = keyof typeof PROGRAM_RELATIONS;
type Nested<R extends Relation> = (typeof PROGRAM_RELATIONS)[R][number];
export type ProgramRelationPath = { [R in Relation]: R | `${R}.${Nested<R>}` }[Relation];

function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

function subfieldsOf(fields: FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  return fields.filter((field) => field.name.value === name).flatMap((field) => fieldsOf(field.selectionSet, info));
}

/**
 * The program relations the query selects at `path` below the resolved field (e.g. ['edges', 'node']),
 * as populate hints: loading them with the programs costs one query per relation for the whole page
 * instead of one batch per relation and nesting level.
 */
export function requestedProgramRelations(info: GraphQLResolveInfo, path: readonly string[] = []): ProgramRelationPath[] {
  const rootFields = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info));
  const programFields = path.reduce((fields, name) => subfieldsOf(fields, name, info), rootFields);
  const selected = new Set(programFields.map((field) => field.name.value));
  return (Object.keys(PROGRAM_RELATIONS) as Relation[])
    .filter((relation) => selected.has(relation))
    .flatMap((relation) => {
      const nestedSelected = new Set(subfieldsOf(programFields, relation, info).map((field) => field.name.value));
      const nested = (PROGRAM_RELATIONS[relation] as readonly string[]).filter((name) => nestedSelected.has(name));
      return [relation, ...nested.map((name) => `${relation}.${name}` as ProgramRelationPath)];
    });
}
