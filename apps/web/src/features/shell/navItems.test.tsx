import { activeNavKey } from './navItems';

describe('activeNavKey', () => {
  it('maps paths to their section', () => {
    expect(activeNavKey('/')).toBe('home');
    expect(activeNavKey('/customers')).toBe('customers');
    expect(activeNavKey('/customers/42')).toBe('customers');
    expect(activeNavKey('/customersx')).toBeUndefined();
    expect(activeNavKey('/tasks')).toBe('tasks');
    expect(activeNavKey('/reminders')).toBe('reminders');
    expect(activeNavKey('/change-password')).toBeUndefined();
  });
});
