// Reads and validates timex-suite.json, for the suite's test and the chrono-node benchmark.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { mods, precisions } from '../../../src/model';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const caseSchema = z.object({
  tag: z.string().min(1),
  sentence: z.string().min(1),
  anchor: isoDay.nullable(),
  expect: z.object({
    text: z.string().min(1),
    kind: z.enum(['date', 'duration', 'present', 'vague', 'set', 'none']),
    // TimeML: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, and decades as 199X.
    value: z
      .string()
      .regex(/^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?|\d{3}X)$/)
      .nullable()
      .optional(),
    precision: z.enum(precisions).nullable().optional(),
    mod: z.enum(mods).nullable().optional(),
  }),
  note: z.string().min(1),
});

const suiteSchema = z.object({
  description: z.string(),
  conventions: z.array(z.string()),
  cases: z.array(caseSchema),
});

export type SuiteCase = z.infer<typeof caseSchema>;
export type Suite = z.infer<typeof suiteSchema>;

export function loadSuite(): Suite {
  const path = new URL('./timex-suite.json', import.meta.url);
  return suiteSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
