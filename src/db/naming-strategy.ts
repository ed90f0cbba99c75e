import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

/**
 * TypeORM's default joins an embedded prefix with a title-cased name ("dateStartprecision");
 * keep the inner capitals so columns read "dateStartPrecision".
 */
export class NamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(
    propertyName: string,
    customName: string | undefined,
    embeddedPrefixes: string[],
  ): string {
    const name = customName ?? propertyName;
    if (embeddedPrefixes.length === 0) {
      return name;
    }
    const prefix = embeddedPrefixes
      .map((part, index) => (index === 0 ? part : part[0].toUpperCase() + part.slice(1)))
      .join('');
    return prefix + name[0].toUpperCase() + name.slice(1);
  }
}
