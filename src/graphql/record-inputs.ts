import { MaxLength, Min, MinLength } from 'class-validator';
import { Field, getMetadataStorage, ID, InputType, Int, type ClassType } from 'type-graphql';

export const EXTERNAL_ID_MAX_LENGTH = 200;

export interface RecordInputTypes {
  Create: ClassType<object>;
  Update: ClassType<{ id: string; expectedVersion: number }>;
  Upsert: ClassType<{ externalId: string }>;
  Delete: ClassType<{ id: string; expectedVersion?: number | null }>;
  Restore: ClassType<{ id: string; expectedVersion?: number | null }>;
  /** Fields that may be left out of an update but never set to null there. */
  requiredFields: ReadonlySet<string>;
}

/**
 * Builds the five inputs of a record kind from one class holding its writable fields (with
 * their class-validator rules): Create (all fields, optional externalId), Update (id,
 * expectedVersion and every field optional), Upsert (required externalId), Delete and Restore.
 * `label` is the kind in prose ("plot", "weapons transfer").
 */
export function createRecordInputTypes(
  Fields: ClassType<object>,
  typeName: string,
  label: string,
): RecordInputTypes {
  @InputType(`Create${typeName}Input`, { description: `A new ${label}.` })
  class CreateInput extends Fields {
    @Field(() => String, {
      nullable: true,
      description: `Your own key for the ${label}, unique per kind (at most ${EXTERNAL_ID_MAX_LENGTH} characters); upserts match on it.`,
    })
    @MinLength(1)
    @MaxLength(EXTERNAL_ID_MAX_LENGTH)
    externalId?: string | null;
  }

  @InputType(`Upsert${typeName}Input`, {
    description: `A ${label} to create, or to update when one with this externalId exists. Sending the same input twice changes nothing the second time.`,
  })
  class UpsertInput extends Fields {
    @Field(() => String, {
      description: `Your key for the ${label}, unique per kind (at most ${EXTERNAL_ID_MAX_LENGTH} characters).`,
    })
    @MinLength(1)
    @MaxLength(EXTERNAL_ID_MAX_LENGTH)
    externalId!: string;
  }

  @InputType(`Update${typeName}Input`, {
    description: `Changes to a ${label}: a field left out stays as it is; null clears a field that may be empty.`,
  })
  class UpdateInput extends Fields {
    @Field(() => ID, { description: `Global ID of the ${label}.` })
    id!: string;

    @Field(() => Int, {
      description:
        'The version you read. When the record has changed since, nothing is written and the payload carries VERSION_CONFLICT.',
    })
    expectedVersion!: number;

    @Field(() => String, {
      nullable: true,
      description: `New partner key (at most ${EXTERNAL_ID_MAX_LENGTH} characters); null removes it.`,
    })
    @MinLength(1)
    @MaxLength(EXTERNAL_ID_MAX_LENGTH)
    externalId?: string | null;
  }

  const storage = getMetadataStorage();
  const requiredFields = new Set<string>();
  for (const field of storage.fields.filter((candidate) => candidate.target === Fields)) {
    // getType() records list-ness in typeOptions on first call; read it before copying.
    field.getType();
    if (!field.typeOptions.nullable) {
      requiredFields.add(field.name);
    }
    storage.collectClassFieldMetadata({
      ...field,
      target: UpdateInput,
      typeOptions: { ...field.typeOptions, nullable: true },
      description: field.typeOptions.nullable
        ? `${field.description ?? ''} Left out: unchanged; null: cleared.`
        : `${field.description ?? ''} Left out: unchanged; cannot be null.`,
    });
  }

  return {
    Create: CreateInput,
    Update: UpdateInput,
    Upsert: UpsertInput,
    Delete: createLifecycleInput(
      `Delete${typeName}Input`,
      `Which ${label} to delete (softly: it can be restored).`,
      label,
    ),
    Restore: createLifecycleInput(
      `Restore${typeName}Input`,
      `Which deleted ${label} to bring back.`,
      label,
    ),
    requiredFields,
  };
}

function createLifecycleInput(name: string, description: string, label: string) {
  @InputType(name, { description })
  class LifecycleInput {
    @Field(() => ID, { description: `Global ID of the ${label}.` })
    id!: string;

    @Field(() => Int, {
      nullable: true,
      description:
        'The version you read; when given and the record has changed since, nothing is written (VERSION_CONFLICT).',
    })
    @Min(1)
    expectedVersion?: number | null;
  }
  return LifecycleInput;
}
