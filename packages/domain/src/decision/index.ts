export { chineseNumber, cite } from './basis';
export { decide } from './decide';
export { lowerBound, mitigatedRange, tierRange, upperBound } from './fine-range';
export { isFirstOffense } from './first-offense';
export { limitation } from './limitation';
export { listEntryMatches } from './list-entries';
