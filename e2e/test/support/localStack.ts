export { startLocalStackProcess as startLocalStack, type LocalStackProcess } from '../../../local-stack/src/stackProcess';
