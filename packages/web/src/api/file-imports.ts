import type { ImportJob, ImportTemplateQuery } from '@rouxing/contracts';
import { api, apiUrl, uploadFile } from './client';

/** The routes every file import has on the server (routes/file-import.routes.ts), under its prefix. */
export function fileImportApi(path: '/entity-imports' | '/issued-decision-imports') {
  return {
    path,
    upload: (file: File, onProgress?: (percent: number) => void) => uploadFile<ImportJob>(path, file, onProgress),
    get: (id: string) => api<ImportJob>(`${path}/${encodeURIComponent(id)}`),
    templateUrl: (format: ImportTemplateQuery['format']) => apiUrl(`${path}/template`, { format }),
    errorsUrl: (id: string) => apiUrl(`${path}/${encodeURIComponent(id)}/errors.xlsx`),
  };
}

export type FileImportApi = ReturnType<typeof fileImportApi>;
