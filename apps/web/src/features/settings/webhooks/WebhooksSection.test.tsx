import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { RotateWebhookSecretMutation, WebhookDeliveriesQuery, WebhookEndpointsSettingsQuery, WebhookEventsQuery } from './documents';
import { WebhooksSection } from './WebhooksSection';

// antd modals, drawers and tables are slow in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(120_000);
const slow = { timeout: 45_000 };

const endpoint = {
  __typename: 'WebhookEndpoint',
  id: 'w1',
  url: 'https://erp.example.com/hook',
  description: null,
  events: ['CUSTOMER_CREATED'],
  active: true,
  createdAt: '2026-12-07T08:00:00Z',
  version: 1,
  secretRotatedAt: null as string | null,
  previousSecretExpiresAt: null as string | null,
};
const list = (e = endpoint) => ({
  request: { query: WebhookEndpointsSettingsQuery },
  result: {
    data: {
      webhookEndpoints: { __typename: 'WebhookEndpointConnection', totalCount: 1, edges: [{ __typename: 'WebhookEndpointEdge', node: e }] },
    },
  },
});
const attempt = (number: number, responseCode: number | null, error: string | null) => ({
  __typename: 'WebhookAttempt',
  number,
  startedAt: `2026-12-07T08:0${number}:00Z`,
  durationMs: 12 * number,
  responseCode,
  error,
  succeeded: !error,
});

describe('WebhooksSection', () => {
  it('轮换密钥 shows the new secret once, with the overlap chosen', async () => {
    const rotated = { ...endpoint, version: 2, secretRotatedAt: '2026-12-07T09:00:00Z', previousSecretExpiresAt: '2099-12-08T09:00:00Z' };
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WebhooksSection />, {
      mocks: [
        list(),
        {
          request: { query: RotateWebhookSecretMutation, variables: { id: 'w1', overlapHours: 24 } },
          result: { data: { rotateWebhookSecret: { __typename: 'RotatedWebhookSecret', secret: 'whsec_new_secret', endpoint: rotated } } },
        },
        list(rotated),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '轮换密钥' }, slow));
    const dialog = await screen.findByRole('dialog', {}, slow);
    expect(within(dialog).getByText(/两个 v1=/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '轮换密钥' }));
    expect(await screen.findByText('新的签名密钥', {}, slow)).toBeInTheDocument();
    expect(screen.getByDisplayValue('whsec_new_secret')).toBeInTheDocument();
    expect(await screen.findByText(/旧密钥有效至 2099-12-08 17:00/, {}, slow)).toBeInTheDocument();
  });

  it('lists every attempt under a delivery', async () => {
    const user = userEvent.setup({ delay: null });
    const delivery = {
      __typename: 'WebhookDelivery',
      id: 'd1',
      eventId: 'e1e1e1e1-0000-0000-0000-000000000000',
      eventType: 'CUSTOMER_CREATED',
      status: 'SUCCEEDED',
      responseCode: 200,
      attempts: 2,
      createdAt: '2026-12-07T08:00:00Z',
      lastAttemptAt: '2026-12-07T08:02:00Z',
      deliveredAt: '2026-12-07T08:02:00Z',
      nextAttemptAt: null,
      lastError: null,
      redeliveryOfId: null,
      attemptLog: [attempt(1, 500, 'HTTP 500'), attempt(2, 200, null)],
    };
    renderWithProviders(<WebhooksSection />, {
      mocks: [
        list(),
        {
          request: { query: WebhookDeliveriesQuery, variables: { filter: { endpointId: 'w1' } } },
          result: {
            data: {
              webhookDeliveries: {
                __typename: 'WebhookDeliveryConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [{ __typename: 'WebhookDeliveryEdge', node: delivery }],
              },
            },
          },
          maxUsageCount: 5,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '投递记录' }, slow));
    const table = await screen.findByTestId('webhook-deliveries', {}, slow);
    await user.click(await within(table).findByRole('button', { name: /展开/ }, slow));
    const attempts = await screen.findByTestId('webhook-attempts', {}, slow);
    expect(within(attempts).getByText('第 1 次')).toBeInTheDocument();
    expect(within(attempts).getByText('HTTP 500')).toBeInTheDocument();
    expect(within(attempts).getByText('24 毫秒')).toBeInTheDocument();
    expect(within(attempts).getByText('2026-12-07 16:01')).toBeInTheDocument();
  });

  it('事件日志 lists past events by period and type', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WebhooksSection />, {
      mocks: [
        list(),
        {
          request: {
            query: WebhookEventsQuery,
            variables: (v: { since: string; types: unknown }) =>
              Math.abs(Date.parse(v.since) - (Date.now() - 24 * 3600_000)) < 600_000 && v.types == null,
          },
          result: {
            data: {
              webhookEvents: {
                __typename: 'WebhookEventConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  {
                    __typename: 'WebhookEventEdge',
                    node: {
                      __typename: 'WebhookEvent',
                      id: 'abcdef12-0000-0000-0000-000000000000',
                      type: 'IMPORT_REVERTED',
                      payload: { id: 'i1' },
                      createdAt: '2026-12-07T08:00:00Z',
                    },
                  },
                ],
              },
            },
          },
          maxUsageCount: 5,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '事件日志' }, slow));
    const table = await screen.findByTestId('webhook-events', {}, slow);
    await waitFor(() => expect(within(table).getByText('撤销导入')).toBeInTheDocument(), slow);
    expect(within(table).getByText('2026-12-07 16:00')).toBeInTheDocument();
    expect(within(table).getByText('abcdef12')).toBeInTheDocument();
  });
});
