import { startTestApp, type TestApp } from '../test/test-app';
import { createTeam } from '../modules/team/team-fixtures';

/** Errors carry a code, a message key with parameters, and one message in the caller's language (issue 15). */
let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-02T02:00:00Z' });
  const team = await createTeam(app.db.dataSource);
  token = await app.login(team.sales1.email);
});
afterAll(() => app.close());

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
}

const TASK = `query($id: ID!) { task(id: $id) { id } }`;
const CREATE_TASK = `mutation { createTask(input: { title: "打电话", dueAt: null }) { id } }`;

describe('error language', () => {
  it('renders the message in zh-CN by default, in English for Accept-Language: en, from the same key and params', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const zh = (await post(TASK, { id })).errors![0];
    expect(zh.extensions).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'common.notFound',
      params: { record: { t: 'record', v: 'task' } },
    });
    expect(zh.message).toBe('任务不存在或无权查看');
    const en = (await post(TASK, { id }, { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' })).errors![0];
    expect(en.extensions).toMatchObject({ code: 'NOT_FOUND', messageKey: 'common.notFound' });
    expect(en.message).toBe('Task not found, or you may not see it');
    const fr = (await post(TASK, { id }, { 'accept-language': 'fr' })).errors![0];
    expect(fr.message).toBe('任务不存在或无权查看');
  });

  it('sends one language per message, never "中文 (English)"', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const res = await post(CREATE_TASK, {}, { 'accept-language': lang });
      for (const e of res.errors ?? []) {
        if (lang === 'en') expect(e.message).not.toMatch(/[\u4e00-\u9fff]/);
        else expect(e.message).not.toMatch(/\([a-z][a-z ]+\)/i);
      }
    }
  });
});
