import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'Anything with a global ID; fetch any of them with node(id:) or nodes(ids:).',
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Opaque global ID, stable across versions of the record. Use it with node(id:).',
  })
  id!: string;
}
