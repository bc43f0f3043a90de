import { type GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type SelectionSetNode,
} from 'graphql';

type Variables = Record<string, unknown>;

function isIncluded(node: FieldNode | SelectionSetNode['selections'][number], variables: Variables): boolean {
  return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The field nodes of a selection set with its fragments spread, as execution collects them (each fragment once). */
function fieldNodesOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, variables: Variables, spread = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (!isIncluded(selection, variables)) return [];
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldNodesOf(selection.selectionSet, fragments, variables, spread);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || spread.has(fragment.name.value)) return [];
    spread.add(fragment.name.value);
    return fieldNodesOf(fragment.selectionSet, fragments, variables, spread);
  });
}

export type RootMutationField = { name: string; args: Record<string, unknown> };

// The rate limits and the sign-in timing both ask, for the same request: worked out once per request.
const fieldsOfRequest = new WeakMap<object, RootMutationField[]>();

/** The root fields a mutation will resolve, one per response key: through aliases and fragments, after @skip/@include. */
export function rootMutationFields(requestContext: GraphQLRequestContextDidResolveOperation<object>): RootMutationField[] {
  let fields = fieldsOfRequest.get(requestContext.request);
  if (!fields) {
    fields = collectRootMutationFields(requestContext);
    fieldsOfRequest.set(requestContext.request, fields);
  }
  return fields;
}

function collectRootMutationFields({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<object>): RootMutationField[] {
  const mutationType = schema.getMutationType();
  if (operation?.operation !== 'mutation' || !mutationType) return [];
  const fragments = new Map(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const { coerced: variables } = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  // Variables that do not coerce: execution refuses the operation as bad input before any field runs.
  if (!variables) return [];
  const byResponseKey = new Map<string, FieldNode>();
  for (const node of fieldNodesOf(operation.selectionSet, fragments, variables)) {
    const responseKey = node.alias?.value ?? node.name.value;
    if (!byResponseKey.has(responseKey)) byResponseKey.set(responseKey, node);
  }
  return [...byResponseKey.values()].flatMap((node) => {
    const field = mutationType.getFields()[node.name.value];
    return field ? [{ name: field.name, args: getArgumentValues(field, node, variables) }] : [];
  });
}
