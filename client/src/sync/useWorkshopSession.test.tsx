import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { ConnectProvider } from "../services/ConnectContext";
import type { FakeConnection } from "../test/fakeConnection";
import { createFakeConnection } from "../test/fakeConnection";
import type { ConnectWorkshop } from "./connection";
import { useWorkshopSession } from "./useWorkshopSession";

describe("useWorkshopSession", () => {
  it("throws the local copy away and reconnects with a fresh document when a change is refused", () => {
    const opened: FakeConnection[] = [];
    const connect: ConnectWorkshop = () => {
      const connection = createFakeConnection();
      opened.push(connection);
      return connection;
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ConnectProvider connect={connect}>{children}</ConnectProvider>
    );
    const { result } = renderHook(() => useWorkshopSession("w1", "token"), { wrapper });
    expect(opened).toHaveLength(1);
    expect(result.current?.doc).toBe(opened[0]?.doc);

    act(() => opened[0]?.setState({ status: "disconnected", error: "refused" }));
    expect(opened).toHaveLength(2);
    expect(opened[0]?.destroyed).toBe(true);
    expect(opened[1]?.destroyed).toBe(false);
    expect(result.current?.doc).toBe(opened[1]?.doc);
    // Presence goes with the connection: the new one's awareness, not the destroyed one's.
    expect(result.current?.awareness).toBe(opened[1]?.awareness);
  });
});
