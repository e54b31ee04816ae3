import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { customer360Data } from '../customer360.fixture';
import { ContactsTab, UpdateContactMutationForTest } from './ContactsTab';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

const customer = customer360Data().customer as never;

describe('ContactsTab', () => {
  it('edits a contact with the version it read, checks the mobile, and shows a stale version as a conflict', async () => {
    const user = userEvent.setup({ delay: null });
    const stale = jest.fn(() => ({
      errors: [new GraphQLError('联系人已被他人修改', { extensions: { code: 'CONFLICT', currentVersion: 2 } })],
    }));
    renderWithProviders(<ContactsTab customer={customer} canEdit />, {
      mocks: [
        {
          request: {
            query: UpdateContactMutationForTest,
            variables: {
              id: 'p2',
              version: 1,
              input: {
                name: '王工',
                title: 'CTO',
                mobile: null,
                phone: '0755-88886666',
                email: 'wang@huaxin.example',
                birthday: null,
                remark: null,
              },
            },
          },
          result: stale,
        },
      ],
    });
    const row = screen.getByText('王工').closest('tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('编辑联系人');
    expect((within(dialog).getByLabelText('职务') as HTMLInputElement).value).toBe('技术总监');
    // The same checks as when adding.
    await user.type(within(dialog).getByLabelText('手机'), '12345');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText(/手机号/)).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('手机'));
    await user.clear(within(dialog).getByLabelText('职务'));
    await user.type(within(dialog).getByLabelText('职务'), 'CTO');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(/该记录已被他人修改：联系人已被他人修改/)).toBeInTheDocument();
    await waitFor(() => expect(stale).toHaveBeenCalledTimes(1));
  });
});
