'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { validateEmail, validateMobile, validatePhone } from '../../domain';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { ContactsTab_CustomerFragment } from '@/gql/graphql';
import { useFeedback } from '@/lib/feedback/Feedback';
import { errorCode, useApiErrorText } from '@/lib/apollo/errorText';
import { useFeatureT } from '@/i18n/feature';
import { TAB_ACTION_MESSAGES } from './tabActionMessages';
import { fieldPath } from '../../errors';
import { present } from '../../input';
import { formatDate } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const ContactsTabFragment = graphql(`
  fragment ContactsTab_customer on Customer {
    id
    contacts {
      id
      name
      title
      mobile
      phone
      email
      birthday
      remark
      isPrimary
      version
    }
    primaryContact {
      id
      name
    }
  }
`);

const CreateContactMutation = graphql(`
  mutation CreateContact($customerId: ID!, $input: ContactInput!, $primary: Boolean!) {
    createContact(customerId: $customerId, input: $input, primary: $primary) {
      id
      customer {
        id
        version
        ...ContactsTab_customer
      }
    }
  }
`);

const SetPrimaryContactMutation = graphql(`
  mutation SetPrimaryContact($id: ID!) {
    setPrimaryContact(id: $id) {
      id
      customer {
        id
        ...ContactsTab_customer
      }
    }
  }
`);

const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $version: Int!, $input: ContactInput!) {
    updateContact(id: $id, version: $version, input: $input) {
      id
      name
      title
      mobile
      phone
      email
      birthday
      remark
      isPrimary
      version
    }
  }
`);

const DeleteContactMutation = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id)
  }
`);

interface ContactFormValues {
  name: string;
  title?: string;
  mobile?: string;
  phone?: string;
  email?: string;
  birthday?: { format(f: string): string } | null;
  remark?: string;
  primary?: boolean;
}

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

type Contact = ContactsTab_CustomerFragment['contacts'][number];

/**
 * 联系人: every contact of the customer; add one (optionally as the primary), edit one (with the version read:
 * a stale one shows the conflict and loads the latest) or delete one, without leaving the page.
 */
export function ContactsTab(props: { customer: FragmentType<typeof ContactsTabFragment>; canEdit: boolean }) {
  const customer = getFragmentData(ContactsTabFragment, props.customer);
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const a = useFeatureT(TAB_ACTION_MESSAGES);
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Contact | null>(null);
  const [form] = Form.useForm<ContactFormValues>();
  // The mutation answers with the customer's contacts: the cache updates this tab (and the header) in place.
  const [createContact, { loading }] = useMutation(CreateContactMutation);
  const [setPrimary] = useMutation(SetPrimaryContactMutation);
  const [updateContact, { loading: updating }] = useMutation(UpdateContactMutation);
  const [deleteContact] = useMutation(DeleteContactMutation);

  const close = () => {
    setOpen(false);
    setEditing(null);
  };
  const startEdit = (c: Contact) => {
    setEditing(c);
    setOpen(true);
  };

  const submit = async (values: ContactFormValues) => {
    const input = {
      name: values.name.trim(),
      title: blankToNull(values.title),
      mobile: blankToNull(values.mobile),
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
      birthday: values.birthday ? values.birthday.format('YYYY-MM-DD') : null,
      remark: blankToNull(values.remark),
    };
    try {
      if (editing) {
        // updateContact takes every field: what is left empty is cleared.
        await updateContact({ variables: { id: editing.id, version: editing.version, input } });
        message.success(a('contactSaved'));
      } else {
        await createContact({ variables: { customerId: customer.id, primary: !!values.primary, input: present(input) } });
        message.success(t('contacts.added'));
      }
      form.resetFields();
      close();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        message.warning(a('conflict', { reason: errorText(error) }));
        close();
        void client.refetchQueries({ include: ['Customer360'] });
        return;
      }
      const path = fieldPath((error as { errors?: { extensions?: { field?: string } }[] }).errors?.[0]?.extensions?.field);
      if (path) form.setFields([{ name: path[path.length - 1] as keyof ContactFormValues, errors: [errorText(error)] }]);
      else message.error(errorText(error));
    }
  };

  const remove = async (c: Contact) => {
    try {
      await deleteContact({
        variables: { id: c.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Contact', id: c.id }) });
          cache.gc();
        },
      });
      message.success(a('contactDeleted'));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const makePrimary = async (id: string) => {
    try {
      await setPrimary({ variables: { id } });
      message.success(t('contacts.primarySet'));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Flex vertical gap={12}>
      {props.canEdit ? (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('contacts.add')}
          </Button>
        </Flex>
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        scroll={{ x: 720 }}
        pagination={false}
        dataSource={customer.contacts}
        locale={{ emptyText: <EmptyHint>{t('contacts.empty')}</EmptyHint> }}
        columns={[
          {
            title: t('contacts.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <Flex gap={6} align="center">
                {name}
                {c.isPrimary ? (
                  <Tag color="gold" icon={<StarFilled />}>
                    {t('contacts.primary')}
                  </Tag>
                ) : null}
              </Flex>
            ),
          },
          { title: t('contacts.title'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.mobile'), dataIndex: 'mobile', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
          { title: t('contacts.birthday'), dataIndex: 'birthday', render: (v: string | null) => formatDate(v) },
          ...(props.canEdit
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, c: Contact) => (
                    <Space size={0} wrap>
                      <Button size="small" type="link" onClick={() => startEdit(c)}>
                        {a('edit')}
                      </Button>
                      {c.isPrimary ? null : (
                        <Button size="small" type="link" onClick={() => void makePrimary(c.id)}>
                          {t('contacts.makePrimary')}
                        </Button>
                      )}
                      <Popconfirm
                        title={a('deleteContactConfirm', { name: c.name })}
                        okText={a('delete')}
                        cancelText={a('cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(c)}
                      >
                        <Button size="small" type="link" danger>
                          {a('delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={editing ? a('editContact') : t('contacts.add')}
        open={open}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('edit.save')}
        cancelText={t('edit.cancel')}
        confirmLoading={loading || updating}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          preserve={false}
          initialValues={
            editing
              ? {
                  name: editing.name,
                  title: editing.title ?? undefined,
                  mobile: editing.mobile ?? undefined,
                  phone: editing.phone ?? undefined,
                  email: editing.email ?? undefined,
                  birthday: editing.birthday ? dayjs(editing.birthday) : null,
                  remark: editing.remark ?? undefined,
                }
              : undefined
          }
        >
          <Form.Item
            name="name"
            label={t('contacts.name')}
            rules={[
              { required: true, whitespace: true, message: t('create.contactNameRequired') },
              { max: 50, message: t('create.contactNameLength') },
            ]}
          >
            <Input autoFocus maxLength={50} />
          </Form.Item>
          <Form.Item name="title" label={t('contacts.title')}>
            <Input maxLength={50} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="mobile"
              label={t('contacts.mobile')}
              style={{ flex: '1 1 200px' }}
              rules={[
                {
                  validator: async (_, v?: string) =>
                    v && validateMobile(v) ? Promise.reject(new Error(t('create.mobileInvalid'))) : undefined,
                },
              ]}
            >
              <Input inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('contacts.phone')}
              style={{ flex: '1 1 200px' }}
              rules={[
                {
                  validator: async (_, v?: string) =>
                    v && validatePhone(v) ? Promise.reject(new Error(t('create.phoneInvalid'))) : undefined,
                },
              ]}
            >
              <Input inputMode="tel" />
            </Form.Item>
          </Flex>
          <Form.Item
            name="email"
            label={t('contacts.email')}
            rules={[
              {
                validator: async (_, v?: string) =>
                  v && validateEmail(v) ? Promise.reject(new Error(t('create.emailInvalid'))) : undefined,
              },
            ]}
          >
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item name="birthday" label={t('contacts.birthday')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="remark" label={t('contacts.remark')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          {editing ? null : (
            <Form.Item name="primary" valuePropName="checked" extra={t('contacts.primaryHint')}>
              <Checkbox>{t('contacts.makePrimary')}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}

/** For component tests that answer the mutation. */
export const CreateContactMutationForTest = CreateContactMutation;

/** For component tests that answer the mutation. */
export const UpdateContactMutationForTest = UpdateContactMutation;
