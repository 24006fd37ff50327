// What article.ts still takes from here until it is handed the language bundle.
import { arabic } from './language';

export { alternation } from './phrases';
export const weekdayByName = arabic().weekdayByName;
