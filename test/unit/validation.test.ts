import 'reflect-metadata';

import { Min } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

import { validateArgument } from '../../src/graphql/validation';

class Constrained {
  @Min(1)
  size!: number;
}

class Plain {
  size!: number;
}

describe('validateArgument (type-graphql validateFn for non-input arguments)', () => {
  it('applies class-validator constraints declared on the argument class, also in lists', async () => {
    await expect(
      validateArgument(Object.assign(new Constrained(), { size: 0 }), Constrained),
    ).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(
      validateArgument(
        [
          Object.assign(new Constrained(), { size: 2 }),
          Object.assign(new Constrained(), { size: 0 }),
        ],
        Constrained,
      ),
    ).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(
      validateArgument(Object.assign(new Constrained(), { size: 2 }), Constrained),
    ).resolves.toBeUndefined();
  });

  it('lets arguments of classes without constraints, scalars and nulls through', async () => {
    await expect(
      validateArgument(Object.assign(new Plain(), { size: -5 }), Plain),
    ).resolves.toBeUndefined();
    await expect(validateArgument(null, Constrained)).resolves.toBeUndefined();
    await expect(validateArgument(3, Number)).resolves.toBeUndefined();
  });
});
