import { charLength, checkLength, collectErrors, required, stripBidiControls } from './validation';

describe('required', () => {
  it('reports missing values with the Chinese label', () => {
    expect(required('name', '', '客户名称')).toEqual({ field: 'name', message: '客户名称不能为空' });
    expect(required('name', '   ', '客户名称')).not.toBeNull();
    expect(required('name', null, '客户名称')).not.toBeNull();
    expect(required('name', undefined)).toEqual({ field: 'name', message: 'name不能为空' });
    expect(required('tags', [], '标签')).not.toBeNull();
  });

  it('accepts present values, including 0 and false', () => {
    expect(required('name', '华为')).toBeNull();
    expect(required('amount', 0)).toBeNull();
    expect(required('flag', false)).toBeNull();
  });
});

describe('checkLength', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(charLength('𠀋𠀋')).toBe(2); // outside the BMP: 2 units each
    expect(checkLength('name', '𠀋𠀋', { max: 2 })).toBeNull();
  });

  it('reports too long and too short with Chinese messages', () => {
    expect(checkLength('name', '一二三四五六', { max: 5, label: '客户名称' })).toEqual({
      field: 'name',
      message: '客户名称不能超过 5 个字符',
    });
    expect(checkLength('name', '一', { min: 2, label: '客户名称' })).toEqual({
      field: 'name',
      message: '客户名称不能少于 2 个字符',
    });
    expect(checkLength('name', '一二', { min: 2, max: 2 })).toBeNull();
  });

  it('lets absent values pass (required is separate)', () => {
    expect(checkLength('remark', null, { min: 1 })).toBeNull();
    expect(checkLength('remark', undefined, { min: 1 })).toBeNull();
  });
});

describe('collectErrors', () => {
  it('keeps only real errors and flattens arrays', () => {
    const a = { field: 'a', message: 'x' };
    const b = { field: 'b', message: 'y' };
    expect(collectErrors(null, a, undefined, [b])).toEqual([a, b]);
  });
});

describe('stripBidiControls', () => {
  it('removes embedding, override, isolate and mark characters, and nothing else', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'];
    for (const c of controls) expect(stripBidiControls(`华信${c}科技`)).toBe('华信科技');
    expect(stripBidiControls('\u202Eexe.txt公司')).toBe('exe.txt公司');
    expect(stripBidiControls('北京 华信‐科技（集团）\u200D')).toBe('北京 华信‐科技（集团）\u200D');
  });
});
