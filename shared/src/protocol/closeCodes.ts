/**
 * WebSocket close codes of the contract (docs/protocol.md), used by the server to close and
 * by clients to tell what a close means.
 */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  internalError: 1011,
  tryAgainLater: 1013,
  badToken: 4401,
  forbidden: 4403,
  unknownWorkshop: 4404,
  workshopDeleted: 4410,
  tooLarge: 4413,
  tooMany: 4429,
} as const;
