// Runs in every test worker before the test file: tests are quiet unless they fail.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'error';
