// Component tests wait for what the page shows (findBy…, waitFor). testing-library gives up after
// 1 s by default, which a busy 2-core machine overran (App.test.tsx took 1.7 s to list the events
// at a load of 20): the bound is for a hang, not a speed check; speed belongs to the benchmarks.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 60_000 });
