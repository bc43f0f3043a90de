import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ProvinceFigures', { description: 'One province of the national picture.' })
export class ProvinceFiguresGql {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'Published programs hosted by its kabupaten/kota.' }) programs!: number;
  @Field(() => Int, { description: 'Its kabupaten/kota replicating a published program, each counted once.' }) adoptingRegencies!: number;
  @Field(() => Int, { description: 'Adoptions of published programs by its kabupaten/kota, at any stage.' }) adoptions!: number;
}

@ObjectType('VisitMonth')
export class VisitMonthGql {
  @Field(() => String, { description: 'YYYY-MM, of the visit’s first day.' }) month!: string;
  @Field(() => Int, { description: 'Study visits agreed or held (CONFIRMED, COMPLETED) starting that month.' }) visits!: number;
}

@ObjectType('ReplicatedProgram')
export class ReplicatedProgramGql {
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String) hostRegencyName!: string;
  @Field(() => Int, { description: 'Distinct kabupaten/kota replicating it, at any stage.' }) adoptingRegencies!: number;
}

@ObjectType('UnvisitedRegion', { description: 'A kabupaten/kota that asked for study visits and has none agreed or held.' })
export class UnvisitedRegionGql {
  @Field(() => String) regencyCode!: string;
  @Field(() => String) regencyName!: string;
  @Field(() => String) provinceName!: string;
  @Field(() => Int, { description: 'Visit requests it travels on.' }) requests!: number;
  @Field(() => Date) lastRequestedAt!: Date;
}

@ObjectType('NationalPicture', { description: 'Programs, adoptions and study visits across Indonesia.' })
export class NationalPictureGql {
  @Field(() => [ProvinceFiguresGql], { description: 'Every province, in code order, also those with nothing yet.' }) provinces!: ProvinceFiguresGql[];
  @Field(() => [VisitMonthGql], { description: 'The last 24 months with visits, oldest first; months without visits are left out.' }) visitsPerMonth!: VisitMonthGql[];
  @Field(() => [ReplicatedProgramGql], { description: 'The ten published programs replicated by most kabupaten/kota.' }) mostReplicated!: ReplicatedProgramGql[];
  @Field(() => [UnvisitedRegionGql], { nullable: true, description: 'Coordinators and administrators only (null for others): regions that asked for visits and were not visited.' })
  unvisitedRegions!: UnvisitedRegionGql[] | null;
}
