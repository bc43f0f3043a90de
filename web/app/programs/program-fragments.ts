import { graphql } from '../graphql';

// Selections the profile, the comparison and the edit page share. Unmasked: a query that spreads one gets its
// fields as if written out, so pages read them directly.

/** What a program is and how large: the facts every view of a program shows. */
export const programFacts = graphql(`
  fragment ProgramFacts on Program @_unmask {
    slug
    title
    acronym
    activity
    themes
    startYear
    endYear
    beneficiaries
    beneficiaryUnit
    unitsBuilt
    totalBudgetRupiah
    unitCostRupiah
    unitCostUnit
    legalBasis
  }
`);

/** The parts of a program as its host edits them; the profile adds where each figure comes from. */
export const costFields = graphql(`
  fragment CostFields on ProgramCost @_unmask {
    id
    kind
    label
    amountRupiah
    unit
    year
  }
`);

export const fundingFields = graphql(`
  fragment FundingFields on ProgramFunding @_unmask {
    id
    kind
    sharePercent
    amountRupiah
    note
  }
`);

export const outcomeFields = graphql(`
  fragment OutcomeFields on ProgramOutcome @_unmask {
    id
    indicator
    baseline
    value
    unit
    period
  }
`);

export const contactFields = graphql(`
  fragment ContactFields on ProgramContact @_unmask {
    id
    name
    role
    phone
    email
  }
`);

/** An amount the API may have worked out from other figures, with what it was worked out from. */
export const rupiahFigureFields = graphql(`
  fragment RupiahFigureFields on RupiahFigure @_unmask {
    rupiah
    basis
    derived
  }
`);
