import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogueApi, type ReviewStep } from '../../api/catalogue';
import { showError, showSuccess } from '../../app/feedback';

type StepVars = { id: string; s: ReviewStep; body: object };

/** A review step on a list version from the table of lists; a new version opens for editing at once. */
export function useListStep() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: ({ id, s, body }: StepVars) => catalogueApi.listStep(id, s, body),
    onSuccess: (d, { s }) => {
      qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
      qc.setQueryData(['no-penalty-list', d.id], d);
      showSuccess(t(`rules.done.${s}`));
      if (s === 'new-version') {
        navigate(`/rules/no-penalty-lists/${d.id}`);
      }
    },
    onError: (e) => showError(e),
  });
}

/** A review step on a benchmark version. */
export function useBenchmarkStep() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, s, body }: StepVars) => catalogueApi.benchmarkStep(id, s, body),
    onSuccess: (_d, { s }) => {
      qc.invalidateQueries({ queryKey: ['benchmarks'] });
      showSuccess(t(`rules.done.${s}`));
    },
    onError: (e) => showError(e),
  });
}
