import { enforceSettings, SettingsError } from '../../lib/config/enforce-settings';
import type { RuntimeMode } from '../../lib/config/runtime-mode';

/**
 * The settings check before anything starts (no build, no database, no server): a refused start
 * prints one message naming every missing or wrong setting and exits with status 1.
 */
export function preflight(mode: RuntimeMode): void {
  try {
    enforceSettings(process.env, mode);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
