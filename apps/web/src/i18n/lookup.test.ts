import { lookup } from './lookup';

const dict = { list: { title: '客户列表' }, deleted: '已删除「{name}」（{count}）', words: ['差', '好'] };

describe('lookup', () => {
  it('finds dotted keys, list positions and fills placeholders', () => {
    expect(lookup(dict, 'list.title')).toBe('客户列表');
    expect(lookup(dict, 'words.1')).toBe('好');
    expect(lookup(dict, 'deleted', { name: 'A', count: 2 })).toBe('已删除「A」（2）');
  });

  it('shows a missing key, and leaves a placeholder without a value as it is', () => {
    expect(lookup(dict, 'list.nope')).toBe('list.nope');
    expect(lookup(dict, 'deleted', { name: null, count: undefined })).toBe('已删除「{name}」（{count}）');
  });
});
