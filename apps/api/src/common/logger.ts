/** A small structured logger: one line per event, JSON in production, readable in development. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: Level = (process.env.LOG_LEVEL as Level) || (process.env.NODE_ENV === 'test' ? 'warn' : 'info');
const json = process.env.NODE_ENV === 'production';

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  if (order[level] < order[threshold]) return;
  const line = json
    ? JSON.stringify({ level, time: new Date().toISOString(), message, ...fields })
    : `[${level}] ${message}${fields && Object.keys(fields).length ? ' ' + JSON.stringify(fields) : ''}`;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

export const logger = {
  setLevel(level: Level) {
    threshold = level;
  },
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
