import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('HeadlineFigures', { description: 'What the site counts, each thing counted once: the figures its pages lead with.' })
export class HeadlineFiguresGql {
  @Field(() => Int, { description: 'Programs in the public catalog (published).' }) publishedPrograms!: number;
  @Field(() => Int, { description: 'Distinct kabupaten/kota hosting at least one published program.' }) hostRegencies!: number;
  @Field(() => Int, { description: 'Distinct provinces of those host regencies.' }) hostProvinces!: number;
  @Field(() => Int, {
    description: 'Distinct kabupaten/kota replicating at least one published program, at any stage: a regency replicating two programs counts once.',
  })
  replicatingRegencies!: number;
  @Field(() => Int, { description: 'Study visits held (COMPLETED).' }) completedVisits!: number;
}
