// The vendor repository on SQLite; the same cases run on PostgreSQL in tests/integration/postgres-store.test.ts.
import { openDatabase } from '../../electron/core/db/open';
import { storeOf, tempDir } from '../helpers';
import { vendorRepositoryCases } from '../vendor-repository-cases';

vendorRepositoryCases(async () => storeOf(openDatabase(tempDir())));
