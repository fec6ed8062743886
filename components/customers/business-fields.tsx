'use client';

import { useState } from 'react';
import type { ActionState } from '@/lib/actions/action-state';
import { BusinessFieldset, businessValuesOf, type BusinessValues } from './business-fieldset';
import type { DetailsTexts } from './details-texts';

/**
 * The business fieldset in a client form (Min Side, the dashboard): the business fields are
 * rendered for a business only (the server checks every field).
 */
export type BusinessFieldsProps = { values: BusinessValues; texts: DetailsTexts; state: ActionState; intro?: boolean };

export function BusinessFields(props: BusinessFieldsProps) {
  // After a refusal the fields start from what was typed (returned as `values`), not the stored answers.
  const typed = (props.state as { values?: Record<string, string> }).values;
  const values = typed ? businessValuesOf(typed) : props.values;
  return <ChosenBusinessFieldset key={JSON.stringify(values)} {...props} values={values} />;
}

function ChosenBusinessFieldset(props: BusinessFieldsProps) {
  const [type, setType] = useState(props.values.customerType);
  return <BusinessFieldset {...props} chosen={{ type, choose: setType }} />;
}
