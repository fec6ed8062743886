import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '@/lib/api/client/generate-api-types';

/** Writes the API's TypeScript types from its OpenAPI document (`npm run api:types`). */
writeFileSync(API_TYPES_FILE, await generateApiTypes());
console.log(`Wrote ${API_TYPES_FILE}`);
