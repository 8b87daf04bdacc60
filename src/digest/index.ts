export type { DigestOptions, Manifest, ManifestAlgorithm, ManifestEntry, Resource, Serialization, TreeDigest } from './types.js';
export { digestTree, SHARD_SIZE } from './digest-tree.js';
export { parseImageRef } from './parse-image-ref.js';
export { buildManifest, parseManifestJson } from './build-manifest.js';
export { inputCommitment, type InputCommitment } from './input-commitment.js';
export { sha256sums } from './sha256sums.js';
export { omsStatement, OMS_PREDICATE_TYPE, IN_TOTO_STATEMENT_V1, type OmsStatement } from './oms-statement.js';
export { compareNames, compareUtf8, DEFAULT_IGNORES, DEFAULT_ORDER, RESOURCE_ORDERS, parseShardName, resourcesInOrder, type ResourceOrder } from './names.js';
export type { HashProgress } from './hash-files.js';
