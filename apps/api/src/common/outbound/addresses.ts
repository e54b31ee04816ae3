import { BlockList, isIP } from 'node:net';

/**
 * Address ranges an outgoing call (webhook, robot, mail relay) must never reach unless an admin of the
 * installation allowed the host by name (KEHU_OUTBOUND_ALLOW_HOSTS): this machine, the private network,
 * the cloud's metadata service, and everything that is not a unicast internet address.
 */
const RANGES: [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', 'this network (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'ipv4', 'private (10/8)'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT (100.64/10)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback (127/8)'],
  ['169.254.0.0', 16, 'ipv4', 'link-local (169.254/16)'],
  ['172.16.0.0', 12, 'ipv4', 'private (172.16/12)'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments (192.0.0/24)'],
  ['192.0.2.0', 24, 'ipv4', 'documentation (192.0.2/24)'],
  ['192.88.99.0', 24, 'ipv4', '6to4 relay (192.88.99/24)'],
  ['192.168.0.0', 16, 'ipv4', 'private (192.168/16)'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking (198.18/15)'],
  ['198.51.100.0', 24, 'ipv4', 'documentation (198.51.100/24)'],
  ['203.0.113.0', 24, 'ipv4', 'documentation (203.0.113/24)'],
  ['224.0.0.0', 4, 'ipv4', 'multicast (224/4)'],
  ['240.0.0.0', 4, 'ipv4', 'reserved or broadcast (240/4)'],
  ['::', 128, 'ipv6', 'unspecified (::)'],
  ['::1', 128, 'ipv6', 'loopback (::1)'],
  ['64:ff9b:1::', 48, 'ipv6', 'local NAT64 (64:ff9b:1::/48)'],
  ['100::', 64, 'ipv6', 'discard (100::/64)'],
  ['2001:db8::', 32, 'ipv6', 'documentation (2001:db8::/32)'],
  ['fc00::', 7, 'ipv6', 'unique-local (fc00::/7)'],
  ['fe80::', 10, 'ipv6', 'link-local (fe80::/10)'],
  ['fec0::', 10, 'ipv6', 'site-local (fec0::/10)'],
  ['ff00::', 8, 'ipv6', 'multicast (ff00::/8)'],
];

const blocked = RANGES.map(([network, prefix, family, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, reason };
});

/** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), if any. */
export function embeddedIPv4(ipv6: string): string | null {
  const groups = expandIPv6(ipv6);
  if (!groups) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && groups[5] === 0xffff) return v4(groups[6], groups[7]); // ::ffff:a.b.c.d
  if (zeros(0, 6) && (groups[6] !== 0 || groups[7] > 1)) return v4(groups[6], groups[7]); // ::a.b.c.d (deprecated)
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6], groups[7]); // NAT64
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]); // 6to4
  return null;
}

/** Eight 16-bit groups of an IPv6 address (with an optional dotted IPv4 tail), or null. */
function expandIPv6(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const [a, b, c, d] = tail[1].split('.').map(Number);
    s = s.slice(0, -tail[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = s.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const r = parse(rest);
  const groups = s.includes('::') ? [...h, ...new Array(8 - h.length - r.length).fill(0), ...r] : h;
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * Why an IP address may not be called (e.g. "loopback (127/8)"), or null for a public unicast address.
 * Anything that is not a plain IPv4 or IPv6 address is refused too.
 */
export function forbiddenAddressReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedIPv4(ip);
    if (v4) {
      const inner = forbiddenAddressReason(v4);
      return inner ? `${inner}, inside an IPv6 address` : null;
    }
    if (ip.startsWith('::ffff:') || /^::ffff:0:/i.test(ip)) return 'IPv4-mapped IPv6';
    const hit = blocked.find((b) => b.family === 'ipv6' && b.list.check(ip, 'ipv6'));
    return hit ? hit.reason : null;
  }
  const hit = blocked.find((b) => b.family === 'ipv4' && b.list.check(ip, 'ipv4'));
  return hit ? hit.reason : null;
}
