/** The JSON hit schema now lives with the exports, which share it; re-exported for older imports. */
export { jsonHit, type JsonHit } from '../export/json-hit';
