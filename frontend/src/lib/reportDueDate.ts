/**
 * When a year's open-government annual report is due (Regulation 2019, Art. 49–50; 2021 format):
 * a department's on 31 January, the city's (the people's government's) on 31 March of the
 * following year. The API says the same in `dueOn`; the console computes it before any report
 * exists, e.g. next to the register of a year not entered yet.
 */
export function reportDueOn(year: number, department: string | null | undefined): string {
  if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`)
  return department ? `${year + 1}-01-31` : `${year + 1}-03-31`
}

/** Whether a report due on `dueOn` (ISO date) is past its day on `today` (ISO date, city time). */
export function isReportOverdue(dueOn: string, today: string): boolean {
  return today > dueOn
}
