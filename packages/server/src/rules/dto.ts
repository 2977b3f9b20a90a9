/** The replies of list and benchmark versions: the stored row with the status shown (expired is computed, not stored). */
import type { DiscretionBenchmark, NoPenaltyList } from '@rouxing/contracts';
import { displayStatus } from '@rouxing/domain';
import type { BenchmarkRow } from './benchmark.repository';
import type { ListRow } from './no-penalty-list.repository';

export function listDto<R extends ListRow>(row: R, today: string): R & Pick<NoPenaltyList, 'displayStatus'> {
  return { ...row, displayStatus: displayStatus(row.status, row.effectiveTo, today) };
}

export function benchmarkDto(row: BenchmarkRow, today: string): DiscretionBenchmark {
  return { ...row, displayStatus: displayStatus(row.status, null, today) };
}
