// The client address rate limits count by: X-Forwarded-For read from the right, past the
// trusted proxies only (the start-up hook has appended the socket's peer as the last entry).
import { describe, expect, it } from "vitest";
import { addressKey, clientAddress } from "@/lib/auth/client-address";

const xff = (v: string | string[]) => ({ "x-forwarded-for": v });

describe("client address", () => {
  it("with no proxy trusted, is the peer: whatever the client wrote counts for nothing", () => {
    expect(clientAddress(xff("198.51.100.7"), 0)).toBe("198.51.100.7");
    expect(clientAddress(xff("6.6.6.6, 1.2.3.4, 198.51.100.7"), 0)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), 0)).toBe("198.51.100.7");
    expect(clientAddress({ ...xff("198.51.100.7"), "x-real-ip": "6.6.6.6" }, 0)).toBe("198.51.100.7");
  });

  it("looks through exactly as many proxies as trusted", () => {
    // Forged by the client, added by the client-facing proxy, the proxy itself (the peer).
    const chain = "6.6.6.6, 203.0.113.9, 10.0.0.2";
    expect(clientAddress(xff(chain), 1)).toBe("203.0.113.9");
    expect(clientAddress(xff(chain), 2)).toBe("6.6.6.6");
    // Headers repeated by a proxy count as one list, in order.
    expect(clientAddress(xff(["6.6.6.6", "203.0.113.9, 10.0.0.2"]), 1)).toBe("203.0.113.9");
    // A shorter chain than configured: the farthest entry.
    expect(clientAddress(xff("10.0.0.2"), 3)).toBe("10.0.0.2");
  });

  it("reads the environment's TRUSTED_PROXY_COUNT, none when unset", () => {
    const saved = process.env.TRUSTED_PROXY_COUNT;
    try {
      delete process.env.TRUSTED_PROXY_COUNT;
      expect(clientAddress(xff("6.6.6.6, 10.0.0.2"))).toBe("10.0.0.2");
      process.env.TRUSTED_PROXY_COUNT = "1";
      expect(clientAddress(xff("6.6.6.6, 10.0.0.2"))).toBe("6.6.6.6");
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXY_COUNT;
      else process.env.TRUSTED_PROXY_COUNT = saved;
    }
  });

  it("normalises ports, IPv4-mapped IPv6 and zones; says unknown without a header", () => {
    expect(clientAddress(xff("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(xff("203.0.113.9:51234"), 0)).toBe("203.0.113.9");
    expect(clientAddress(xff("[2001:DB8::1]:443"), 0)).toBe("2001:db8::1");
    expect(clientAddress(xff("fe80::1%eth0"), 0)).toBe("fe80::1");
    expect(clientAddress({}, 0)).toBe("unknown");
    expect(clientAddress(xff(" , "), 0)).toBe("unknown");
  });

  it("counts IPv6 clients by their /64, IPv4 by address", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
  });
});
