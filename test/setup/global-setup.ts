import { setUpTestDatabase } from './test-database';

export default setUpTestDatabase;
