import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { msg, renderMessage, type Message } from '@kehu/domain';
import { forbiddenAddressReason } from './addresses';

/**
 * Where outgoing calls may go. Every webhook, DingTalk / WeCom robot and SMTP relay goes through this module
 * (and post.ts): only public addresses, checked after the name is resolved, unless the installation names a
 * private host in KEHU_OUTBOUND_ALLOW_HOSTS (an on-premises CRM hook, a relay in the office network).
 */
export interface OutboundPolicy {
  /** Host names or IP addresses (lower-case, IPv6 without brackets) that may be private. */
  allowHosts: readonly string[];
}

/**
 * A refused destination. `reason` is short, ours (never the peer's words) and technical, for `extensions.reason`
 * and logs; `words` says it to a person in one language (rendered in the reader's).
 */
export class OutboundRefused extends Error {
  readonly words: Message;
  constructor(readonly reason: string) {
    const words = refusalWords(reason);
    super(renderMessage(words, 'zh-CN'));
    this.words = words;
    this.name = 'OutboundRefused';
  }
}

/** The kind of refusal a reason names (the reasons are written in this module and addresses.ts). */
function refusalWords(reason: string): Message {
  const host = /^(\S+) (?:is |resolves to |could not be resolved)/.exec(reason)?.[1] ?? '';
  if (/could not be resolved/.test(reason)) return msg('outbound.unresolvable', { host });
  if (/https is required/.test(reason)) return msg('outbound.httpsRequired');
  if (/user name or password/.test(reason)) return msg('outbound.credentialsInUrl');
  if (/only http\(s\)/.test(reason)) return msg('outbound.onlyHttp');
  if (!host || /not a valid URL|not a host name|without a port|not an IP address/.test(reason)) return msg('outbound.invalidAddress');
  return msg('outbound.privateTarget', { host });
}

/** A destination that passed: the name to send (Host header, TLS server name) and the address to connect to. */
export interface CheckedTarget {
  host: string;
  address: string;
  family: 4 | 6;
}

const bare = (host: string) =>
  host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');

export const isAllowedHost = (policy: OutboundPolicy, host: string) => policy.allowHosts.includes(bare(host));

/** Names that only mean something inside a network: localhost, metadata.google.internal, printer.local, intranet… */
function privateNameReason(host: string): string | null {
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  if (/\.(internal|local|lan|intranet|corp|home|home\.arpa)$/.test(host)) return `${host} is an internal name`;
  if (!host.includes('.')) return `${host} is not a public domain name`;
  return null;
}

/**
 * A host name as an URL parser reads it, so 2130706433, 0x7f000001, 017700000001 and 127.1 all become 127.0.0.1
 * before they are judged (for SMTP hosts, which arrive without an URL around them).
 */
export function canonicalHost(raw: string): string {
  const trimmed = raw.trim();
  if (!trimmed || /[\s/?#@\\]/.test(trimmed)) throw new OutboundRefused('not a host name');
  const wrapped = isIP(trimmed) === 6 ? `[${trimmed}]` : trimmed;
  let parsed: URL;
  try {
    parsed = new URL(`http://${wrapped}/`);
  } catch {
    throw new OutboundRefused('not a host name');
  }
  if (parsed.port) throw new OutboundRefused('a host name without a port');
  return bare(parsed.hostname);
}

/** What can be judged without DNS: an allowed host passes; an IP literal or an internal name is judged now. */
export function checkHostStatically(policy: OutboundPolicy, host: string): void {
  const h = bare(host);
  if (isAllowedHost(policy, h)) return;
  if (isIP(h)) {
    const why = forbiddenAddressReason(h);
    if (why) throw new OutboundRefused(`${h} is ${why}`);
    return;
  }
  const why = privateNameReason(h);
  if (why) throw new OutboundRefused(why);
}

/**
 * Checks an http(s) URL: the scheme, no credentials, and its host (statically). Plain http only to a host the
 * installation allowed (an on-premises receiver); everything else must be https.
 */
export function checkUrl(policy: OutboundPolicy, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new OutboundRefused('not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OutboundRefused('only http(s) URLs');
  if (url.username || url.password) throw new OutboundRefused('no user name or password in the URL');
  if (url.protocol === 'http:' && !isAllowedHost(policy, url.hostname))
    throw new OutboundRefused('https is required (plain http only to an allowed host)');
  checkHostStatically(policy, url.hostname);
  return url;
}

/**
 * Resolves the host and checks EVERY address it resolves to (a name with one public and one private address is
 * refused); returns the first, which the caller must connect to — not the name again, so a DNS answer that
 * changes between the check and the connection (rebinding) cannot reach anything unchecked.
 */
export type ResolveAll = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: ResolveAll = (host) => lookup(host, { all: true, verbatim: true });

export async function resolveTarget(policy: OutboundPolicy, host: string, resolve: ResolveAll = systemResolve): Promise<CheckedTarget> {
  const h = bare(host);
  checkHostStatically(policy, h);
  const family = isIP(h);
  if (family) return { host: h, address: h, family: family as 4 | 6 };
  let addresses: { address: string; family: number }[];
  try {
    addresses = await resolve(h);
  } catch (err) {
    throw new OutboundRefused(`${h} could not be resolved (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`);
  }
  if (!addresses.length) throw new OutboundRefused(`${h} could not be resolved`);
  if (!isAllowedHost(policy, h)) {
    for (const a of addresses) {
      if (isAllowedHost(policy, a.address)) continue;
      const why = forbiddenAddressReason(a.address);
      if (why) throw new OutboundRefused(`${h} resolves to ${a.address}, ${why}`);
    }
  }
  // IPv4 first: a host that also publishes an IPv6 address is often not reachable over IPv6 from a server.
  const first = addresses.find((a) => a.family === 4) ?? addresses[0];
  return { host: h, address: first.address, family: first.family as 4 | 6 };
}

/**
 * The configuration-time check (webhook endpoints, robots, mail relay): everything static, then, when the name
 * resolves now, every address. A name that does not resolve yet is accepted; it is checked again at each call.
 */
export async function checkConfiguredHost(policy: OutboundPolicy, host: string, resolve?: ResolveAll): Promise<void> {
  try {
    await resolveTarget(policy, host, resolve);
  } catch (err) {
    if (err instanceof OutboundRefused && /could not be resolved/.test(err.reason)) return;
    throw err;
  }
}
