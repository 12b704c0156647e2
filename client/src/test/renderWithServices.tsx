import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { vi } from "vitest";
import type { TrocApi } from "../api";
import { ApiProvider } from "../services/ApiContext";
import { ConnectProvider } from "../services/ConnectContext";
import type { ConnectWorkshop } from "../sync/connection";

export const JOIN_INFO = {
  workshopId: "w-strasbourg",
  title: "Atelier Troc de Compétences",
  prompt: "Quelles sont vos compétences ?",
};

/** An API answering like a healthy server, each call recorded; override what a test needs. */
export function fakeApi(overrides: Partial<TrocApi> = {}) {
  return {
    createWorkshop: vi.fn<TrocApi["createWorkshop"]>(async () => ({
      workshopId: JOIN_INFO.workshopId,
      joinCode: "AB12CD",
      facilitatorKey: "facilitator-secret",
    })),
    resolveJoinCode: vi.fn<TrocApi["resolveJoinCode"]>(async () => JOIN_INFO),
    registerParticipant: vi.fn<TrocApi["registerParticipant"]>(async () => ({
      participantId: "p-ana",
      participantToken: "token-ana",
    })),
    getConfig: vi.fn<TrocApi["getConfig"]>(async () => ({ publicUrl: "http://192.168.1.20:8080" })),
    getContact: vi.fn<TrocApi["getContact"]>(async () => null),
    saveContact: vi.fn<TrocApi["saveContact"]>(async (_id, _token, contact) => contact),
    exportWorkshop: vi.fn<TrocApi["exportWorkshop"]>(async (_id, _key, format) => ({
      blob: new Blob([`exported ${format}`]),
      filename: `Atelier-2026-11-20.${format}`,
    })),
    getWorkshopDetails: vi.fn<TrocApi["getWorkshopDetails"]>(async () => ({
      workshopId: JOIN_INFO.workshopId,
      joinCode: "AB12CD",
      role: "owner" as const,
      title: JOIN_INFO.title,
      createdAt: Date.UTC(2026, 10, 20),
      lastActivityAt: Date.UTC(2026, 10, 20),
      contactsKeptUntil: Date.UTC(2027, 1, 18),
      keptUntil: Date.UTC(2027, 10, 20),
    })),
    deleteWorkshop: vi.fn<TrocApi["deleteWorkshop"]>(async () => {}),
    createCofacilitatorLink: vi.fn<TrocApi["createCofacilitatorLink"]>(async () => ({
      id: "link-1",
      createdAt: Date.UTC(2026, 11, 2, 9, 30),
      key: "cofacilitator-secret",
    })),
    listCofacilitatorLinks: vi.fn<TrocApi["listCofacilitatorLinks"]>(async () => []),
    revokeCofacilitatorLink: vi.fn<TrocApi["revokeCofacilitatorLink"]>(async () => {}),
    getMyData: vi.fn<TrocApi["getMyData"]>(async () => ({
      participantId: "p-ana",
      name: "Ana",
      registeredAt: Date.UTC(2026, 10, 20),
      notes: [],
      interests: [],
      contact: null,
      keptUntil: Date.UTC(2027, 10, 20),
    })),
    eraseMe: vi.fn<TrocApi["eraseMe"]>(async () => {}),
    getPrivacy: vi.fn<TrocApi["getPrivacy"]>(async () => ({
      contactRetentionDays: 90,
      workshopRetentionDays: 365,
    })),
    ...overrides,
  };
}

const refuseToConnect: ConnectWorkshop = () => {
  throw new Error("this test did not expect a connection");
};

/** Renders a page with in-memory services instead of HTTP and WebSocket. */
export function renderWithServices(
  ui: ReactElement,
  services: { api?: TrocApi; connect?: ConnectWorkshop } = {},
) {
  return render(
    <ApiProvider api={services.api ?? fakeApi()}>
      <ConnectProvider connect={services.connect ?? refuseToConnect}>{ui}</ConnectProvider>
    </ApiProvider>,
  );
}
