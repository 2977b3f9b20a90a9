export { chineseNumber, cite } from './basis';
export { decide, isFirstOffense, limitation, listEntryMatches } from './decide';
export { lowerBound, mitigatedRange, tierRange, upperBound } from './fine-range';
