import { checkSettings, settingsProblemMessage } from './check-settings';
import type { Env, RuntimeMode } from './runtime-mode';

/** A start refused for its settings; the message names each one. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

type Log = Pick<Console, 'warn'>;

/** Prints the warnings, and throws one SettingsError naming every problem. */
export function enforceSettings(env: Env, mode: RuntimeMode, log: Log = console): void {
  const report = checkSettings(env, mode);
  for (const warning of report.warnings) log.warn(`Warning: ${warning}`);
  if (report.problems.length) throw new SettingsError(settingsProblemMessage(report));
}
