export { ApiKeyEntity } from './api-key.entity';
export { ApiKeyResolver } from './api-key.resolver';
export { ApiKeyService, generateSecret, hashSecret, KEY_PREFIX } from './api-key.service';
export { ApiKey, toApiKey } from './api-key.type';
export { ensureBootstrapAdminKey } from './bootstrap';
