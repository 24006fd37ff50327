// «تسعينيات القرن الماضي»: found, but the contract's values cannot name a decade.
import { fail, type Normalizer } from './common';

export const decade: Normalizer = () => fail('a decade: no TimeML value of this contract names it');
