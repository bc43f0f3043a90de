import { type TadaDocumentNode } from 'gql.tada';
import { graphql } from '../graphql';
import { graphqlRequest, type ApiResult } from '../lib/api.server';
import { type FormReader } from '../lib/form-reader';
import { type PartKind } from './edit-intents';
import { readContact, readCost, readDocument, readFunding, readOutcome, readPartner } from './program-form';

const addCost = graphql(`
  mutation AddProgramCost($slug: String!, $version: Int!, $input: CostInput!) {
    addProgramCost(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);
const addFunding = graphql(`
  mutation AddProgramFunding($slug: String!, $version: Int!, $input: FundingInput!) {
    addProgramFunding(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);
const addOutcome = graphql(`
  mutation AddProgramOutcome($slug: String!, $version: Int!, $input: OutcomeInput!) {
    addProgramOutcome(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);
const addPartner = graphql(`
  mutation AddProgramPartner($slug: String!, $version: Int!, $input: PartnerInput!) {
    addProgramPartner(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);
const addContact = graphql(`
  mutation AddProgramContact($slug: String!, $version: Int!, $input: ContactInput!) {
    addProgramContact(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);
const addDocument = graphql(`
  mutation AddProgramDocument($slug: String!, $version: Int!, $input: DocumentInput!) {
    addProgramDocument(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);

const removeMutations: Record<PartKind, TadaDocumentNode<unknown, { id: string; version: number }>> = {
  cost: graphql(`
    mutation RemoveProgramCost($id: ID!, $version: Int!) {
      removeProgramCost(id: $id, version: $version) {
        version
      }
    }
  `),
  funding: graphql(`
    mutation RemoveProgramFunding($id: ID!, $version: Int!) {
      removeProgramFunding(id: $id, version: $version) {
        version
      }
    }
  `),
  outcome: graphql(`
    mutation RemoveProgramOutcome($id: ID!, $version: Int!) {
      removeProgramOutcome(id: $id, version: $version) {
        version
      }
    }
  `),
  partner: graphql(`
    mutation RemoveProgramPartner($id: ID!, $version: Int!) {
      removeProgramPartner(id: $id, version: $version) {
        version
      }
    }
  `),
  contact: graphql(`
    mutation RemoveProgramContact($id: ID!, $version: Int!) {
      removeProgramContact(id: $id, version: $version) {
        version
      }
    }
  `),
  document: graphql(`
    mutation RemoveProgramDocument($id: ID!, $version: Int!) {
      removeProgramDocument(id: $id, version: $version) {
        version
      }
    }
  `),
};

/**
 * Reads the add form of one kind of part and, when it is valid, adds the part. Returns null when the form itself
 * broke a rule (the reader then holds the messages), else the API's answer.
 */
export async function addPart(
  request: Request,
  kind: PartKind,
  slug: string,
  version: number,
  form: FormReader
): Promise<ApiResult<unknown> | null> {
  const target = { slug, version };
  switch (kind) {
    case 'cost': {
      const input = readCost(form);
      return form.valid ? graphqlRequest(request, addCost, { ...target, input }) : null;
    }
    case 'funding': {
      const input = readFunding(form);
      return form.valid ? graphqlRequest(request, addFunding, { ...target, input }) : null;
    }
    case 'outcome': {
      const input = readOutcome(form);
      return form.valid ? graphqlRequest(request, addOutcome, { ...target, input }) : null;
    }
    case 'partner': {
      const input = readPartner(form);
      return form.valid ? graphqlRequest(request, addPartner, { ...target, input }) : null;
    }
    case 'contact': {
      const input = readContact(form);
      return form.valid ? graphqlRequest(request, addContact, { ...target, input }) : null;
    }
    case 'document': {
      const input = readDocument(form);
      return form.valid ? graphqlRequest(request, addDocument, { ...target, input }) : null;
    }
  }
}

export function removePart(request: Request, kind: PartKind, id: string, version: number) {
  return graphqlRequest(request, removeMutations[kind], { id, version });
}
