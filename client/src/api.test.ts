import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, httpApi } from "./api";

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("httpApi", () => {
  it("creates a workshop with a JSON POST and returns the validated answer", async () => {
    const created = { workshopId: "w1", joinCode: "AB12CD", facilitatorKey: "secret" };
    const fetchMock = stubFetch(answer(201, created));
    await expect(httpApi.createWorkshop({ title: "Atelier" })).resolves.toEqual(created);
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe("/api/workshops");
    expect(init?.method).toBe("POST");
    expect(JSON.parse(String(init?.body))).toEqual({ title: "Atelier" });
  });

  it("turns a 404 on a join code into null", async () => {
    stubFetch(answer(404, { error: "unknown join code" }));
    await expect(httpApi.resolveJoinCode("NOPE")).resolves.toBeNull();
  });

  it("surfaces the server's {error} text", async () => {
    stubFetch(answer(400, { error: "name must not be empty" }));
    await expect(httpApi.registerParticipant("w1", "")).rejects.toEqual(
      new ApiError(400, "name must not be empty"),
    );
  });

  it("refuses an answer of the wrong shape", async () => {
    stubFetch(answer(201, { participantId: "p1" }));
    await expect(httpApi.registerParticipant("w1", "Ana")).rejects.toBeInstanceOf(ApiError);
  });

  it("reports an unreachable server as status 0", async () => {
    stubFetch(new TypeError("Failed to fetch"));
    await expect(httpApi.resolveJoinCode("AB12CD")).rejects.toMatchObject({ status: 0 });
  });

  it("saves a contact with a PUT carrying the participant's token, and removes it with DELETE", async () => {
    const fetchMock = stubFetch(answer(200, { contact: "lea@asso.fr" }));
    await expect(httpApi.saveContact("w1", "token-lea", "lea@asso.fr")).resolves.toBe(
      "lea@asso.fr",
    );
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe("/api/workshops/w1/contact");
    expect(init?.method).toBe("PUT");
    expect(init?.headers).toMatchObject({
      authorization: "Bearer token-lea",
      "content-type": "application/json",
    });
    expect(JSON.parse(String(init?.body))).toEqual({ contact: "lea@asso.fr" });

    fetchMock.mockResolvedValueOnce(answer(200, { contact: null }));
    await expect(httpApi.saveContact("w1", "token-lea", null)).resolves.toBeNull();
    expect(fetchMock.mock.calls[1]?.[1]?.method).toBe("DELETE");
  });
});
