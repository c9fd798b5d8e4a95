import { describe, expect, it } from 'vitest';
import { csvLine } from './cdr-format.js';

describe('csvLine', () => {
  it('quotes what needs quoting and doubles quotes (RFC 4180)', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', null, 42, ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",,42,\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'ok=1'])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),ok=1\r\n`,
    );
  });
});
