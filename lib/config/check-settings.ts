import { checkAppUrl, checkAuthSecret, checkDatabase, checkEncryptionKey, type Findings } from './check-core-settings';
import { checkEmail, checkInngest, checkPayments } from './check-service-settings';
import type { Env, RuntimeMode } from './runtime-mode';
import { isSwitchOn, malformedSwitches, SWITCHES } from './switches';

export type SettingsReport = Findings & { mode: RuntimeMode };

const RULES = [checkAuthSecret, checkEncryptionKey, checkAppUrl, checkDatabase, checkPayments, checkInngest, checkEmail];

/**
 * Every setting the app needs, checked at once so that one message names everything missing or
 * wrong (not the first problem, then the next at the next start). Pure: the launcher, the app's
 * instrumentation hook and the tests all ask the same question.
 */
export function checkSettings(env: Env, mode: RuntimeMode): SettingsReport {
  const findings = RULES.map((rule) => rule(env, mode));
  const warnings = findings.flatMap((f) => f.warnings);
  if (mode === 'production' && isSwitchOn(env, SWITCHES.seedDemo)) {
    warnings.push(`${SWITCHES.seedDemo}=1: an empty database gets the demo shop, whose logins are published in the README.`);
  }
  return { mode, problems: [...malformedSwitches(env), ...findings.flatMap((f) => f.problems)], warnings };
}

/** The one message a refused start prints. */
export function settingsProblemMessage(report: SettingsReport): string {
  const count = report.problems.length === 1 ? 'one setting needs' : `${report.problems.length} settings need`;
  return [
    `Kadens cannot start in ${report.mode}: ${count} attention.`,
    ...report.problems.map((problem) => `  - ${problem}`),
    'See "Deploying" in README.md for every setting.',
  ].join('\n');
}
