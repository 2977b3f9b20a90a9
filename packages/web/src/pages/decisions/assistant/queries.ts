import type { DecisionInput } from '@rouxing/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Form, type FormInstance } from 'antd';
import { isApiError } from '../../../api/client';
import { assistantApi } from '../../../api/decisions';
import { type FactsValues, factsField, isFullIdNumber } from './facts';

/** Catalogue items matching what the officer types (the first 30). */
export const useItemSearch = (q: string) => useQuery({ queryKey: ['assistant', 'items', q], queryFn: () => assistantApi.searchItems(q) });

/** Registered entities matching what the officer types; nothing is asked before the first character. */
export const useEntitySearch = (q: string) =>
  useQuery({ queryKey: ['assistant', 'entities', q], queryFn: () => assistantApi.searchEntities(q), enabled: q.length > 0 });

/** The item with its published list entries and the applicable benchmark. */
export const useResolvedRules = (code: string | undefined) =>
  useQuery({ queryKey: ['assistant', 'resolve', code], queryFn: () => assistantApi.resolve(code as string), enabled: !!code });

/** The party's earlier decisions on this platform (whether this is a first offence): a registered entity, or a person by ID number. */
export const usePriorViolations = (entityId: string | undefined, idNumber?: string) => {
  const person = !entityId && isFullIdNumber(idNumber) ? (idNumber as string).trim().toUpperCase() : undefined;
  return useQuery({
    queryKey: ['assistant', 'priors', entityId ?? null, person ?? null],
    queryFn: () => (entityId ? assistantApi.priorViolations(entityId) : assistantApi.personPriorViolations(person as string)),
    enabled: !!entityId || !!person,
    retry: false,
  });
};

/** The engine's answer; a refusal names engine paths, each shown on its field of the form. */
export const useEvaluate = (form: FormInstance<FactsValues>) =>
  useMutation({
    mutationFn: (request: DecisionInput) => assistantApi.evaluate(request),
    onError: (e) => {
      if (isApiError(e)) {
        form.setFields(e.fields.map((f) => ({ name: factsField(f.path), errors: [f.message] })));
      }
    },
  });

/** What the form and the result share: the form, the rules of the chosen item and the engine's answer. */
export function useDecisionAssistant() {
  const [form] = Form.useForm<FactsValues>();
  const resolved = useResolvedRules(Form.useWatch('code', form));
  const evaluate = useEvaluate(form);
  return { form, resolved, evaluate };
}
