/**
 * Names every failed test on its own line (`failed: <file> › <test>`), then prints one plain
 * closing line, `tests: N passed, N failed`, that any CI can read. `scripts/test-repeat.sh`
 * collects the `failed:` lines of each run.
 */
class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const failed = [];
    for (const file of results.testResults) {
      const path = file.testFilePath.startsWith(this.rootDir) ? file.testFilePath.slice(this.rootDir.length + 1) : file.testFilePath;
      for (const test of file.testResults) if (test.status === 'failed') failed.push(`failed: ${path} › ${test.fullName}`);
      // A file that failed outside any test (a throwing beforeAll, a syntax error) has no failed test to name.
      if (file.testExecError || (file.failureMessage && !file.testResults.some((t) => t.status === 'failed'))) {
        failed.push(`failed: ${path} › (the file itself: ${firstLine(file.testExecError?.message ?? file.failureMessage)})`);
      }
    }
    const skipped = results.numPendingTests + results.numTodoTests;
    const lines = [...failed, `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`];
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}

const firstLine = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n')[0];

module.exports = SummaryReporter;
