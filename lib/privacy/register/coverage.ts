/**
 * Checks that hold the register to the code: every field a form or payload sends is
 * declared, and every outside system data reaches is a processor of its activity. Each
 * problem is one sentence naming what is missing and where to add it.
 * @module
 */
import { getProcessors } from './index';
import type { OutsideSystem, ProcessingActivity, Register } from './types';

const REGISTER_FILE = 'lib/privacy/register/register-data.ts';

/** The fields `sender` sends that `activity` does not declare by their exact name. */
export function findUndeclaredFormFields(
  activity: ProcessingActivity,
  sender: string,
  fieldNames: readonly string[],
): string[] {
  const declared = new Set(activity.fields.map((field) => field.name));
  return fieldNames
    .filter((name) => !declared.has(name))
    .map(
      (name) =>
        `${sender} sends the field "${name}", which the register's activity "${activity.id}" does not declare: add it to its fields in ${REGISTER_FILE}`,
    );
}

/** The payload keys of `sender` that are neither a declared field nor one's `storedAs`. */
export function findUndeclaredPayloadKeys(
  activity: ProcessingActivity,
  sender: string,
  keys: readonly string[],
): string[] {
  const declared = new Set(
    activity.fields.flatMap((field) => [field.name, ...(field.storedAs ?? [])]),
  );
  return keys
    .filter((key) => !declared.has(key))
    .map(
      (key) =>
        `${sender} carries "${key}", which the register's activity "${activity.id}" does not declare: add a field (or a storedAs name) in ${REGISTER_FILE}`,
    );
}

/** The systems among `reached` that no processor of `activity` runs. */
export function findUnlistedProcessors(
  activity: ProcessingActivity,
  sender: string,
  reached: readonly OutsideSystem[],
  register: Register,
): string[] {
  const covered = new Set(
    getProcessors(activity, register).flatMap((processor) => processor.systems),
  );
  return reached
    .filter((system) => !covered.has(system))
    .map(
      (system) =>
        `${sender} sends data to "${system}", but no processor of the register's activity "${activity.id}" runs it: list that processor (with its agreement) in ${REGISTER_FILE}`,
    );
}
