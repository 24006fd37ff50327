export * from './schema';
export { integrityProblems } from './integrity';
