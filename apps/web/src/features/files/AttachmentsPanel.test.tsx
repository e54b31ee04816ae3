import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Session } from 'next-auth';
import type { ReactNode } from 'react';
import { ApiPublicUrlContext } from '@/lib/apollo/ApiUrlContext';
import { SessionProvider } from '@/lib/auth/SessionContext';
import { renderWithProviders } from '@/test/render';
import { AttachmentsPanel } from './AttachmentsPanel';
import { formatFileSize } from './fileSize';
import { DeleteAttachmentMutation, RecordAttachmentsQuery } from './queries';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

const RECORD = 'cust-1';
/** The start of a Windows program (MZ header), bytes not text. */
const EXE_BYTES = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

function attachment(id: string, fileName: string, contentType: string, size: number, category: string, uploadedAt: string) {
  return {
    __typename: 'Attachment' as const,
    id,
    fileName,
    contentType,
    size,
    category,
    uploadedAt,
    uploadedBy: { __typename: 'User' as const, id: 'u1', name: '张三' },
    downloadUrl: `/files/${id}?u=u1&e=1&s=sig`,
  };
}

const FILES = [
  attachment('a1', '营业执照.jpg', 'image/jpeg', 1_572_864, 'BUSINESS_LICENSE', '2026-12-07T08:02:00Z'),
  attachment('a2', '合同扫描件.pdf', 'application/pdf', 2048, 'SIGNED_SCAN', '2026-12-06T16:30:00Z'),
  attachment('a3', '通话.m4a', 'audio/mp4', 300, 'RECORDING', '2026-12-05T01:00:00Z'),
];

const listMock = (files = FILES) => ({
  request: { query: RecordAttachmentsQuery, variables: { recordId: RECORD } },
  result: { data: { attachments: files } },
});

const session = {
  accessToken: 'tok-123',
  user: { id: 'u1', role: 'SALES', name: '张三' },
  expires: '2099-01-01T00:00:00Z',
} as unknown as Session;

/** The panel as a page mounts it: signed in, with the API at `apiUrl`. */
function withApi(ui: ReactNode, apiUrl = 'http://127.0.0.1:9/graphql') {
  return (
    <SessionProvider session={session}>
      <ApiPublicUrlContext.Provider value={apiUrl}>{ui}</ApiPublicUrlContext.Provider>
    </SessionProvider>
  );
}

describe('formatFileSize', () => {
  it('reads bytes as people do', () => {
    expect(formatFileSize(300)).toBe('300 B');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(1_572_864)).toBe('1.5 MB');
    expect(formatFileSize(52_428_800)).toBe('50 MB');
    expect(formatFileSize(null)).toBe('—');
  });
});

describe('AttachmentsPanel', () => {
  it('lists the files with category labels, sizes, uploader, business-time upload time and API links', async () => {
    renderWithProviders(withApi(<AttachmentsPanel recordKind="CUSTOMER" recordId={RECORD} />), { mocks: [listMock()] });
    const row = (await screen.findByText('营业执照.jpg')).closest('tr') as HTMLElement;
    expect(within(row).getByText('营业执照')).toBeInTheDocument();
    expect(within(row).getByText('1.5 MB')).toBeInTheDocument();
    expect(within(row).getByText('张三')).toBeInTheDocument();
    // 08:02 UTC is 16:02 in Asia/Shanghai, whatever the machine's zone.
    expect(within(row).getByText('2026-12-07 16:02')).toBeInTheDocument();
    // An image shows a thumbnail from the signed link, resolved against the API's origin.
    expect(within(row).getByRole('img', { name: '营业执照.jpg' })).toHaveAttribute('src', 'http://127.0.0.1:9/files/a1?u=u1&e=1&s=sig');
    expect(within(row).getByRole('link', { name: /下\s*载/ })).toHaveAttribute(
      'href',
      'http://127.0.0.1:9/files/a1?u=u1&e=1&s=sig&download=1',
    );

    const pdfRow = screen.getByText('合同扫描件.pdf').closest('tr') as HTMLElement;
    expect(within(pdfRow).getByText('签署扫描件')).toBeInTheDocument();
    expect(within(pdfRow).getByText('2026-12-07 00:30')).toBeInTheDocument();
    expect(within(screen.getByText('通话.m4a').closest('tr') as HTMLElement).getByText('录音')).toBeInTheDocument();

    // A PDF previews in the page, in a frame.
    await userEvent.setup({ delay: null }).click(within(pdfRow).getByRole('button', { name: /预\s*览/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTitle('合同扫描件.pdf')).toHaveAttribute('src', 'http://127.0.0.1:9/files/a2?u=u1&e=1&s=sig');
  });

  it('labels the categories in English too', async () => {
    renderWithProviders(withApi(<AttachmentsPanel recordKind="CUSTOMER" recordId={RECORD} />), { mocks: [listMock()], locale: 'en' });
    const row = (await screen.findByText('营业执照.jpg')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Business licence')).toBeInTheDocument();
    expect(screen.getByText('Signed scan')).toBeInTheDocument();
    expect(screen.getByText('Recording')).toBeInTheDocument();
  });

  it('offers the contract categories and hides upload and delete from a role that may not edit', async () => {
    renderWithProviders(withApi(<AttachmentsPanel recordKind="CONTRACT" recordId={RECORD} canEdit={false} />), { mocks: [listMock()] });
    await screen.findByText('营业执照.jpg');
    expect(screen.queryByText(/点击或拖拽文件/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).not.toBeInTheDocument();
    // Download stays open to readers.
    expect(screen.getAllByRole('link', { name: /下\s*载/ })).toHaveLength(3);
  });

  describe('upload', () => {
    let server: Server;
    let apiUrl: string;
    const received: { url?: string; authorization?: string; contentType?: string; body?: string }[] = [];
    /** How the fake API answers the next upload. */
    let answer: (res: ServerResponse) => void;
    const refuse = (status: number, reason: string, message: string) => (res: ServerResponse) =>
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'file', reason } }] }));
    beforeEach(() => {
      received.length = 0;
    });

    beforeAll(async () => {
      // A real HTTP server in place of the API's POST /files, answering as each test says (the API's JSON error shape).
      server = createServer((req: IncomingMessage, res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type');
        res.setHeader('Access-Control-Allow-Methods', 'POST');
        if (req.method === 'OPTIONS') return void res.writeHead(204).end();
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({
            url: req.url,
            authorization: req.headers.authorization,
            contentType: req.headers['content-type'],
            body: Buffer.concat(chunks).toString('hex'),
          });
          answer(res);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('sends the raw file with the token and shows the server refusal plainly', async () => {
      answer = refuse(415, 'FILE_TYPE_NOT_ALLOWED', '不允许的文件类型 application/x-msdownload');
      const user = userEvent.setup({ delay: null });
      const { container } = renderWithProviders(withApi(<AttachmentsPanel recordKind="CONTRACT" recordId={RECORD} />, apiUrl), {
        mocks: [listMock([])],
      });
      expect(await screen.findByText('暂无附件')).toBeInTheDocument();
      // The contract's categories, 合同草稿 first.
      expect(screen.getByText('合同草稿')).toBeInTheDocument();
      const input = container.querySelector('input[type=file]:not([capture])') as HTMLInputElement;
      expect(input.accept).toContain('application/pdf');
      expect(container.querySelector('input[type=file][capture]')).toHaveAttribute('accept', 'image/*');

      // A renamed .exe: the name says PDF, the bytes do not.
      await user.upload(input, new File([EXE_BYTES], '合同.pdf', { type: 'application/pdf' }));
      expect(await screen.findByText(/不支持的文件类型（按文件内容识别）：不允许的文件类型 application\/x-msdownload/)).toBeInTheDocument();
      expect(received).toHaveLength(1);
      const [sent] = received;
      const query = new URL(sent.url!, 'http://x').searchParams;
      expect(new URL(sent.url!, 'http://x').pathname).toBe('/files');
      expect(Object.fromEntries(query)).toEqual({
        recordKind: 'CONTRACT',
        recordId: RECORD,
        category: 'CONTRACT_DRAFT',
        fileName: '合同.pdf',
      });
      expect(sent.authorization).toBe('Bearer tok-123');
      expect(sent.contentType).toBe('application/octet-stream');
      expect(sent.body).toBe(Buffer.from(EXE_BYTES).toString('hex'));
      // The progress bar is gone once the answer came.
      expect(screen.queryByTestId('attachment-upload-progress')).not.toBeInTheDocument();
    });

    it('says plainly when the file is too large', async () => {
      answer = refuse(413, 'FILE_TOO_LARGE', '文件不能超过 50 MB (file is larger than the 50 MB limit)');
      const user = userEvent.setup({ delay: null });
      const { container } = renderWithProviders(withApi(<AttachmentsPanel recordKind="CUSTOMER" recordId={RECORD} />, apiUrl), {
        mocks: [listMock([])],
      });
      await screen.findByText('暂无附件');
      await user.upload(
        container.querySelector('input[type=file]:not([capture])') as HTMLInputElement,
        new File([EXE_BYTES], '执照.png', { type: 'image/png' }),
      );
      expect(await screen.findByText('文件太大，无法上传：文件不能超过 50 MB (file is larger than the 50 MB limit)')).toBeInTheDocument();
      expect(new URL(received[0].url!, 'http://x').searchParams.get('category')).toBe('BUSINESS_LICENSE');
    });

    it('shows the upload under way and cancels it', async () => {
      let held: ServerResponse | undefined;
      answer = (res) => {
        held = res; // no answer: the upload stays under way until cancelled
      };
      const user = userEvent.setup({ delay: null });
      const { container } = renderWithProviders(withApi(<AttachmentsPanel recordKind="CUSTOMER" recordId={RECORD} />, apiUrl), {
        mocks: [listMock([])],
      });
      await screen.findByText('暂无附件');
      await user.upload(
        container.querySelector('input[type=file]:not([capture])') as HTMLInputElement,
        new File([EXE_BYTES], '名片.jpg', { type: 'image/jpeg' }),
      );
      const progress = await screen.findByTestId('attachment-upload-progress');
      expect(progress).toHaveTextContent('正在上传 名片.jpg');
      await waitFor(() => expect(held).toBeDefined());
      await user.click(within(progress).getByRole('button', { name: '取消上传' }));
      expect(await screen.findByText('已取消上传')).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByTestId('attachment-upload-progress')).not.toBeInTheDocument());
      // No refusal is shown for a cancel.
      expect(screen.queryByText(/上传失败|网络错误/)).not.toBeInTheDocument();
      held?.destroy();
    });
  });

  it('deletes only after confirmation, and the row leaves', async () => {
    const user = userEvent.setup({ delay: null });
    const deleted = jest.fn(() => ({ data: { deleteAttachment: { __typename: 'Attachment', id: 'a2' } } }));
    renderWithProviders(withApi(<AttachmentsPanel recordKind="CUSTOMER" recordId={RECORD} />), {
      mocks: [listMock(), { request: { query: DeleteAttachmentMutation, variables: { id: 'a2' } }, result: deleted }],
    });
    const row = (await screen.findByText('合同扫描件.pdf')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /删\s*除/ }));
    const confirm = await screen.findByText('删除附件“合同扫描件.pdf”？');
    expect(deleted).not.toHaveBeenCalled();
    const popup = confirm.closest('.ant-popover') as HTMLElement;
    await user.click(within(popup).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(deleted).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText('合同扫描件.pdf')).not.toBeInTheDocument());
    expect(screen.getByText('营业执照.jpg')).toBeInTheDocument();
  });
});
