export { diffDocuments } from './diff';
export { describePath, type DescribeOptions } from './path';
export { applyChanges, resolvePath, type Resolved } from './apply';
export type { ChangeKind, FieldChange, PathSegment, SegmentLabel } from './types';
